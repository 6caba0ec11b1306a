/**
 * The one validator for values taken from a page, a URL or a response: a project, an account, a
 * key id, a model, a service, a quota id. Anyone can post a console link with any `project=` in
 * it, and Google's error bodies echo what the caller sent, so each value is checked against
 * Google's own grammar before it is used anywhere (links, commands, storage, text). A value that
 * fails is dropped, never repaired: the words then fall back to "your project", the commands to a
 * placeholder. ASCII-only grammars also refuse look-alike letters, quotes, shell operators and line
 * breaks, and a masked key (`AIza…abcd`) can never pass one.
 */
import { hasKeyLike } from './redact';
import { parseUrl } from '@/utils/parse-url';

/** Longest value any grammar below accepts (an email); longer input is refused before the regex runs. */
const MAX_VALUE_LENGTH = 254;

/** Google's grammars, one per kind of value. Sources: console-facts.md, the error corpus. */
export const PAGE_VALUE_GRAMMAR = {
  /** Project id: 6–30 characters, lowercase letters, digits and hyphens, starts with a letter, no trailing hyphen. */
  projectId: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
  /** Project number (445009168042). */
  projectNumber: /^[1-9][0-9]{0,19}$/,
  /** Account index as in `/u/1/` or `authuser=1`. */
  accountIndex: /^[0-9]{1,2}$/,
  /** `authuser=someone@example.com`: a plain address, no quotes, no comments, no spaces. */
  email: /^[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/,
  /** An API key's uid in the console (`/apis/credentials/key/<uid>`), not the key string. */
  keyId: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /** Gemini model ids: gemini-2.5-flash, gemma-3-27b-it, text-embedding-004. */
  model: /^[a-z0-9](?:[a-z0-9.-]{0,98}[a-z0-9])?$/,
  /** A Google API service name: generativelanguage.googleapis.com, aiplatform.googleapis.com. */
  service: /^[a-z][a-z0-9-]{0,62}(?:\.[a-z][a-z0-9-]{0,62}){0,3}\.googleapis\.com$/,
  /** QuotaFailure quotaId or legacy quota_limit: GenerateRequestsPerDayPerProjectPerModel-FreeTier. */
  quotaId: /^[A-Za-z][A-Za-z0-9]{0,127}(?:[-_][A-Za-z0-9]{1,64}){0,8}$/,
  /** ErrorInfo reason (API_KEY_INVALID) or a legacy `errors[].reason` (keyInvalid). */
  reason: /^(?:[A-Z][A-Z0-9_]{2,63}|[a-z][A-Za-z0-9]{2,63})$/,
  /** google.rpc status name (PERMISSION_DENIED). */
  googleStatus: /^[A-Z][A-Z_]{1,39}$/,
} as const;

export type PageValueKind = keyof typeof PAGE_VALUE_GRAMMAR;

/** The value when it is a string in the grammar of `kind`, else undefined. */
export function pageValue(kind: PageValueKind, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_VALUE_LENGTH) return undefined;
  return PAGE_VALUE_GRAMMAR[kind].test(value) ? value : undefined;
}

/** A project id or a project number (the console takes both). */
export function projectValue(value: unknown): string | undefined {
  return pageValue('projectId', value) ?? pageValue('projectNumber', value);
}

/** An account index (`1`) or an email address. */
export function authuserValue(value: unknown): string | undefined {
  return pageValue('accountIndex', value) ?? pageValue('email', value);
}

/** The project and account a link or command may carry; anything else in `value` is dropped. */
export interface PageContext {
  project?: string;
  authuser?: string;
}

/** Project and account from untrusted input (a URL, storage, a message), each checked. */
export function pageContext(value: unknown): PageContext {
  const context: PageContext = {};
  if (!value || typeof value !== 'object') return context;
  const { project, authuser } = value as Record<string, unknown>;
  const validProject = projectValue(project);
  const validAuthuser = authuserValue(authuser);
  if (validProject) context.project = validProject;
  if (validAuthuser) context.authuser = validAuthuser;
  return context;
}

/**
 * Google's https hosts our links may point to: the consoles, AI Studio and the documentation our
 * table links. A link to anything else (from a response's help links, or a bug) is refused.
 */
export const GOOGLE_LINK_HOSTS: ReadonlySet<string> = new Set([
  'console.cloud.google.com',
  'console.developers.google.com',
  'aistudio.google.com',
  'ai.google.dev',
  'cloud.google.com',
  'support.google.com',
  'console.firebase.google.com',
  'firebase.google.com',
  // Google's own site for the Gemini CLI documentation (terms of service page).
  'geminicli.com',
]);

/**
 * The URL, normalised, when it is https on one of Google's link hosts, with no credentials or
 * port and no key-like string anywhere in it (raw or percent-encoded); else undefined.
 */
export function googleLink(href: unknown): string | undefined {
  if (typeof href !== 'string' || href.length > 4096) return undefined;
  const url = parseUrl(href);
  if (!url || url.protocol !== 'https:' || url.username || url.password || url.port || !GOOGLE_LINK_HOSTS.has(url.hostname)) return undefined;
  const text = url.toString();
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // A stray `%` leaves the raw text to check.
  }
  if (hasKeyLike(text) || hasKeyLike(decoded) || decoded.includes('…')) return undefined;
  return text;
}
