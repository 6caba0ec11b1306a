/**
 * DATA: the Cloud Console pages the guides walk through (recognised in page-paths.ts) and where
 * each step's "go there" link leads.
 */
import { consoleLinks, type LinkContext } from '@/utils/console-links';
import { pageValue } from '@/utils/page-values';
import { CONSOLE_PAGE_PATHS, type ConsolePageId } from './page-paths';

// Recognising a page (page-paths.ts) is also what the console's startup script needs; links are not.
export { CONSOLE_PAGE_IDS, CONSOLE_PAGE_PATHS, pageOf, type ConsolePageId } from './page-paths';

interface ConsolePage {
  path: RegExp;
  /** Where the "go there" link of a step on this page leads. */
  link: (context: LinkContext, keyId?: string) => string;
}

export const CONSOLE_PAGES: Record<ConsolePageId, ConsolePage> = {
  credentials: { path: CONSOLE_PAGE_PATHS['credentials'], link: (c) => consoleLinks.credentials(c) },
  'deleted-credentials': { path: CONSOLE_PAGE_PATHS['deleted-credentials'], link: (c) => consoleLinks.deletedCredentials(c) },
  // Without a key id we can only send the user to the list, where each key name links to its page.
  'key-edit': { path: CONSOLE_PAGE_PATHS['key-edit'], link: (c, keyId) => (keyId ? consoleLinks.keyEdit(keyId, c) : consoleLinks.credentials(c)) },
  'gemini-library': { path: CONSOLE_PAGE_PATHS['gemini-library'], link: (c) => consoleLinks.enableGeminiApi(c) },
  // Where the console's own search lands (`?q=search&referrer=search`), titled "Gemini API" (evidence F2).
  'gemini-marketplace': { path: CONSOLE_PAGE_PATHS['gemini-marketplace'], link: (c) => consoleLinks.geminiMarketplace(c) },
  // Enabling the API lands on its overview (or metrics) page; Google's SERVICE_DISABLED error links it.
  'gemini-api': { path: CONSOLE_PAGE_PATHS['gemini-api'], link: (c) => consoleLinks.geminiApiOverview(c) },
  iam: { path: CONSOLE_PAGE_PATHS['iam'], link: (c) => consoleLinks.iam(c) },
};

/** The key id (uid, not the key string) in a key edit page path; undefined unless it is a console uid. */
export function keyIdFromHref(href: string): string | undefined {
  const match = /\/apis\/credentials\/key\/([^/?#;]+)/.exec(href);
  return pageValue('keyId', match?.[1]);
}
