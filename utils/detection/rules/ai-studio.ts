/**
 * DATA: how Key Doctor recognises a failed key creation in Google AI Studio.
 *
 * Every selector, wording and path says what UI it was written against and when (sources in
 * /work/shared/research/console-facts.md and console-dom-evidence.md, cited by section). A real
 * error toast was captured in 2025 (console-dom-evidence A1: MatSnackBar › ms-toast ›
 * div.toast › span.content-text), but AI Studio can change it, so we still look in every place an
 * Angular Material app can put a message and match the words, not the classes.
 */
import type { DiagnosisId } from '@/utils/diagnosis/types';
import { CAUSE_IDS, type CauseId } from '@/utils/detection/cause-ids';
import { parseUrl } from '@/utils/parse-url';

export type AiStudioRuleId = `ai-studio/${string}`;

/** Kinds of places a message can appear in. Rules say which kinds they accept. */
export type ContainerKind = 'snack-bar' | 'dialog' | 'live-region' | 'overlay' | 'inline-error';

export interface Captured {
  /** What UI the selector or wording was written against, when it was seen, and the source. */
  seen: string;
}

export interface SelectorEntry extends Captured {
  selector: string;
}

export interface Wording extends Captured {
  /** Verbatim as seen. `…` stands for any text (a list of permissions, a name). */
  text: string;
}

/**
 * What an AI Studio page is about: `keys` (API keys and projects, where keys are created) or `app`
 * (AI Studio Build apps, where publishing also generates a key). A rule applies only on its pages.
 */
export type AiStudioPageKind = 'keys' | 'app';

/** Which card a rule's finding gets: the key-creation checklist, or the short app-publish card. */
export type CardKind = 'checklist' | 'app-publish';

export interface TextRule {
  id: AiStudioRuleId;
  /** Where the message means what this rule says; `['keys']` when absent. */
  pages?: readonly AiStudioPageKind[];
  /** `checklist` when absent. A short card has no causes. */
  card?: CardKind;
  /** The shared diagnosis this message means, when one fits. The overlay falls back to `id`. */
  diagnosisId?: DiagnosisId;
  /** Matched case- and punctuation-insensitively, as whole words. First matching rule wins. */
  wordings: readonly Wording[];
  in: readonly ContainerKind[];
  /** Causes to show, most likely first. */
  causes: readonly CauseId[];
  /**
   * Any Google API may say this too: pasted on its own into "Explain an error", the API meaning
   * (utils/diagnosis) wins over the key-creation one.
   */
  genericGoogleWording?: true;
}

/** A rule that is not read from text: the watcher raises it from page behaviour. */
export interface SignalRule {
  id: AiStudioRuleId;
  diagnosisId?: DiagnosisId;
  causes: readonly CauseId[];
}

/**
 * Where messages appear. `expected` kinds are the structures we believe AI Studio uses; a match
 * found only through the others still counts, but the watcher warns once so we learn that the
 * structure changed.
 */
