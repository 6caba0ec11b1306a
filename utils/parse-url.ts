/**
 * A URL from a page, a tab or a message, or undefined when it does not parse: every caller treats
 * an unparsable URL as "not ours" (Chrome and Firefox have URL.parse, Node 20 in the tests does not).
 */
export function parseUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}
