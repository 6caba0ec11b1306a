/**
 * Copyable shell commands. Every value is single-quoted for a POSIX shell (`'` written as `'\''`),
 * so `;`, `|`, `&&`, `$(…)` and backticks stay text; a value with a control character (a line
 * break would run the first line on paste) or a Unicode line separator is refused, never quoted.
 */

/** C0/C1 controls, DEL, and the Unicode line and paragraph separators. */
const UNQUOTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** `value` as one POSIX shell word, or undefined when it holds a control character. */
export function shellQuote(value: string): string | undefined {
  if (UNQUOTABLE.test(value)) return undefined;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
