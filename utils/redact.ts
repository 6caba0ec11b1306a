/**
 * Key redaction for anything we show, copy or return: Google echoes keys inside messages
 * (CONSUMER_SUSPENDED puts `api_key:AIza…` in the text), and users paste whole env files.
 * Covers both the legacy `AIza` standard keys and the 2026 `AQ.` auth keys.
 */
const KEY_PATTERN = /AIza[0-9A-Za-z_-]{20,}|AQ\.[0-9A-Za-z_.-]{16,}/g;
/** The same shapes without the global flag's shared state, for plain tests. */
const KEY_LIKE = new RegExp(KEY_PATTERN.source);

/** Shorter "secrets" are not masked by exact match: masking a common word would garble text. */
const MIN_SECRET_LENGTH = 8;

/** `AIzaSy…abcd`: the first 4 and last 4 characters, so users can tell keys apart. */
export function maskKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length <= 12) return '•'.repeat(Math.max(trimmed.length, 4));
  return `${trimmed.slice(0, 4)}…${trimmed.slice(-4)}`;
}

/**
 * Every key-like string masked, and every exact `secrets` value (the key that was tested, whatever
 * its shape) too.
 */
export function redactKeys(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    const exact = secret.trim();
    if (exact.length >= MIN_SECRET_LENGTH) out = out.split(exact).join(maskKey(exact));
  }
  return out.replace(KEY_PATTERN, (match) => maskKey(match));
}

/** Whether the text holds a key-like string (a link or value that does must not be used). */
export function hasKeyLike(text: string): boolean {
  return KEY_LIKE.test(text);
}
