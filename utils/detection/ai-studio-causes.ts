/**
 * The AI Studio overlay's checklist: every known reason AI Studio refuses to create a key, in
 * words (utils/detection/card-strings/, one file per language) and with one action each. Rules pick and rank these by id
 * (utils/detection/rules/ai-studio.ts). Pure: no DOM, no extension APIs.
 */
import { consoleLinks, docsLinks, type LinkContext } from '@/utils/console-links';
import {
  CAUSE_GUIDES,
  CAUSE_IDS,
  GUIDE_PARAM,
  KEY_CREATION_PERMISSIONS,
  SERVICE_ACCOUNT_KEY_CONSTRAINT,
  type CauseId,
} from '@/utils/detection/cause-ids';
import type { CardStrings } from '@/utils/detection/card-strings/en';
import { format, type Locale } from '@/utils/i18n';
import { describeAccount } from '@/utils/i18n/account';
import { keyRuleValues } from '@/utils/key-rules';

export { CAUSE_IDS, KEY_CREATION_PERMISSIONS, SERVICE_ACCOUNT_KEY_CONSTRAINT, type CauseId };

export interface ChecklistAction {
  label: string;
  url: string;
  /** The click-coach flow the link starts on the console page (utils/guide/url.ts deep link). */
  guide?: string;
}

export interface ChecklistItem {
  id: CauseId;
  title: string;
  detail: string;
  /** Plain-text codes shown as a list (permission names). */
  codes?: readonly string[];
  action: ChecklistAction;
  secondary?: ChecklistAction;
}

/** What the rule's message means, in the user's language; undefined for a rule we do not know. */
export function meaningOf(ruleId: string, strings: CardStrings): string | undefined {
  const table: Record<string, string> = strings.meanings;
  return table[ruleId];
}

type CauseStringKey = keyof CardStrings['causes'];

/** The actions, one per cause. Every link carries the project and account (console-links.ts). */
const ACTIONS: Record<CauseId, (c: LinkContext) => { url: string; secondaryUrl?: string }> = {
  'restore-deleted-key': (c) => ({ url: consoleLinks.deletedCredentials(c) }),
  'api-not-enabled': (c) => ({ url: consoleLinks.enableGeminiApi(c) }),
  'missing-iam-permissions': (c) => ({ url: consoleLinks.iam(c) }),
  'org-policy': (c) => ({ url: consoleLinks.orgPolicies(c) }),
  'wrong-account': (c) => ({ url: consoleLinks.dashboard(c) }),
  'terms-not-accepted': (c) => ({ url: consoleLinks.geminiTerms(c) }),
  'billing-or-region': (c) => ({ url: docsLinks.availableRegions, secondaryUrl: consoleLinks.linkBilling(c) }),
  'suspicious-request': () => ({ url: docsLinks.troubleshootAiStudio }),
  'create-in-cloud-console': (c) => ({ url: consoleLinks.credentials(c) }),
};

/**
 * The guided fix for a cause (CAUSE_GUIDES). Its link is the console page above plus
 * `keyDoctorGuide=<flow>`, so it opens the right page even when the coach does not start (plain
 * link, no messaging from AI Studio).
 */
export function guideFlowFor(cause: CauseId): string | undefined {
  return CAUSE_GUIDES[cause];
}

function withGuide(page: string, guide: string): string {
  const url = new URL(page);
  url.searchParams.set(GUIDE_PARAM, guide);
  return url.toString();
}

const CODES: Partial<Record<CauseId, readonly string[]>> = {
  'missing-iam-permissions': KEY_CREATION_PERMISSIONS,
};

/** How the checklist is told: the card's language and day (for Google's dated key rules). */
export interface ChecklistOptions {
  /** The language of `cardStrings`: the dated rules' sentences come from utils/key-rules.ts. */
  locale: Locale;
  /** What a failed request said: the permissions or the constraint it named replace the general ones. */
  named?: { permissions?: readonly string[]; constraint?: string };
  /** Default: now. */
  today?: Date;
}

/** The ranked checklist for the given causes, with links for this project and account. */
export function buildChecklist(causes: readonly CauseId[], context: LinkContext, cardStrings: CardStrings, options: ChecklistOptions): ChecklistItem[] {
  const named = options.named ?? {};
  const strings = cardStrings.causes;
  // Google's dated key rules (utils/key-rules.ts) in the tense today calls for.
  const rules = keyRuleValues(options.locale, options.today ?? new Date());
  const text = (key: CauseStringKey) => strings[key];
  const account = context.authuser
    ? describeAccount(context.authuser, { index: text('wrong-account.index'), email: text('wrong-account.email') })
    : text('wrong-account.default');
  return causes.map((id) => {
    const links = ACTIONS[id](context);
    const item: ChecklistItem = {
      id,
      title: text(`${id}.title` as CauseStringKey),
      detail: format(text(`${id}.detail` as CauseStringKey), { ...rules, constraint: named.constraint ?? SERVICE_ACCOUNT_KEY_CONSTRAINT, account }),
      action: { label: text(`${id}.action` as CauseStringKey), url: links.url },
    };
    const guide = guideFlowFor(id);
    if (guide) item.action = { ...item.action, url: withGuide(links.url, guide), guide };
    const codes = id === 'missing-iam-permissions' && named.permissions ? named.permissions : CODES[id];
    if (codes) item.codes = codes;
    if (links.secondaryUrl) item.secondary = { label: text(`${id}.secondary` as CauseStringKey), url: links.secondaryUrl };
    return item;
  });
}
