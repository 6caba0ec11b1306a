/**
 * One guide's texts, one language (issue 11): each guide × language has its own web-accessible
 * module, named so the build keeps only that language, and the loader the startup script hands
 * the coach imports exactly that module once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES } from '@/utils/diagnosis/types';
import { GUIDE_FLOW_IDS } from '@/utils/guide/flow-ids';
import { GUIDE_TEXTS_GLOBAL, guideTextsEntry, guideTextsEntryName, guideTextsLoader, guideTextsPath, registerGuideTexts, stepText } from '@/utils/guide/step-texts';
import { GUIDE_TEXTS } from '@/utils/guide/texts';
import { entryLocale } from '../../../locale-only.vite';

const ENTRYPOINTS = new URL('../../../entrypoints/', import.meta.url);

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[GUIDE_TEXTS_GLOBAL];
});

describe('guide texts modules', () => {
  it('names one module per guide and language, and reads the name back', () => {
    expect(guideTextsPath('restore-deleted-key', 'zh-CN')).toBe('/cloud-console-guide-restore-deleted-key-zh-cn.js');
    for (const flowId of GUIDE_FLOW_IDS)
      for (const locale of LOCALES) {
        const name = guideTextsEntryName(flowId, locale);
        expect(guideTextsEntry(name)).toEqual({ flowId, locale });
        // The build keeps only this language in it.
        expect(entryLocale(name)).toBe(locale);
      }
    expect(guideTextsEntry('cloud-console-coach-en')).toBeUndefined();
    expect(guideTextsEntry('cloud-console-guide-no-such-flow-en')).toBeUndefined();
    expect(guideTextsEntry('cloud-console-guide-restrict-key-fr')).toBeUndefined();
    expect(guideTextsEntry(undefined)).toBeUndefined();
  });

  it('has an entrypoint for every guide and language that registers that guide’s own texts', () => {
    const files = readdirSync(ENTRYPOINTS).filter((file) => file.startsWith('cloud-console-guide-'));
    const expected = GUIDE_FLOW_IDS.flatMap((flowId) => LOCALES.map((locale) => `${guideTextsEntryName(flowId, locale)}.ts`));
    expect(files.sort()).toEqual(expected.sort());
    for (const flowId of GUIDE_FLOW_IDS)
      for (const locale of LOCALES) {
        const source = readFileSync(new URL(`${guideTextsEntryName(flowId, locale)}.ts`, ENTRYPOINTS), 'utf8');
        expect(source).toContain(`from '@/utils/guide/texts/${flowId}';`);
        expect(source).toContain(`registerGuideTexts('${flowId}', texts)`);
        expect(source.match(/from '@\/utils\/guide\/texts\//g)).toHaveLength(1);
      }
  });

  it('loads a guide’s texts once, from its own module, and again after a failure', async () => {
    const importModule = vi.fn(async (path: string) => {
      if (path.includes('enable-gemini-api')) registerGuideTexts('enable-gemini-api', GUIDE_TEXTS['enable-gemini-api']);
    });
    const load = guideTextsLoader('ja', importModule);
    const texts = await load('enable-gemini-api');
    expect(stepText(texts, 'enable', 'ja')?.title).toBe(GUIDE_TEXTS['enable-gemini-api'].steps.enable!.ja.title);
    await load('enable-gemini-api');
    expect(importModule.mock.calls).toEqual([['/cloud-console-guide-enable-gemini-api-ja.js']]);
    // A module that did not register (or failed to load) is an error, and is tried again next time.
    await expect(load('check-role')).rejects.toThrow('did not register');
    await expect(load('check-role')).rejects.toThrow('did not register');
    expect(importModule).toHaveBeenCalledTimes(3);
  });

  it('is never imported whole by the extension (each guide loads alone)', () => {
    const offenders: string[] = [];
    const walk = (dir: URL) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir));
        else if (/\.tsx?$/.test(entry.name) && /from '@\/utils\/guide\/texts'|from '\.\/texts'|from '\.\.\/texts'/.test(readFileSync(new URL(entry.name, dir), 'utf8'))) offenders.push(entry.name);
      }
    };
    for (const dir of ['../../../entrypoints/', '../../../components/', '../../../utils/']) walk(new URL(dir, import.meta.url));
    expect(offenders).toEqual([]);
  });
});