export const CONTAINERS: Record<ContainerKind, { expected: boolean; selectors: readonly SelectorEntry[] }> = {
  'snack-bar': {
    expected: true,
    selectors: [
      {
        selector: 'mat-snack-bar-container',
        seen: 'Angular Material MDC MatSnackBar host (angular/components src/material/snack-bar, 2025–2026); AI Studio use inferred from its MDC classes, console-facts B3',
      },
      {
        selector: '.mat-mdc-snack-bar-container',
        seen: 'same host by class; the Material test harness selects it this way (testing/snack-bar-harness.ts), console-facts B3/E3',
      },
      {
        selector: '.ms-toast-snack-bar-container',
        seen: 'AI Studio\'s own panel class on its MatSnackBar host, real DOM dump 2025-04-20 and 2026 userscripts, console-dom-evidence A1',
      },
      {
        selector: 'ms-toast',
        seen: 'AI Studio\'s toast component, inside the snack bar (real DOM 2025-04-20) and in ms-header-root (every 2025 dump), console-dom-evidence A1/A2',
      },
      {
        selector: 'ms-toast .toast',
        seen: 'the toast itself, div.toast.warning|error › .message › span.content-text (real DOM 2025-04-20; automation selects div.toast.warning, div.toast.error to 2026-03), console-dom-evidence A1',
      },
      {
        selector: '.mat-mdc-snack-bar-label',
        seen: 'MDC snack-bar label: wraps ms-toast in AI Studio (real DOM 2025-04-20, console-dom-evidence A1), the message div of simple-snack-bar elsewhere (simple-snack-bar.html), console-facts B3',
      },
      {
        selector: '.mdc-snackbar__label',
        seen: 'same message div, MDC class the harness reads (snack-bar-harness.ts), console-facts B3',
      },
      // TODO [2027-06-01]: drop the two pre-MDC selectors if no report shows them in AI Studio.
      {
        selector: 'snack-bar-container',
        seen: 'legacy pre-MDC Angular Material host (MakerSuite era, 2023–2024), console-facts B3/E15',
      },
      {
        selector: '.mat-simple-snackbar',
        seen: 'legacy pre-MDC simple snack bar (MakerSuite era), console-facts B3/E15',
      },
    ],
  },
  dialog: {
    expected: true,
    selectors: [
      {
        selector: 'mat-dialog-container',
        seen: 'Angular Material MDC dialog; the key-details dialog sits in #mat-mdc-dialog-0 (recording 2026-03-06), console-facts B1',
      },
      { selector: '[role="dialog"]', seen: 'role MDC dialogs carry; any dialog framework, console-facts B1' },
      { selector: '[role="alertdialog"]', seen: 'role for error dialogs (ARIA); defensive, not observed' },
    ],
  },
  'live-region': {
    expected: false,
    selectors: [
      {
        selector: '[aria-live]',
        seen: 'MatSnackBar moves its content into an aria-live div after 150 ms; CDK LiveAnnouncer uses .cdk-live-announcer-element[aria-live] (console-facts B3)',
      },
      { selector: '[role="alert"]', seen: 'MatSnackBar sets role=alert only on Firefox (snack-bar-container.ts), console-facts B3' },
      { selector: '[role="status"]', seen: 'MatSnackBar sets role=status only on Firefox (snack-bar-container.ts), console-facts B3' },
    ],
  },
  overlay: {
    expected: false,
    selectors: [
      {
        selector: '.cdk-overlay-pane',
        seen: 'CDK overlay pane that wraps a toast, dialog or tooltip (Angular CDK overlay), console-facts B1',
      },
      {
        selector: '.cdk-overlay-container',
        seen: 'AI Studio automation reads creation failures from its textContent (2025–2026 scripts), console-facts B3/E4',
      },
    ],
  },
  'inline-error': {
    expected: false,
    selectors: [
      { selector: 'ms-callout', seen: 'AI Studio callout component (2026 bundle), console-facts B1; speculative home for inline errors' },
      { selector: 'mat-error', seen: 'Angular Material form-field error; speculative for the key-name field (2026 dialog)' },
    ],
  },
};

/** Text inside these is the user's or a model's, never a Google message: skipped everywhere. */
export const EXCLUDED: { selectors: readonly SelectorEntry[]; tagPrefixes: readonly (Captured & { prefix: string })[] } = {
  selectors: [
    { selector: 'input, textarea, select', seen: 'form fields: what the user types' },
    { selector: '[contenteditable]:not([contenteditable="false"])', seen: 'rich-text editors' },
    { selector: '[role="textbox"], [role="log"], [role="feed"]', seen: 'ARIA text boxes and chat transcripts' },
    { selector: 'key-doctor-hint', seen: 'our own overlay host' },
    {
      selector: 'ms-chat-turn, ms-text-chunk, ms-cmark-node, .chat-turn-container, .model-response, .user-prompt',
      seen: 'AI Studio chat turns and rendered model markdown (userscripts 2025–2026; ms-cmark-node seen in exporters)',
    },
  ],
  tagPrefixes: [
    { prefix: 'ms-chat', seen: 'AI Studio chat components (ms-chat-turn, ms-chat-session…), 2024–2026 userscripts' },
    { prefix: 'ms-prompt', seen: 'AI Studio prompt box and prompt pages (ms-prompt-box, ms-prompt-input-wrapper…)' },
    { prefix: 'ms-cmark', seen: 'model output rendered from markdown' },
    { prefix: 'ms-text-chunk', seen: 'model output text chunks' },
    { prefix: 'ms-code-block', seen: 'code in model output' },
    { prefix: 'ms-thought', seen: 'model "thinking" panels' },
    { prefix: 'ms-chunk', seen: 'the chat editor (ms-chunk-editor) and its chunks' },
  ],
};

