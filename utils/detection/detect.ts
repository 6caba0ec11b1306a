/**
 * Pure detection: which known AI Studio failure messages are on this page right now. Takes the
 * root and URL as parameters, touches no extension API and reads no layout, so it runs in Node
 * (happy-dom) and inside a MutationObserver batch alike.
 */
import { contextFromUrl, type LinkContext } from '@/utils/console-links';
import { projectValue } from '@/utils/page-values';
import type { DiagnosisId } from '@/utils/diagnosis/types';
import {
  AI_STUDIO_RULES,
  CONTAINERS,
  EXCLUDED,
  ICON_LIGATURES,
  ICON_SELECTOR,
  KEY_SHOWN,
  MESSAGE_HOST_SELECTOR,
  PROJECT_ID_PATTERN,
  PROJECT_SCOPES,
  aiStudioPageKind,
  pagesOf,
  type ContainerKind,
  type TextRule,
} from '@/utils/detection/rules/ai-studio';

export interface Detection {
  ruleId: TextRule['id'];
  diagnosisId?: DiagnosisId;
  /** The innermost element holding the message. */
  element: Element;
  /** The toast or dialog around it; one host is one message, however often it is re-parented. */
  host: Element;
  /** The page's message as plain text (render it as text only). */
  message: string;
  context: LinkContext;
  /** False when found only through a fallback container: the expected structure is missing. */
  expectedStructure: boolean;
  /** The selector that found it, for the "structure changed" warning. */
  foundBy: string;
}

export interface DetectOptions {
  /** Also try the key-page rules off key pages (an explicit scan the user asked for). */
  anyPage?: boolean;
  /**
   * Look only in these elements (each one and what it holds): the toasts and dialogs a
   * MutationObserver batch just added or changed. `root` still gives the project context.
   */
  scopes?: readonly Element[];
}

/** A live region holding more than this is a transcript or a feed, not a toast. */
const LIVE_REGION_MAX_CHARS = 600;
const MESSAGE_MAX_CHARS = 2_000;
const SCOPE_MAX_CHARS = 50_000;

const EXCLUDED_SELECTOR = EXCLUDED.selectors.map((entry) => entry.selector).join(', ');
const EXCLUDED_PREFIXES = EXCLUDED.tagPrefixes.map((entry) => entry.prefix);
/** Inline formatting does not separate words; every other element boundary does. */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'u', 'var']);
/** Never message text: code, styles, and controls (a toast's "Dismiss", a dialog's "Cancel"). */
const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);

const KIND_SELECTORS = Object.fromEntries(
  Object.entries(CONTAINERS).map(([kind, container]) => [kind, container.selectors.map((s) => s.selector).join(', ')]),
) as Record<ContainerKind, string>;
const EXPECTED_SELECTOR = Object.values(CONTAINERS)
  .filter((container) => container.expected)
  .flatMap((container) => container.selectors.map((s) => s.selector))
  .join(', ');
const ALL_CONTAINER_SELECTORS = Object.values(CONTAINERS).flatMap((container) => container.selectors.map((s) => s.selector));

/** Case-, width- and punctuation-insensitive form used for matching. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Scripts written without spaces between words: a wording's edge there is no word boundary. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * A wording as a whole-word matcher on normalized text; `…` matches any words. A Chinese or
 * Japanese edge needs no space (您无权在此项目中创建密钥 inside a longer sentence still matches).
 */
export function compileWording(wording: string): RegExp {
  const parts = wording
    .split(/…|\.\.\./)
    .map(normalizeText)
    .filter(Boolean);
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const before = UNSPACED_SCRIPT.test(first.charAt(0)) ? '' : ' ';
  const after = UNSPACED_SCRIPT.test(last.charAt(last.length - 1)) ? '' : ' ';
  return new RegExp(`${before}${parts.map(escapeRegExp).join(' (?:.*? )?')}${after}`, 'u');
}

const compiled = new WeakMap<TextRule, RegExp[]>();
function ruleMatches(rule: TextRule, normalized: string): boolean {
  let patterns = compiled.get(rule);
  if (!patterns) {
    patterns = rule.wordings.map((w) => compileWording(w.text));
    compiled.set(rule, patterns);
  }
  const padded = ` ${normalized} `;
  return patterns.some((pattern) => pattern.test(padded));
}

/**
 * The first rule whose wording is in this text (pure: pasted text, no page). Pasted text is read
 * as a key-page message: another page's rules (an app's publish failure) need the page to decide.
 */
export function matchTextRule(text: string, rules: readonly TextRule[] = AI_STUDIO_RULES): TextRule | undefined {
  const normalized = normalizeText(text);
  return rules.find((rule) => pagesOf(rule).includes('keys') && ruleMatches(rule, normalized));
}

/**
 * The rules that apply on this URL: the page's own. An explicit scan (`anyPage`) also tries the
 * key-page rules after them, anywhere, but never another page's rules off that page.
 */
