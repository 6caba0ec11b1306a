/**
 * The diagnosis vocabulary shared by the key tester, the pasted-error explainer, the AI Studio
 * overlay and the Cloud Console guides. Ids are stable kebab-case slugs: a rule, its diagnosis and
 * its fixture share one id.
 */
export const DIAGNOSIS_IDS = [
  'key-ok',
  'key-format',
  'key-missing',
  'key-invalid',
  'key-expired',
  'key-leaked',
  'key-suspended',
  'project-denied',
  // Code Assist / Gemini CLI sign-in refused for the whole Google account (Terms of Service).
  'account-tos-disabled',
  'api-disabled',
  // The same switch for the API the error names: Vertex AI, or Firebase AI Logic.
  'vertex-api-disabled',
  'firebase-ai-not-enabled',
  'key-api-restricted',
  'key-referrer-restricted',
  'key-ip-restricted',
  'key-app-restricted',
  'location-unsupported',
  'billing-required',
  'free-tier-limit-zero',
  'quota-exceeded',
  'daily-quota-exceeded',
  'prepay-depleted',
  'permission-denied',
  // AI Studio could not create a key: its own toasts, not API answers (utils/detection/rules/ai-studio.ts).
  'key-creation-denied',
  'key-creation-flagged',
  'model-not-found',
  'bearer-auth-used',
  'key-type-unsupported',
  'oauth-scope-insufficient',
  'wrong-endpoint',
  'bad-request',
  'server-error',
  'network-error',
  'timeout',
  'not-google-json',
  // Something on the way (proxy, captive portal, filter) answered the API host with a redirect.
  'api-redirected',
  'unknown',
] as const;

export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number];

export const LOCALES = ['en', 'zh-CN', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * ok: the key works. warning: works, with something to act on. error: a fix is needed.
 * transient: retrying later can succeed (rate limits, 5xx, network). inconclusive: the answer
 * depends on where the call runs (referrer, IP, app restrictions, location).
 */
export type Severity = 'ok' | 'warning' | 'error' | 'transient' | 'inconclusive';

/** What the classifier read out of Google's answer (or out of pasted text). No prose here. */
export interface DiagnosisFacts {
  id: DiagnosisId;
  /** HTTP status of the response, when known. */
  httpStatus?: number;
  /** google.rpc status, e.g. PERMISSION_DENIED. */
  googleStatus?: string;
  /** ErrorInfo reason, e.g. API_KEY_SERVICE_BLOCKED. */
  reason?: string;
  /** Google's own message, with any API key in it redacted. Render as text only. */
  message?: string;
  /** Project number or id, from `consumer`, `activationUrl`, a Help link or the message. */
  project?: string;
  service?: string;
  model?: string;
  retryAfterSeconds?: number;
  /** QuotaFailure quotaId or legacy quota_limit, e.g. GenerateRequestsPerDayPerProjectPerModel-FreeTier. */
  quotaId?: string;
  /** The body or paste was longer than this many characters and was cut before reading. */
  truncatedAt?: number;
}

export interface DeepLink {
  /** Stable id of the link in the table, e.g. `enable-api`. */
  id: string;
  label: string;
  url: string;
}

/** A diagnosis ready to show: the facts plus the words and links from the table, in one locale. */
export interface Diagnosis extends DiagnosisFacts {
  severity: Severity;
  /** True when the result depends on where the request is made (referrer/IP/app/location). */
  dependsOnCaller: boolean;
  title: string;
  explanation: string;
  steps: string[];
  links: DeepLink[];
}

/** Options for turning facts into words. `authuser` is the Google account index or email. */
export interface DescribeOptions {
  locale?: Locale;
  authuser?: string;
  /** The answer came from Key Doctor's own key test, not from text the user pasted (table.ts `keyTest`). */
  fromKeyTest?: boolean;
  /** The day the key rules are told for (default: now); tests pass a date. */
  today?: Date;
  /** The key that was tested: masked wherever it appears, whatever its shape. Never stored. */
  secrets?: readonly string[];
}