/** Icon ligature text (mat-icon, Material Symbols) shows up in textContent: skip these elements. */
export const ICON_SELECTOR =
  'mat-icon, .mat-icon, .material-icons, .material-icons-outlined, .material-symbols-outlined, .material-symbols-rounded, .material-symbols-sharp, .google-symbols, [fonticon], [data-mat-icon-type]';

/**
 * Ligature words left at the edge of a message when an icon is a plain span we do not know.
 * Lowercase only: a real message starts with a capital (console-facts B1, Greasy Fork 556244).
 */
export const ICON_LIGATURES: readonly string[] = [
  'error', 'error_outline', 'warning', 'info', 'close', 'cancel', 'report', 'report_problem',
  'key', 'key_off', 'vpn_key', 'content_copy', 'more_vert', 'check', 'check_circle', 'block', 'lock',
];

/** Controls whose activation starts a key (or project) creation. */
export const CREATE_KEY_CONTROLS: readonly SelectorEntry[] = [
  { selector: '[data-test-id="create-api-key-button"]', seen: '"Create API key" in ms-api-keys-header, 2026 bundle, console-facts B1/E8' },
  {
    selector: 'ms-api-key-creation-form button:not([mat-dialog-close]):not([matdialogclose])',
    seen: 'buttons of the key-creation dialog ("Create key", 2026; "Create API key in new project", 2025), console-facts B1/C2',
  },
  {
    selector: 'ms-project-creation-dialog button:not([mat-dialog-close]):not([matdialogclose])',
    seen: 'project creation, which fails with "The request is suspicious" (2026), console-facts B1/C1',
  },
  // TODO [2027-06-01]: drop; broke in 2025 (MFLS2023 issue #3), kept for old cached UIs.
  { selector: 'button.create-api-key-button', seen: '2024–2025 create button and dialog submit, console-facts B2/E13' },
];

/** A new key is on screen: creation worked, whatever the toast says. */
export const KEY_SHOWN: { selectors: readonly SelectorEntry[]; keyPattern: RegExp } = {
  selectors: [
    { selector: 'ms-apikey-details-dialog', seen: 'key-details dialog after creation, recording 2026-03-06, console-facts B1' },
    // TODO [2027-06-01]: drop with the 2025 selectors above.
    { selector: 'div.apikey-text', seen: 'new key text in the 2025 dialog, console-facts B2' },
  ],
  // AIza… standard keys and AQ. auth keys (2026), console-facts C5.
  keyPattern: /\b(?:AIza[0-9A-Za-z_-]{35}|AQ\.[0-9A-Za-z_-]{20,})/,
};

/**
 * The `ms-toast` AI Studio keeps in its page header, outside any snack bar or overlay: empty until
 * a toast renders in place (console-dom-evidence A2: `<ms-toast positionrelativeto="page">` inside
 * ms-header-root in every 2025 dump, and CSS for `.toast.relative-to-page`). Whether key errors
 * use it is unproven; the watcher observes this one element's subtree once it exists.
 */
export const HEADER_TOAST_HOSTS: readonly SelectorEntry[] = [
  { selector: 'ms-header-root ms-toast', seen: 'ms-header-root › ms-toast, every AI Studio dump 2025-04-19..05-01, console-dom-evidence A2' },
  { selector: 'ms-toast[positionrelativeto]', seen: 'the same host by its input attribute positionrelativeto="page", console-dom-evidence A2' },
];
const HEADER_TOAST_TOAST = 'ms-toast[positionrelativeto] .toast, .toast.relative-to-page';

