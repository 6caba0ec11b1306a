import { describe, expect, it } from 'vitest';
import { describeAccount } from '@/utils/i18n/account';

describe('describeAccount', () => {
  it('names the account by its place in the browser, counted from 1', () => {
    expect(describeAccount('1')).toBe('Google account #2 in this browser (authuser=1)');
    expect(describeAccount('0', 'zh-CN')).toBe('此浏览器中的第 1 个 Google 账号（authuser=0）');
    expect(describeAccount('2', 'ja')).toBe('このブラウザの 3 番目の Google アカウント（authuser=2）');
  });
  it('shows an email as it is', () => {
    expect(describeAccount('me@example.com')).toBe('Google account me@example.com');
  });
});
