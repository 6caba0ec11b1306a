import { defineStrings, format, type Locale } from '@/utils/i18n';

const STRINGS = defineStrings({
  en: {
    index: 'Google account #{number} in this browser (authuser={authuser})',
    email: 'Google account {email}',
  },
  'zh-CN': {
    index: '此浏览器中的第 {number} 个 Google 账号（authuser={authuser}）',
    email: 'Google 账号 {email}',
  },
  ja: {
    index: 'このブラウザの {number} 番目の Google アカウント（authuser={authuser}）',
    email: 'Google アカウント {email}',
  },
});

/**
 * `authuser` in words: "1" means nothing to a user; it is the browser's second signed-in account
 * (Google counts from 0). For the AI Studio card's "Account: 1" (components/AiStudioHint.tsx).
 */
export function describeAccount(authuser: string, locale: Locale = 'en'): string {
  const strings = STRINGS[locale];
  return /^\d+$/.test(authuser) ? format(strings.index, { number: Number(authuser) + 1, authuser }) : format(strings.email, { email: authuser });
}
