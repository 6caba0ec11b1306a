import { describe, expect, it } from 'vitest';
import { CONSOLE_LABELS, labelKey, matchesLabel, type ConsoleLabel } from '@/utils/guide/labels';

describe('Japanese console labels', () => {
  it('match the wordings Japanese guides quote, with or without the space before a kana word', () => {
    expect(matchesLabel('認証情報を作成', 'createCredentials')).toBe(true);
    expect(matchesLabel('認証情報の作成', 'createCredentials')).toBe(true);
    expect(matchesLabel('APIキー 新しい API キーを作成します', 'apiKeyMenuItem', 'prefix')).toBe(true);
    expect(matchesLabel('APIの制限', 'apiRestrictions')).toBe(true);
    expect(matchesLabel('キーを制限', 'restrictKey')).toBe(true);
    expect(matchesLabel('保存', 'save')).toBe(true);
  });
  it('do not match another label', () => {
    expect(matchesLabel('キーを制限しない', 'restrictKey')).toBe(false);
    expect(matchesLabel('認証情報', 'createCredentials')).toBe(false);
  });
  it('each ja wording says where it was seen and is not blank', () => {
    for (const [id, label] of Object.entries(CONSOLE_LABELS) as [string, ConsoleLabel][]) {
      for (const wording of label.ja ?? []) {
        expect(labelKey(wording), `${id}: ${wording}`).not.toBe('');
        expect(label.seen, id).toMatch(/\bja\b/);
      }
    }
  });
});
