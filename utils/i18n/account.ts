import { format } from '@/utils/i18n';

/** A locale's words for an account: by its place in the browser, or by its email. */
export interface AccountWords {
  /** `{number}` (counted from 1) and `{authuser}`. */
  index: string;
  /** `{email}`. */
  email: string;
}

/**
 * `authuser` in words: "1" means nothing to a user; it is the browser's second signed-in account
 * (Google counts from 0). The words come from the caller's one-language strings.
 */
export function describeAccount(authuser: string, words: AccountWords): string {
  return /^\d+$/.test(authuser) ? format(words.index, { number: Number(authuser) + 1, authuser }) : format(words.email, { email: authuser });
}
