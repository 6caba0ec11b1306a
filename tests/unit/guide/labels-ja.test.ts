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
  it('the Japanese wordings Japanese guides quote are marked sourced, and their source names ja', () => {
    const sourcedJa = Object.entries(CONSOLE_LABELS)
      .filter(([, label]) => (label as ConsoleLabel).sourced.includes('ja'))
      .map(([id]) => id);
    expect(sourcedJa.sort()).toEqual(['apiKeyMenuItem', 'apiRestrictions', 'createCredentials', 'restrictKey', 'save']);
    for (const id of sourcedJa) {
      const label: ConsoleLabel = CONSOLE_LABELS[id as keyof typeof CONSOLE_LABELS];
      expect(label.seen, id).toMatch(/\bja\b/);
      for (const wording of label.words.ja) expect(labelKey(wording), `${id}: ${wording}`).not.toBe('');
    }
  });
});
