/**
 * DATA: the Cloud Console pages the guides walk through, recognised by URL path only (the query
 * carries project, account and noise such as `inv`, `pli`, `hl`). Paths from console-facts A4.
 */
import { consoleLinks, type LinkContext } from '@/utils/console-links';
import { pageValue } from '@/utils/page-values';

export const CONSOLE_PAGE_IDS = ['credentials', 'deleted-credentials', 'key-edit', 'gemini-library', 'gemini-marketplace', 'gemini-api', 'iam'] as const;
export type ConsolePageId = (typeof CONSOLE_PAGE_IDS)[number];

interface ConsolePage {
  path: RegExp;
  /** Where the "go there" link of a step on this page leads. */
  link: (context: LinkContext, keyId?: string) => string;
}

export const CONSOLE_PAGES: Record<ConsolePageId, ConsolePage> = {
  credentials: { path: /^\/apis\/credentials\/?$/, link: (c) => consoleLinks.credentials(c) },
  'deleted-credentials': { path: /^\/apis\/credentials\/deleted\/?$/, link: (c) => consoleLinks.deletedCredentials(c) },
  // Without a key id we can only send the user to the list, where each key name links to its page.
  'key-edit': { path: /^\/apis\/credentials\/key\/[^/]+\/?$/, link: (c, keyId) => (keyId ? consoleLinks.keyEdit(keyId, c) : consoleLinks.credentials(c)) },
  'gemini-library': { path: /^\/apis\/library\/generativelanguage\.googleapis\.com\/?$/, link: (c) => consoleLinks.enableGeminiApi(c) },
  // Where the console's own search lands (`?q=search&referrer=search`), titled "Gemini API" (evidence F2).
  'gemini-marketplace': { path: /^\/marketplace\/product\/google\/generativelanguage\.googleapis\.com\/?$/, link: (c) => consoleLinks.geminiMarketplace(c) },
  // Enabling the API lands on its overview (or metrics) page; Google's SERVICE_DISABLED error links it.
  'gemini-api': { path: /^\/apis\/api\/generativelanguage\.googleapis\.com(?:\/[\w-]+)?\/?$/, link: (c) => consoleLinks.geminiApiOverview(c) },
  iam: { path: /^\/iam-admin\/iam\/?$/, link: (c) => consoleLinks.iam(c) },
};

const CONSOLE_HOSTS = new Set(['console.cloud.google.com', 'console.developers.google.com']);

/** Which guide page a URL shows, or undefined for any other page. */
export function pageOf(href: string): ConsolePageId | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (!CONSOLE_HOSTS.has(url.hostname)) return undefined;
  // Matrix parameters (`;timeRange=…`) ride on the path in some console URLs.
  const path = url.pathname.replace(/;.*$/, '');
  return CONSOLE_PAGE_IDS.find((id) => CONSOLE_PAGES[id].path.test(path));
}

/** The key id (uid, not the key string) in a key edit page path; undefined unless it is a console uid. */
export function keyIdFromHref(href: string): string | undefined {
  const match = /\/apis\/credentials\/key\/([^/?#;]+)/.exec(href);
  return pageValue('keyId', match?.[1]);
}