/**
 * The element that holds one message: dedupe key, so a re-parented toast is still one toast. In
 * the header, the rendered div.toast (the ms-toast there stays for the page's lifetime).
 */
export const MESSAGE_HOST_SELECTOR = `mat-snack-bar-container, .mat-mdc-snack-bar-container, snack-bar-container, mat-dialog-container, [role="dialog"], [role="alertdialog"], .cdk-overlay-pane, ${HEADER_TOAST_TOAST}`;

/** Toast-like elements the language-independent signal watches for (any language). */
export const TOAST_SELECTOR = `mat-snack-bar-container, .mat-mdc-snack-bar-container, .ms-toast-snack-bar-container, snack-bar-container, .mat-simple-snackbar, [role="alert"], .cdk-live-announcer-element, ${HEADER_TOAST_TOAST}`;

/** The LiveAnnouncer element: Angular also speaks routine things through it (a project picked in a list). */
export const LIVE_ANNOUNCER_SELECTOR = '.cdk-live-announcer-element';

/**
 * Dialogs the user is still filling in: while one is open, a LiveAnnouncer line is the form
 * talking (an option chosen by keyboard), not the answer to a create click.
 */
export const CREATION_DIALOG_SELECTOR = 'ms-api-key-creation-form, ms-project-creation-dialog';

/** Where a project id may be shown near the failure, most specific first; a scope that shows
 * several different ids is skipped. */
export const PROJECT_ID_PATTERN = /\bgen-lang-client-\d{10}\b/g;
export const PROJECT_SCOPES: readonly SelectorEntry[] = [
  { selector: 'ms-api-key-creation-form', seen: 'key-creation dialog with the chosen project, console-facts B1' },
  { selector: 'mat-dialog-container', seen: 'any open dialog' },
  { selector: '.cdk-overlay-container', seen: 'menus and pickers (project options with .project-id-text, 2025), console-facts B2' },
  { selector: 'ms-api-keys', seen: 'keys page table (Project column), 2026, console-facts B1/B2; used only when one project is shown' },
  { selector: 'ms-app', seen: 'the whole app (Projects page and others), app-root > ms-app, console-facts B1; used only when one project is shown' },
];

/**
 * AI Studio pages where keys and projects are created. Any of them may sit under `/u/N/` and the
 * old `/app/` prefix. Sources: console-facts A1/A2 (docs 2024–2026, automation June 2026).
 */
export const KEY_PAGE_PATHS: readonly (Captured & { path: string })[] = [
  { path: 'apikey', seen: 'docs 2024–2026: /apikey and /app/apikey' },
  { path: 'api-keys', seen: 'docs 2026 (/api-keys) and automation June 2026 (/app/api-keys)' },
  { path: 'projects', seen: 'Projects page, where projects are created/imported (docs 2026)' },
];
/**
 * AI Studio Build apps: publishing or republishing one generates an API key for the deployed app,
 * and that can fail with the key page's "suspicious" toast (console-dom-evidence B1, 2026-09-03).
 */
export const APP_PAGE_PATHS: readonly (Captured & { path: string })[] = [
  { path: 'apps', seen: 'AI Studio Build, /apps/…, publish and republish notes 2026-09-03, console-dom-evidence B1' },
];
export const AI_STUDIO_HOST = 'aistudio.google.com';

const pagePathRegex = (paths: readonly { path: string }[]) =>
  new RegExp(`^(?:/u/\\d+)?(?:/app)?/(?:${paths.map((p) => p.path).join('|')})(?:/|$)`);
const PAGE_KIND_PATHS: readonly [AiStudioPageKind, RegExp][] = [
  ['keys', pagePathRegex(KEY_PAGE_PATHS)],
  ['app', pagePathRegex(APP_PAGE_PATHS)],
];

/** What this AI Studio page is about, whatever the account index, prefix or query; else undefined. */
export function aiStudioPageKind(href: string): AiStudioPageKind | undefined {
  const url = parseUrl(href);
  if (url?.hostname !== AI_STUDIO_HOST) return undefined;
  return PAGE_KIND_PATHS.find(([, regex]) => regex.test(url.pathname))?.[0];
}