export function rulesForPage(rules: readonly TextRule[], url: string, anyPage = false): TextRule[] {
  const kind = aiStudioPageKind(url);
  const own = kind ? rules.filter((rule) => pagesOf(rule).includes(kind)) : [];
  if (!anyPage) return own;
  return [...own, ...rules.filter((rule) => !own.includes(rule) && pagesOf(rule).includes('keys'))];
}

function hasExcludedPrefix(element: Element): boolean {
  const name = element.localName;
  return EXCLUDED_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** Inside an input, an editor, a chat turn or model output: text someone typed or generated. */
export function isExcluded(element: Element): boolean {
  if (element.closest(EXCLUDED_SELECTOR)) return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (hasExcludedPrefix(node)) return true;
  }
  return false;
}

function isSkippedSubtree(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(element.localName) ||
    element.getAttribute('role') === 'button' ||
    hasExcludedPrefix(element) ||
    element.matches(ICON_SELECTOR) ||
    element.matches(EXCLUDED_SELECTOR)
  );
}

function collectText(node: Node, out: string[], budget: { left: number }): void {
  for (let child = node.firstChild; child && budget.left > 0; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      out.push(data);
      budget.left -= data.length;
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (isSkippedSubtree(element)) continue;
      const separate = !INLINE_TAGS.has(element.localName);
      if (separate) out.push(' ');
      collectText(element, out, budget);
      if (separate) out.push(' ');
    }
  }
}

// Leading: any ligature word (messages start with a capital). Trailing: only words no sentence
// ends with ("Failed to generate API key" must keep its "key").
const TRAILING_LIGATURES = ICON_LIGATURES.filter((word) => word.includes('_') || word === 'close' || word === 'cancel');
const LIGATURE_EDGE = new RegExp(
  `^(?:(?:${ICON_LIGATURES.join('|')})\\s+)+|(?:\\s+(?:${TRAILING_LIGATURES.join('|')}))+$`,
  'g',
);

/**
 * An element's visible words as plain text: icons, buttons, scripts and anything typed or
 * generated are left out; spacing follows element boundaries.
 */
export function readText(element: Element, maxChars = MESSAGE_MAX_CHARS): string {
  const out: string[] = [];
  collectText(element, out, { left: maxChars });
  return out
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.:;!?。，：；！？)])/g, '$1')
    .trim()
    .replace(LIGATURE_EDGE, '')
    .trim();
}

function projectIdsIn(element: Element): Set<string> {
  return new Set(readText(element, SCOPE_MAX_CHARS).match(PROJECT_ID_PATTERN) ?? []);
}

function onlyOne(ids: Set<string>): string | undefined {
  return ids.size === 1 ? ids.values().next().value : undefined;
}

/**
 * The project shown on the page: the first scope (creation form, dialogs, overlays, keys table)
 * that shows exactly one. The message's own toast or dialog is read by contextFor.
 */
function projectFromPage(root: ParentNode): string | undefined {
  for (const scope of PROJECT_SCOPES) {
    const ids = new Set<string>();
    root.querySelectorAll(scope.selector).forEach((element) => projectIdsIn(element).forEach((id) => ids.add(id)));
    const id = onlyOne(ids);
    if (id) return id;
  }
  return undefined;
}

/**
 * Project and account for deep links. The project named next to the message wins (it is what
 * failed), then `project=` in the URL, then the one project the page shows; the account comes
 * from `/u/N/` or `authuser=`.
 */
export function contextFor(root: ParentNode, url: string, near?: Element): LinkContext {
  const fromUrl = contextFromUrl(url);
  const host = near?.closest(MESSAGE_HOST_SELECTOR) ?? near;
  const nearby = host ? onlyOne(projectIdsIn(host)) : undefined;
  // Page text is as untrusted as the URL: the one validator decides.
  const project = projectValue(nearby) ?? fromUrl.project ?? projectValue(projectFromPage(root));
  const context: LinkContext = {};
  if (project) context.project = project;
  if (fromUrl.authuser) context.authuser = fromUrl.authuser;
  return context;
}

/** A freshly created key is on screen (details dialog, or a key string in an overlay). */
export function isKeyShown(root: ParentNode): boolean {
  if (KEY_SHOWN.selectors.some((entry) => root.querySelector(entry.selector))) return true;
  for (const scope of root.querySelectorAll('.cdk-overlay-container, mat-dialog-container, [role="dialog"]')) {
    if (KEY_SHOWN.keyPattern.test(scope.textContent ?? '')) return true;
  }
  return false;
}

interface Candidate {
  element: Element;
  kinds: Set<ContainerKind>;
}

