/**
 * Key redaction for anything we show, copy or return: Google echoes keys inside messages
 * (CONSUMER_SUSPENDED puts `api_key:AIza…` in the text), and users paste whole env files.
 * Covers both the legacy `AIza` standard keys and the 2026 `AQ.` auth keys.
 */
const KEY_PATTERN = /AIza[0-9A-Za-z_-]{20,}|AQ\.[0-9A-Za-z_.-]{16,}/g;

/** `AIzaSy…abcd`: the first 4 and last 4 characters, so users can tell keys apart. */
export function maskKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed.length <= 12) return '•'.repeat(Math.max(trimmed.length, 4));
  return `${trimmed.slice(0, 4)}…${trimmed.slice(-4)}`;
}

export function redactKeys(text: string): string {
  return text.replace(KEY_PATTERN, (match) => maskKey(match));
}