/** True for AI Studio key and project pages, whatever the account index, prefix or query. */
export function isAiStudioKeyPage(href: string): boolean {
  return aiStudioPageKind(href) === 'keys';
}

/** The pages a rule applies on (key pages unless it says otherwise). */
export function pagesOf(rule: Pick<TextRule, 'pages'>): readonly AiStudioPageKind[] {
  return rule.pages ?? ['keys'];
}

/** The card a rule's finding gets. */
export function cardOf(rule: TextRule | SignalRule): CardKind {
  return ('card' in rule ? rule.card : undefined) ?? 'checklist';
}

/** The full checklist, in the order the issue ranks the causes when we know nothing. */
const DEFAULT_RANKING: readonly CauseId[] = CAUSE_IDS;

/**
 * More specific rules first: the generic "Failed to generate API key" rule must come last. Rules
 * of other pages than key pages say so (`pages`); detect() applies only the page's own rules.
 */
const RULE_TABLE = [
  {
    id: 'ai-studio/app-publish-suspicious',
    // Same toast as on the key page, another situation: publishing an app, not creating a key
    // by hand; the key checklist does not apply (console-dom-evidence B1).
    pages: ['app'],
    card: 'app-publish',
    wordings: [
      {
        text: 'Failed to generate API key, The request is suspicious. Please try again.',
        seen: 'AI Studio Build publish/republish of an app, /apps/…, 2026-09-03 notes, console-dom-evidence B1',
      },
      { text: 'The request is suspicious', seen: 'the same refusal without the prefix (project creation wording, 2026), console-facts C1' },
    ],
    in: ['snack-bar', 'live-region', 'overlay', 'dialog'],
    causes: [],
  },
  {
    id: 'ai-studio/generate-key-suspicious',
    diagnosisId: 'key-creation-flagged',
    wordings: [
      {
        text: 'Failed to generate API key, The request is suspicious. Please try again.',
        seen: 'AI Studio /app/api-keys, June 2026, user notes + Playwright e2e, console-facts C1',
      },
      { text: 'The request is suspicious', seen: 'AI Studio project creation, 2026 (Thai note; automation checks "suspicious"), console-facts C1' },
    ],
    in: ['snack-bar', 'live-region', 'overlay', 'dialog'],
    // Anti-abuse first; restoring a deleted key does not help here (console-facts C1 pattern note).
    causes: ['suspicious-request', 'wrong-account', 'create-in-cloud-console', 'terms-not-accepted', 'billing-or-region', 'org-policy', 'missing-iam-permissions'],
  },
  {
    id: 'ai-studio/generate-key-permission-denied',
    diagnosisId: 'key-creation-denied',
    wordings: [
      {
        text: 'Failed to generate API key: permission denied. Please try again.',
        seen: 'AI Studio Get/Create API key, 2025 (andyfengc.github.io 2025-08-25; brightcolumn.com 2026), console-facts C1',
      },
      // Punctuation is ignored, so this also covers the 2026 comma separator.
      { text: 'Failed to generate API key: permission denied.', seen: 'forum thread 88510, 2025, console-facts C1' },
    ],
    in: ['snack-bar', 'live-region', 'overlay', 'dialog'],
    causes: DEFAULT_RANKING,
  },
  {
    id: 'ai-studio/caller-no-permission',
    diagnosisId: 'key-creation-denied',
    genericGoogleWording: true,
    wordings: [
      {
        text: 'The caller does not have permission',
        seen: 'MakerSuite/AI Studio Get API key after deleting a key, Jan 2024 (Firstenberg blog; SO 77762483), console-facts C1',
      },
    ],
    in: ['snack-bar', 'live-region', 'overlay', 'dialog', 'inline-error'],
    causes: ['restore-deleted-key', 'missing-iam-permissions', 'api-not-enabled', 'wrong-account', 'org-policy', 'terms-not-accepted', 'billing-or-region', 'create-in-cloud-console'],
  },
  {
    id: 'ai-studio/no-permission-create-key',
    diagnosisId: 'key-creation-denied',
    wordings: [
      {
        text: 'You do not have permission to create a key in this project',
        seen: 'AI Studio create-key dialog/button, 2026 docs "Troubleshooting key creation permissions" + forum 143693, console-facts C1',
      },
      {
        text: '您无权在此项目中创建密钥',
        seen: 'zh-CN: Google\'s own translation in ai.google.dev/gemini-api/docs/api-key?hl=zh-cn (2026 generation), console-dom-evidence B2',
      },
    ],
    in: ['dialog', 'overlay', 'snack-bar', 'live-region', 'inline-error'],
    causes: ['missing-iam-permissions', 'org-policy', 'wrong-account', 'create-in-cloud-console', 'api-not-enabled', 'terms-not-accepted', 'restore-deleted-key'],
  },
  {
    id: 'ai-studio/missing-permissions',
    diagnosisId: 'key-creation-denied',
    wordings: [
      {
        text: 'Missing permissions: … Please contact your project administrator',
        seen: 'toast template "Missing permissions: {MISSING_PERMISSIONS}. Please contact your project administrator for assistance.", 2026 bundle, console-facts C1',
      },
    ],
    in: ['snack-bar', 'live-region', 'overlay', 'dialog'],
    causes: ['missing-iam-permissions', 'wrong-account', 'org-policy', 'create-in-cloud-console'],
  },
  {
    id: 'ai-studio/project-admin-permission-denied',
    diagnosisId: 'key-creation-denied',
    wordings: [
      {
        text: 'Permission denied. Please contact your project administrator for assistance.',
        seen: 'error toast of the quota/metrics code path, 2026 bundle, console-facts C1',
      },
    ],
    in: ['snack-bar', 'live-region', 'overlay', 'dialog'],
    causes: ['missing-iam-permissions', 'wrong-account', 'org-policy', 'api-not-enabled', 'create-in-cloud-console'],
  },
  {
    id: 'ai-studio/generate-key-failed',
    // Any other reason after the known prefix (the template of console-facts C1): we know it
    // failed, not why, so the creation checklist applies.
    diagnosisId: 'key-creation-denied',
    wordings: [{ text: 'Failed to generate API key', seen: 'prefix shared by the 2025 and 2026 wordings, console-facts C1/E5' }],
    in: ['snack-bar', 'live-region', 'overlay', 'dialog'],
    causes: DEFAULT_RANKING,
  },
] as const satisfies readonly TextRule[];

