/**
 * The build step that gives each built module one language (locale-only.vite.ts; the popup and
 * the console's lazy modules): every all-locale object keeps only the chosen locale, the code
 * around it still parses, and other objects (the console's words in many languages) are untouched.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entryLocale, keepOneLocale } from '../../../locale-only.vite';

const evaluate = (code: string) => new Function(ts.transpile(code, { module: ts.ModuleKind.None, target: ts.ScriptTarget.ES2022 }).replace(/^export /gm, ''))();

describe('keepOneLocale', () => {
  const source = `return {
    label: { en: 'Key', 'zh-CN': '密钥', ja: 'キー', },
    nested: { en: { title: 'T', words: { en: 'inner' } }, ja: { title: 'タ', words: { en: 'inner' } } },
    other: { en: 'x', id: 'not all locales' },
    single: { ja: 'alone' },
  };`;

  it.each(['en', 'zh-CN', 'ja'] as const)('keeps only %s where every key is a locale, and the result runs', (locale) => {
    const kept = evaluate(keepOneLocale(source, 'sample.ts', locale));
    expect(Object.keys(kept.label)).toEqual([locale]);
    expect(kept.other).toEqual({ en: 'x', id: 'not all locales' });
    expect(kept.single).toEqual({ ja: 'alone' });
  });

  it('leaves an object alone when the chosen locale is not in it', () => {
    const kept = evaluate(keepOneLocale(source, 'sample.ts', 'zh-CN'));
    expect(Object.keys(kept.nested)).toEqual(['en', 'ja']);
    expect(Object.keys(evaluate(keepOneLocale(source, 'sample.ts', 'ja')).nested)).toEqual(['ja']);
  });

  it('takes the other languages out of the real diagnosis table', () => {
    const table = readFileSync(new URL('../../../utils/diagnosis/table.ts', import.meta.url), 'utf8');
    const japanese = keepOneLocale(table, 'table.ts', 'ja');
    expect(japanese).toContain('AI Studio のプロジェクトと課金');
    expect(japanese).not.toContain('AI Studio 中的项目与结算');
    expect(japanese).not.toContain('Projects and billing in AI Studio');
    const diagnostics = ts.transpileModule(japanese, { reportDiagnostics: true, fileName: 'table.ts' }).diagnostics ?? [];
    expect(diagnostics).toEqual([]);
  });
});

describe('entryLocale (the console lazy modules: one build per entry)', () => {
  it('knows the language from the entry name, and only for the coach and guide texts modules', () => {
    expect(entryLocale('cloud-console-coach-en')).toBe('en');
    expect(entryLocale('cloud-console-coach-zh-cn')).toBe('zh-CN');
    expect(entryLocale('cloud-console-coach-ja')).toBe('ja');
    expect(entryLocale('cloud-console-offer-zh-cn')).toBe('zh-CN');
    expect(entryLocale('cloud-console-offer-ja')).toBe('ja');
    expect(entryLocale('cloud-console-guide-restore-deleted-key-zh-cn')).toBe('zh-CN');
    expect(entryLocale('cloud-console')).toBeUndefined();
    expect(entryLocale('cloud-console-frame')).toBeUndefined();
    expect(entryLocale('ai-studio-card-ja')).toBeUndefined();
    expect(entryLocale(undefined)).toBeUndefined();
  });

  it('never cuts the console’s words for finding controls (more languages than the UI’s)', () => {
    const code = `export const text = { en: { title: 'Restore' }, 'zh-CN': { title: '恢复' }, ja: { title: '復元' } };
export const words = { en: ['Restore'], 'zh-CN': ['恢复'], 'zh-TW': ['還原'], ja: ['復元'] };`;
    const kept = keepOneLocale(code, 'labels.ts', 'ja');
    expect(kept).toContain("title: '復元'");
    expect(kept).not.toContain("title: 'Restore'");
    expect(kept).not.toContain("title: '恢复'");
    expect(kept).toContain("['還原']");
    expect(kept).toContain("['Restore']");
  });
});
