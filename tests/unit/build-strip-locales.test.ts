/** The coach module's build keeps one language's guide texts, and never the console's words. */
import { describe, expect, it } from 'vitest';
import { coachModuleLocale, keepLocale } from '@/build/strip-locales';

describe('strip-locales (cloud-console-coach-<lang>.js)', () => {
  it('knows the language from the entry name, and only for coach modules', () => {
    expect(coachModuleLocale('cloud-console-coach-en')).toBe('en');
    expect(coachModuleLocale('cloud-console-coach-zh-cn')).toBe('zh-CN');
    expect(coachModuleLocale('cloud-console-coach-ja')).toBe('ja');
    expect(coachModuleLocale('cloud-console')).toBeUndefined();
    expect(coachModuleLocale('ai-studio-card-ja')).toBeUndefined();
    expect(coachModuleLocale(undefined)).toBeUndefined();
  });

  it('keeps only the language of objects keyed by exactly the UI languages', () => {
    const code = `export const text = { en: { title: 'Restore' }, 'zh-CN': { title: '恢复' }, ja: { title: '復元' } };
export const words = { en: ['Restore'], 'zh-CN': ['恢复'], 'zh-TW': ['還原'], ja: ['復元'] };`;
    const kept = keepLocale(code, 'ja');
    expect(kept).toContain('復元');
    expect(kept).not.toContain("title: 'Restore'");
    expect(kept).not.toContain("title: '恢复'");
    // Four languages: the console's words for finding controls stay whole.
    expect(kept).toContain("['還原']");
    expect(kept).toContain("['Restore']");
  });
});
