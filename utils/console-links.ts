/**
 * Every deep link into Google's consoles is built here, so that each one carries the user's
 * context: the project (id or number; the console accepts both) and the Google account. Links
 * without `authuser` open in the browser's default account, which is the classic cause of
 * "permission denied" on the wrong account (Raycast #4644, Terra #5343).
 * Project and account pass the one validator (utils/page-values.ts) here too, and a link to
 * anything but Google's https hosts is refused, whoever calls.
 */
import { AI_STUDIO_ORIGIN, CONSOLE_ORIGIN, FIREBASE_CONSOLE_ORIGIN } from '@/utils/origins';
import { authuserValue, googleLink, pageContext, pageValue } from '@/utils/page-values';
import { parseUrl } from '@/utils/parse-url';

export interface LinkContext {
  /** Project id (gen-lang-client-0123456789) or project number (445009168042). */
  project?: string;
  /** Account index (`0`, `1`) or an email, as in `/u/1/` or `authuser=`. */
  authuser?: string;
}

const GEMINI_API_SERVICE = 'generativelanguage.googleapis.com';
const VERTEX_AI_SERVICE = 'aiplatform.googleapis.com';

/** The one link builder: every URL we build passes here. Callers pass constant Google origins. */
function withQuery(base: string, params: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) {
    if (value) url.searchParams.set(name, value);
  }
  const link = googleLink(url.toString());
  if (!link) throw new RangeError('Key Doctor builds links to Google\'s https hosts only');
  return link;
}

/** A Cloud Console page for the given project and account. */
export function consoleUrl(path: string, context: LinkContext = {}, extra: Record<string, string> = {}): string {
  const { project, authuser } = pageContext(context);
  return withQuery(`${CONSOLE_ORIGIN}${path}`, { ...extra, project, authuser });
}

/** An AI Studio page; a numeric account goes in the path (`/u/1/`), an email in `authuser=`. */
export function aiStudioUrl(path: string, rawContext: LinkContext = {}): string {
  const context = pageContext(rawContext);
  const account = context.authuser;
  const prefix = account && /^\d+$/.test(account) ? `/u/${account}` : '';
  return withQuery(`${AI_STUDIO_ORIGIN}${prefix}${path}`, {
    authuser: account && !/^\d+$/.test(account) ? account : undefined,
    project: context.project,
  });
}

/** The console pages our fixes point to. Paths from research/console-facts.md §A4. */
export const consoleLinks = {
  credentials: (c: LinkContext) => consoleUrl('/apis/credentials', c),
  /** The project dashboard: shows at once which project and account the console is on. */
  dashboard: (c: LinkContext) => consoleUrl('/home/dashboard', c),
  deletedCredentials: (c: LinkContext) => consoleUrl('/apis/credentials/deleted', c),
  /** A key id that is not a console uid leads to the list instead. */
  keyEdit: (keyId: string, c: LinkContext) => {
    const uid = pageValue('keyId', keyId);
    return uid ? consoleUrl(`/apis/credentials/key/${uid}`, c) : consoleUrl('/apis/credentials', c);
  },
  enableGeminiApi: (c: LinkContext) => consoleUrl(`/apis/library/${GEMINI_API_SERVICE}`, c),
  /** The same API's Marketplace product page, where the console's search leads (console-dom-evidence F2). */
  geminiMarketplace: (c: LinkContext) => consoleUrl(`/marketplace/product/google/${GEMINI_API_SERVICE}`, c),
  enableVertexAiApi: (c: LinkContext) => consoleUrl(`/apis/library/${VERTEX_AI_SERVICE}`, c),
  geminiApiOverview: (c: LinkContext) => consoleUrl(`/apis/api/${GEMINI_API_SERVICE}/overview`, c),
  geminiApiQuotas: (c: LinkContext) => consoleUrl(`/apis/api/${GEMINI_API_SERVICE}/quotas`, c),
  iam: (c: LinkContext) => consoleUrl('/iam-admin/iam', c),
  orgPolicies: (c: LinkContext) => consoleUrl('/iam-admin/orgpolicies', c),
  linkBilling: (c: LinkContext) => consoleUrl('/billing/linkedaccount', c),
  geminiTerms: (c: LinkContext) => consoleUrl('/terms/generative-language-api', c),
  createProject: (c: LinkContext) => consoleUrl('/projectcreate', { authuser: authuserValue(c.authuser) }),
} as const;

export const aiStudioLinks = {
  apiKeys: (c: LinkContext) => aiStudioUrl('/api-keys', c),
  projects: (c: LinkContext) => aiStudioUrl('/projects', c),
  usage: (c: LinkContext) => aiStudioUrl('/usage', c),
  rateLimits: (c: LinkContext) => aiStudioUrl('/rate-limit', c),
} as const;

/**
 * Firebase AI Logic's console page for a project (the Firebase console puts a numeric account in
 * the path, an email in `authuser=`); the console home when the project is unknown.
 */
export function firebaseAiLogicUrl(context: LinkContext = {}): string {
  const account = context.authuser;
  const prefix = account && /^\d+$/.test(account) ? `/u/${account}` : '';
  const path = context.project ? `/project/${encodeURIComponent(context.project)}/ailogic` : '/';
  return withQuery(`${FIREBASE_CONSOLE_ORIGIN}${prefix}${path}`, { authuser: account && !/^\d+$/.test(account) ? account : undefined });
}

/** Google's documentation pages (no account context). */
export const docsLinks = {
  apiKeys: 'https://ai.google.dev/gemini-api/docs/api-key',
  troubleshooting: 'https://ai.google.dev/gemini-api/docs/troubleshooting',
  troubleshootAiStudio: 'https://ai.google.dev/gemini-api/docs/troubleshoot-ai-studio',
  availableRegions: 'https://ai.google.dev/gemini-api/docs/available-regions',
  rateLimits: 'https://ai.google.dev/gemini-api/docs/rate-limits',
  models: 'https://ai.google.dev/gemini-api/docs/models',
  billing: 'https://ai.google.dev/gemini-api/docs/billing',
  terms: 'https://ai.google.dev/gemini-api/terms',
  /** Gemini CLI / Code Assist terms, including the rule on third-party use of its sign-in. */
  geminiCliTerms: 'https://geminicli.com/docs/resources/tos-privacy/',
  firebaseAiTroubleshooting: 'https://firebase.google.com/docs/ai-logic/faq-and-troubleshooting',
  vertexAuth: 'https://cloud.google.com/vertex-ai/docs/authentication',
} as const;

/**
 * The project and account a console or AI Studio URL is about: `project=`, `/u/N/` or
 * `authuser=`, each dropped unless it is in Google's grammar (anyone can post a console link with
 * a shell command in `project=`). Other parameters (`inv`, `pli`, `hl`…) are noise.
 */
export function contextFromUrl(href: string): LinkContext {
  const url = parseUrl(href);
  if (!url) return {};
  const pathAccount = /^\/u\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
  return pageContext({ project: url.searchParams.get('project'), authuser: authuserValue(url.searchParams.get('authuser')) ?? pathAccount });
}
