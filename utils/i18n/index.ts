import { LOCALES, type Locale } from '@/utils/diagnosis/types';

export type { Locale };

/** The UI language we show: Simplified Chinese for any zh-Hans/zh-CN/zh-SG, Japanese for ja/ja-JP, else English. */
export function pickLocale(language: string | undefined): Locale {
  const lower = (language ?? '').toLowerCase().replace('_', '-');
  if (lower === 'zh' || lower.startsWith('zh-cn') || lower.startsWith('zh-hans') || lower.startsWith('zh-sg')) return 'zh-CN';
  if (lower === 'ja' || lower.startsWith('ja-')) return 'ja';
  return 'en';
}

/**
 * A feature's strings in every locale. The type forces each locale to have exactly the English
 * keys, so a missing translation is a compile error, not a blank button.
 */
export type Strings<Keys extends string> = Record<Locale, Record<Keys, string>>;

export function defineStrings<const English extends Record<string, string>>(
  strings: { en: English } & Record<Exclude<Locale, 'en'>, Record<keyof English, string>>,
): Strings<Extract<keyof English, string>> {
  return strings as Strings<Extract<keyof English, string>>;
}

/** Fills `{name}` placeholders. Values are plain text; callers render the result as text. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const SUPPORTED_LOCALES = LOCALES;
