/**
 * The built manifest asks for no more than the privacy section of the README promises: the API
 * host as the only host permission, no `tabs`, no broad host access; content scripts only on the
 * two consoles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as chrome.runtime.ManifestV3;

describe('built manifest', () => {
  it('may call only the Gemini API host', () => {
    expect(manifest.host_permissions).toEqual(['https://generativelanguage.googleapis.com/*']);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('runs content scripts only on AI Studio and the Cloud Console', () => {
    expect([...new Set(manifest.content_scripts?.flatMap((script) => script.matches ?? []))].sort()).toEqual(['https://aistudio.google.com/*', 'https://console.cloud.google.com/*']);
  });

  it('is localised (en, zh_CN and ja) and has the keyboard shortcut', () => {
    expect(manifest.default_locale).toBe('en');
    for (const locale of ['en', 'zh_CN', 'ja']) expect(JSON.parse(readFileSync(`${EXTENSION_DIR}/_locales/${locale}/messages.json`, 'utf8')).extName.message).toBeTruthy();
    expect(manifest.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+K');
    expect(manifest.action?.default_title).toBe('__MSG_extName__');
  });
});
