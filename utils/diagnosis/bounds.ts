/**
 * Limits on what the engine reads, so a garbled or hostile answer (a body of 100,000 nested `[`,
 * a 403 with 130,000 help links, a 1 GB paste) still ends in a verdict instead of a stack overflow
 * or a frozen popup. Google's real bodies are far inside every limit: its deepest error nests 6
 * levels, its longest models list is tens of KB.
 */

/** A response body longer than this is cut before parsing (the card says so). */
export const MAX_BODY_CHARS = 500_000;
/** Pasted text longer than this is cut before parsing (the card says so). */
export const MAX_PASTE_CHARS = 1_000_000;
/** Deeper JSON is not parsed at all: V8's JSON.parse overflows its stack near 10^5 levels. */
export const MAX_JSON_DEPTH = 64;
/** At most this many entries of any list (details, links, violations, metadata) are read. */
export const MAX_LIST_ITEMS = 100;
/** How many error envelopes inside envelopes (a wrapper whose message is a body) are unwrapped. */
export const MAX_WRAPPED_ERRORS = 4;
/** Google's messages are short; wording rules read at most this much of one. */
export const MAX_MESSAGE_SCAN = 20_000;

/**
 * Whether JSON text nests deeper than `limit`, in one linear pass and without parsing. Brackets
 * inside strings do not count; unbalanced text is judged by its deepest point.
 */
export function nestsDeeperThan(source: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* \ */) index++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) {
      depth--;
    }
  }
  return false;
}

/** The first `max` characters, and whether anything was cut. */
export function cutTo(text: string, max: number): { text: string; cut: boolean } {
  return text.length > max ? { text: text.slice(0, max), cut: true } : { text, cut: false };
}
