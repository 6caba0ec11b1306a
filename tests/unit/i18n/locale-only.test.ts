/**
 * The build step that gives the popup one language (locale-only.vite.ts): every all-locale object
 * keeps only the chosen locale, the code around it still parses, and other objects are untouched.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { keepOneLocale } from '../../../locale-only.vite';

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
