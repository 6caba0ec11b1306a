import { describe, expect, it } from 'vitest';
import { CARD_STRINGS } from '@/utils/detection/card-strings';
import { describeAccount } from '@/utils/i18n/account';

const words = (locale: keyof typeof CARD_STRINGS) => ({ index: CARD_STRINGS[locale].causes['wrong-account.index'], email: CARD_STRINGS[locale].causes['wrong-account.email'] });

describe('describeAccount', () => {
  it('names the account by its place in the browser, counted from 1', () => {
    expect(describeAccount('1', words('en'))).toBe('Google account #2 in this browser (authuser=1)');
    expect(describeAccount('0', words('zh-CN'))).toBe('此浏览器中的第 1 个 Google 账号（authuser=0）');
    expect(describeAccount('2', words('ja'))).toBe('このブラウザの 3 番目の Google アカウント（authuser=2）');
  });
  it('shows an email as it is', () => {
    expect(describeAccount('me@example.com', words('en'))).toBe('Google account me@example.com');
  });
});
