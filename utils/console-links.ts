/**
 * Every deep link into Google's consoles is built here, so that each one carries the user's
 * context: the project (id or number; the console accepts both) and the Google account. Links
 * without `authuser` open in the browser's default account, which is the classic cause of
 * "permission denied" on the wrong account (Raycast #4644, Terra #5343).
 */
export interface LinkContext {
  /** Project id (gen-lang-client-0123456789) or project number (445009168042). */
  project?: string;
  /** Account index (`0`, `1`) or an email, as in `/u/1/` or `authuser=`. */
  authuser?: string;
}

export const CONSOLE_ORIGIN = 'https://console.cloud.google.com';
export const AI_STUDIO_ORIGIN = 'https://aistudio.google.com';
const GEMINI_API_SERVICE = 'generativelanguage.googleapis.com';

function withQuery(base: string, params: Record<string, string | undefined>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) {
    if (value) url.searchParams.set(name, value);
  }
  return url.toString();
}

/** A Cloud Console page for the given project and account. */
export function consoleUrl(path: string, context: LinkContext = {}, extra: Record<string, string> = {}): string {
  return withQuery(`${CONSOLE_ORIGIN}${path}`, { ...extra, project: context.project, authuser: context.authuser });
}

/** An AI Studio page; a numeric account goes in the path (`/u/1/`), an email in `authuser=`. */
export function aiStudioUrl(path: string, context: LinkContext = {}): string {
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
  keyEdit: (keyId: string, c: LinkContext) => consoleUrl(`/apis/credentials/key/${encodeURIComponent(keyId)}`, c),
  enableGeminiApi: (c: LinkContext) => consoleUrl(`/apis/library/${GEMINI_API_SERVICE}`, c),
  /** The same API's Marketplace product page, where the console's search leads (console-dom-evidence F2). */
  geminiMarketplace: (c: LinkContext) => consoleUrl(`/marketplace/product/google/${GEMINI_API_SERVICE}`, c),
  geminiApiOverview: (c: LinkContext) => consoleUrl(`/apis/api/${GEMINI_API_SERVICE}/overview`, c),
  geminiApiQuotas: (c: LinkContext) => consoleUrl(`/apis/api/${GEMINI_API_SERVICE}/quotas`, c),
  iam: (c: LinkContext) => consoleUrl('/iam-admin/iam', c),
  orgPolicies: (c: LinkContext) => consoleUrl('/iam-admin/orgpolicies', c),
  linkBilling: (c: LinkContext) => consoleUrl('/billing/linkedaccount', c),
  geminiTerms: (c: LinkContext) => consoleUrl('/terms/generative-language-api', c),
  createProject: (c: LinkContext) => consoleUrl('/projectcreate', { authuser: c.authuser }),
} as const;

export const aiStudioLinks = {
  apiKeys: (c: LinkContext) => aiStudioUrl('/api-keys', c),
  projects: (c: LinkContext) => aiStudioUrl('/projects', c),
  usage: (c: LinkContext) => aiStudioUrl('/usage', c),
  rateLimits: (c: LinkContext) => aiStudioUrl('/rate-limit', c),
} as const;

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
} as const;

/**
 * The project and account a console or AI Studio URL is about: `project=`, `/u/N/` or
 * `authuser=`. Other parameters (`inv`, `pli`, `hl`…) are noise.
 */
export function contextFromUrl(href: string): LinkContext {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return {};
  }
  const context: LinkContext = {};
  const project = url.searchParams.get('project');
  if (project) context.project = project;
  const pathAccount = /^\/u\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
  const authuser = url.searchParams.get('authuser') ?? pathAccount;
  if (authuser) context.authuser = authuser;
  return context;
}
