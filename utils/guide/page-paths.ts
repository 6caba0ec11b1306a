/**
 * DATA: which guide page a console URL shows, by path only (the query carries project, account and
 * noise such as `inv`, `pli`, `hl`). Paths from console-facts A4. Nothing heavier than parse-url is
 * imported: the console's startup script decides with this whether an offer page is open; pages.ts
 * adds the links.
 */
import { parseUrl } from '@/utils/parse-url';
export const CONSOLE_PAGE_IDS = ['credentials', 'deleted-credentials', 'key-edit', 'gemini-library', 'gemini-marketplace', 'gemini-api', 'iam'] as const;
export type ConsolePageId = (typeof CONSOLE_PAGE_IDS)[number];

export const CONSOLE_PAGE_PATHS: Record<ConsolePageId, RegExp> = {
  credentials: /^\/apis\/credentials\/?$/,
  'deleted-credentials': /^\/apis\/credentials\/deleted\/?$/,
  'key-edit': /^\/apis\/credentials\/key\/[^/]+\/?$/,
  'gemini-library': /^\/apis\/library\/generativelanguage\.googleapis\.com\/?$/,
  // Where the console's own search lands (`?q=search&referrer=search`), titled "Gemini API" (evidence F2).
  'gemini-marketplace': /^\/marketplace\/product\/google\/generativelanguage\.googleapis\.com\/?$/,
  // Enabling the API lands on its overview (or metrics) page; Google's SERVICE_DISABLED error links it.
  'gemini-api': /^\/apis\/api\/generativelanguage\.googleapis\.com(?:\/[\w-]+)?\/?$/,
  iam: /^\/iam-admin\/iam\/?$/,
};

const CONSOLE_HOSTS = new Set(['console.cloud.google.com', 'console.developers.google.com']);

/** Which guide page a URL shows, or undefined for any other page. */
export function pageOf(href: string): ConsolePageId | undefined {
  const url = parseUrl(href);
  if (!url || !CONSOLE_HOSTS.has(url.hostname)) return undefined;
  // Matrix parameters (`;timeRange=…`) ride on the path in some console URLs.
  const path = url.pathname.replace(/;.*$/, '');
  return CONSOLE_PAGE_IDS.find((id) => CONSOLE_PAGE_PATHS[id].test(path));
}