export const AI_STUDIO_RULES: readonly TextRule[] = RULE_TABLE;

/** A toast appeared right after a create-key click and no key was shown: any language. */
export const UNREADABLE_CREATE_FAILURE: SignalRule = {
  id: 'ai-studio/unreadable-create-failure',
  causes: DEFAULT_RANKING,
};

/**
 * AI Studio's own create-key request failed (the MAIN-world reader, utils/ai-studio-rpc/): a
 * detection in any language, with or without a toast. Its causes come from the answer
 * (utils/ai-studio-rpc/cause.ts); these are the fallback.
 */
export const REQUEST_FAILED: SignalRule = {
  id: 'ai-studio/create-request-failed',
  diagnosisId: 'key-creation-denied',
  causes: DEFAULT_RANKING,
};

/** Not a rule: what the overlay shows when the user asked for a scan and we found nothing. */
export const NOTHING_FOUND: SignalRule = {
  id: 'ai-studio/nothing-found',
  causes: DEFAULT_RANKING,
};

const ALL_RULES: readonly (TextRule | SignalRule)[] = [...AI_STUDIO_RULES, UNREADABLE_CREATE_FAILURE, REQUEST_FAILED, NOTHING_FOUND];

export function ruleById(id: string): TextRule | SignalRule | undefined {
  return ALL_RULES.find((rule) => rule.id === id);
}

/** The id the overlay's host carries in data-diagnosis: the shared diagnosis, else the rule. */
export function hintIdOf(rule: { id: string; diagnosisId?: DiagnosisId }): string {
  return rule.diagnosisId ?? rule.id;
}
