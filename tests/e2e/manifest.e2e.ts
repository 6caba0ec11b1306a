/**
 * The built manifest asks for no more than the privacy section of the README promises: the API
 * host as the only host permission, no `tabs`, no broad host access; content scripts only on the
 * two consoles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/utils/diagnosis/types';
import { COACH_MODULE_PATHS, FRAME_AGENT_PATH, OFFER_MODULE_PATHS } from '@/utils/guide/coach-module';
import { GUIDE_FLOW_IDS } from '@/utils/guide/flow-ids';
import { guideTextsPath } from '@/utils/guide/step-texts';
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

  it('makes the console’s lazy modules (coach, each guide’s texts, frame agent) web-accessible to the console only', () => {
    const entries = manifest.web_accessible_resources ?? [];
    const matchesOf = (path: string) =>
      entries.flatMap((entry) => (entry.resources.some((pattern) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`).test(path.slice(1))) ? entry.matches ?? [] : []));
    const paths = [...Object.values(COACH_MODULE_PATHS), ...Object.values(OFFER_MODULE_PATHS), FRAME_AGENT_PATH, ...GUIDE_FLOW_IDS.flatMap((flowId) => LOCALES.map((locale) => guideTextsPath(flowId, locale)))];
    for (const path of paths) {
      expect(existsSync(`${EXTENSION_DIR}${path}`), `${path} is built`).toBe(true);
      expect(matchesOf(path), path).toEqual(['https://console.cloud.google.com/*']);
    }
    // Nothing else of the extension is web-accessible to the console.
    expect(matchesOf('/background.js')).toEqual([]);
    expect(matchesOf('/popup.html')).toEqual([]);
  });
});