function gatherCandidates(root: ParentNode, kinds: Iterable<ContainerKind>, scopes?: readonly Element[]): Candidate[] {
  const byElement = new Map<Element, Candidate>();
  const add = (element: Element, kind: ContainerKind) => {
    const candidate = byElement.get(element) ?? { element, kinds: new Set<ContainerKind>() };
    candidate.kinds.add(kind);
    byElement.set(element, candidate);
  };
  for (const kind of kinds) {
    const selector = KIND_SELECTORS[kind];
    if (!scopes) {
      root.querySelectorAll(selector).forEach((element) => add(element, kind));
      continue;
    }
    for (const scope of scopes) {
      if (scope.matches(selector)) add(scope, kind);
      scope.querySelectorAll(selector).forEach((element) => add(element, kind));
    }
  }
  return [...byElement.values()];
}

/** Narrow a matching container down to the smallest element that still holds the message. */
function innermost(element: Element, rule: TextRule): Element {
  let current = element;
  for (;;) {
    let next: Element | undefined;
    for (const child of current.children) {
      if (!isSkippedSubtree(child) && ruleMatches(rule, normalizeText(readText(child)))) {
        next = child;
        break;
      }
    }
    if (!next) return current;
    current = next;
  }
}

function documentOrder(a: { element: Element }, b: { element: Element }): number {
  if (a.element === b.element) return 0;
  // 4 = DOCUMENT_POSITION_FOLLOWING: b comes after a.
  return a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1;
}

/**
 * Every known failure message on the page, in document order, one per toast or dialog. Text
 * typed by the user or written by a model is never matched.
 */
export function detect(
  root: ParentNode,
  url: string,
  rules: readonly TextRule[] = AI_STUDIO_RULES,
  options: DetectOptions = {},
): Detection[] {
  const active = rulesForPage(rules, url, options.anyPage);
  if (active.length === 0) return [];
  const kinds = new Set(active.flatMap((rule) => rule.in));
  const matched: { element: Element; rule: TextRule }[] = [];

  for (const { element, kinds: candidateKinds } of gatherCandidates(root, kinds, options.scopes)) {
    if (isExcluded(element)) continue;
    const text = readText(element);
    if (!text) continue;
    const onlyLiveRegion = candidateKinds.size === 1 && candidateKinds.has('live-region');
    if (onlyLiveRegion && text.length > LIVE_REGION_MAX_CHARS) continue;
    const normalized = normalizeText(text);
    const rule = active.find((r) => r.in.some((kind) => candidateKinds.has(kind)) && ruleMatches(r, normalized));
    if (rule) matched.push({ element, rule });
  }

  // Nested containers (overlay > snack bar > live region > label) all match: keep the innermost.
  const leaves = matched.filter(
    (outer) => !matched.some((inner) => inner !== outer && inner.rule === outer.rule && outer.element.contains(inner.element)),
  );

  const seenHosts = new Map<Element, Set<TextRule>>();
  const detections: Detection[] = [];
  for (const { element: container, rule } of leaves) {
    const element = innermost(container, rule);
    const host = element.closest(MESSAGE_HOST_SELECTOR) ?? container;
    const rulesOnHost = seenHosts.get(host) ?? new Set<TextRule>();
    if (rulesOnHost.has(rule)) continue;
    rulesOnHost.add(rule);
    seenHosts.set(host, rulesOnHost);
    const detection: Detection = {
      ruleId: rule.id,
      element,
      host,
      message: readText(element),
      context: contextFor(root, url, element),
      expectedStructure: element.closest(EXPECTED_SELECTOR) !== null,
      foundBy: ALL_CONTAINER_SELECTORS.find((selector) => container.matches(selector)) ?? '',
    };
    if (rule.diagnosisId) detection.diagnosisId = rule.diagnosisId;
    detections.push(detection);
  }
  return detections.sort(documentOrder);
}

/**
 * Runs detection once on a detached snack bar built from `doc` (nothing reaches the page), so the
 * first real toast finds every rule's matcher compiled and the detection code warm: the toast →
 * card path then does only the matching itself. Returns what it found (a test checks it matches).
 */
export function warmUpDetection(doc: Document, url: string, rules: readonly TextRule[] = AI_STUDIO_RULES): number {
  const sample = (text: string) => {
    const overlay = doc.createElement('div');
    overlay.className = 'cdk-overlay-container';
    const snackBar = doc.createElement('mat-snack-bar-container');
    snackBar.textContent = text;
    overlay.append(snackBar);
    return overlay;
  };
  const own = rulesForPage(rules, url);
  // No rule matches this text, so every rule's matcher is compiled; the second one takes the
  // matching path (innermost element, message, link context).
  const wording = own[0]?.wordings[0]?.text.replaceAll('…', ' ') ?? '';
  let found = 0;
  for (const text of ['Key Doctor', wording]) {
    const scope = sample(text);
    found += detect(scope, url, rules, { scopes: [scope] }).length;
  }
  return found;
}
