/**
 * The glue between the live page and detect(), bound to an AbortSignal (WXT's ctx.signal).
 *
 * Same frame as the toast: it observes only where Angular puts toasts and dialogs (body's
 * children, the CDK overlay container, the LiveAnnouncer element, and the page header's ms-toast
 * once it exists) and runs detect() on the added
 * or changed toast inside the MutationObserver callback, with no debounce; when MatSnackBar moves
 * its label 150 ms later the same host is read again and a changed text updates the card in place.
 * A whole-document scan runs only as a throttled fallback on key pages (a message somewhere we do
 * not expect) and for "Scan this page". Also raises the language-independent signal: a toast right
 * after a create-key click, with no key shown, is a failed creation even when we cannot read it.
 * Never throws into the page: a failure is logged once and the watcher stops reacting.
 */
import type { RpcFailureSummary } from '@/utils/ai-studio-rpc/parse';
import type { LinkContext } from '@/utils/console-links';
import type { DiagnosisId } from '@/utils/diagnosis/types';
import { contextFor, detect, isExcluded, isKeyShown, readText, type Detection } from '@/utils/detection/detect';
import {
  AI_STUDIO_RULES,
  CONTAINERS,
  CREATE_KEY_CONTROLS,
  CREATION_DIALOG_SELECTOR,
  HEADER_TOAST_HOSTS,
  KEY_SHOWN,
  LIVE_ANNOUNCER_SELECTOR,
  MESSAGE_HOST_SELECTOR,
  TOAST_SELECTOR,
  UNREADABLE_CREATE_FAILURE,
  aiStudioPageKind,
  isAiStudioKeyPage,
  type TextRule,
} from '@/utils/detection/rules/ai-studio';

/** What the overlay needs to know about one failure. */
export interface Finding {
  ruleId: string;
  diagnosisId?: DiagnosisId;
  /** The page's message, plain text; absent when nothing was found. */
  message?: string;
  /** AI Studio's failed create-key request, when the MAIN-world reader saw it (validated). */
  request?: RpcFailureSummary;
  context: LinkContext;
}

export const WATCH_TIMING = {
  /** The whole-document fallback scan runs at most this often (throttled, key pages only). */
  maxWaitMs: 1_000,
  /** A toast this long after a create-key click counts as that click's answer. */
  createWindowMs: 8_000,
  /** Time for the key-details dialog to show up before an unread toast counts as a failure. */
  keyCheckDelayMs: 1_500,
  /** The same message again within this time (20 retries, 20 toasts) is not a new finding. */
  repeatQuietMs: 5_000,
};
export type WatchTiming = typeof WATCH_TIMING;

export interface WatchOptions {
  document: Document;
  getUrl: () => string;
  signal: AbortSignal;
  onFinding: (finding: Finding) => void;
  rules?: readonly TextRule[];
  /** Where "structure changed" warnings go; once per rule id. */
  warn?: (message: string) => void;
  timing?: Partial<WatchTiming>;
  /** A create-key click or a snack bar appeared: a card may be needed soon (prefetch the view). */
  onLikelySoon?: () => void;
}

export interface PageWatcher {
  /** Detect now on any page, ignoring what was already reported (the popup's "Scan this page"). */
  scanNow: () => Finding | undefined;
  /** The single-page app changed its URL (WXT's wxt:locationchange). */
  locationChanged: () => void;
}

const OVERLAY_CONTAINER = '.cdk-overlay-container';
/** Body children whose subtree we watch: toasts and dialogs go in these (console-dom-evidence A1). */
const TOAST_ROOTS = `${OVERLAY_CONTAINER}, ${LIVE_ANNOUNCER_SELECTOR}`;
/** The page header's ms-toast (console-dom-evidence A2): deep in the app, found once it renders. */
const HEADER_TOAST = HEADER_TOAST_HOSTS.map((entry) => entry.selector).join(', ');
/** Every element whose subtree we observe. */
const WATCHED_ROOTS = `${TOAST_ROOTS}, ${HEADER_TOAST}`;
const SNACK_BAR_SELECTOR = 'mat-snack-bar-container, .mat-mdc-snack-bar-container, .ms-toast-snack-bar-container, snack-bar-container, ms-toast .toast';
const CREATE_CONTROL_SELECTOR = CREATE_KEY_CONTROLS.map((entry) => entry.selector).join(', ');
/** Added nodes worth a scan: message containers, and the key dialog that cancels the signal. */
const RELEVANT_SELECTOR = [
  ...Object.values(CONTAINERS).flatMap((container) => container.selectors.map((s) => s.selector)),
  ...KEY_SHOWN.selectors.map((s) => s.selector),
  TOAST_SELECTOR,
].join(', ');

function findingOf(detection: Detection): Finding {
  const finding: Finding = { ruleId: detection.ruleId, message: detection.message, context: detection.context };
  if (detection.diagnosisId) finding.diagnosisId = detection.diagnosisId;
  return finding;
}

export function watchPage(options: WatchOptions): PageWatcher {
  const { document: doc, getUrl, signal, onFinding } = options;
  const rules = options.rules ?? AI_STUDIO_RULES;
  const timing: WatchTiming = { ...WATCH_TIMING, ...options.timing };
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const likelySoon = options.onLikelySoon ?? (() => {});
  const now = () => Date.now();

  const warned = new Set<string>();
  const warnOnce = (id: string, text: string) => {
    if (warned.has(id)) return;
    warned.add(id);
    warn(`[Key Doctor] ${id}: ${text}`);
  };
  /** Run page-facing code; an exception is reported once and never reaches the page. */
  const guard =
    <Args extends unknown[]>(fn: (...args: Args) => void) =>
    (...args: Args): void => {
      if (signal.aborted) return;
      try {
        fn(...args);
      } catch (error) {
        warnOnce('ai-studio/watch', `stopped reacting after an error: ${String(error)}`);
      }
    };

  /** host → message already reported, so a re-parented or re-scanned toast is not news. */
  const reported = new WeakMap<Element, string>();
  let lastReport: { key: string; at: number } | undefined;
  let onKeyPage = isAiStudioKeyPage(getUrl());
  /** A page where some rule applies (key pages, app pages): its toasts are read. */
  let onWatchedPage = aiStudioPageKind(getUrl()) !== undefined;
  let armedUntil = 0;
  const toastsSinceClick = new Set<Element>();
  let fallbackTimer: ReturnType<typeof setTimeout> | undefined;
  let lastFallbackAt = -Infinity;
  let keyCheckTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (finding: Finding, detection?: Detection) => {
    const key = `${finding.ruleId}\n${finding.message ?? ''}`;
    const at = now();
    if (lastReport && lastReport.key === key && at - lastReport.at < timing.repeatQuietMs) {
      lastReport.at = at;
      return;
    }
    lastReport = { key, at };
    if (detection && !detection.expectedStructure) {
      warnOnce(
        detection.ruleId,
        `message found through "${detection.foundBy}", not in a snack bar or dialog: AI Studio's toast structure may have changed (utils/detection/rules/ai-studio.ts)`,
      );
    }
    onFinding(finding);
  };

  const disarm = () => {
    armedUntil = 0;
    toastsSinceClick.clear();
    clearTimeout(keyCheckTimer);
    keyCheckTimer = undefined;
  };

  const checkCreateControl = () => {
    // Said once: after that, two document queries per scan for nothing.
    if (warned.has(UNREADABLE_CREATE_FAILURE.id)) return;
    if (doc.querySelector('ms-api-keys-header') && !doc.querySelector(CREATE_CONTROL_SELECTOR)) {
      warnOnce(UNREADABLE_CREATE_FAILURE.id, 'ms-api-keys-header has no known create-key control; the create-click signal cannot arm');
    }
  };

  const reportUnreadable = guard((toast: Element) => {
    keyCheckTimer = undefined;
    if (isKeyShown(doc)) return disarm();
    disarm();
    const finding: Finding = { ruleId: UNREADABLE_CREATE_FAILURE.id, context: contextFor(doc, getUrl(), toast) };
    const message = readText(toast);
    if (message) finding.message = message;
    report(finding);
  });

  /** What a scan found: report the newest new message, or follow up an unread toast after a click. */
  const handle = (detections: Detection[]) => {
    if (detections.length > 0) {
      disarm();
      const fresh = detections.filter((d) => reported.get(d.host) !== d.message);
      for (const d of detections) reported.set(d.host, d.message);
      const newest = fresh[fresh.length - 1];
      if (newest) report(findingOf(newest), newest);
      return;
    }
    if (toastsSinceClick.size === 0) return;
    if (isKeyShown(doc)) return disarm();
    if (keyCheckTimer !== undefined) return;
    const formOpen = doc.querySelector(CREATION_DIALOG_SELECTOR) !== null;
    const toast = [...toastsSinceClick].find(
      (t) => t.isConnected && !isExcluded(t) && readText(t) !== '' && !(formOpen && t.matches(LIVE_ANNOUNCER_SELECTOR)),
    );
    toastsSinceClick.clear();
    if (toast) keyCheckTimer = setTimeout(() => reportUnreadable(toast), timing.keyCheckDelayMs);
  };

  /** The fast path: only the toasts and dialogs this batch touched. */
  const scanScopes = (scopes: Set<Element>) => {
    const live = [...scopes].filter((scope) => scope.isConnected);
    if (live.length > 0) handle(detect(doc, getUrl(), rules, { scopes: live }));
  };

  /** The fallback: the whole document, for messages outside the places we watch. */
  const scanAll = guard(() => {
    fallbackTimer = undefined;
    lastFallbackAt = now();
    if (!onKeyPage) return;
    followHeader();
    checkCreateControl();
    handle(detect(doc, getUrl(), rules));
  });

  /** Throttled, never postponed by further mutations: at most one full scan per maxWaitMs. */
  const scheduleFallback = () => {
    if (fallbackTimer !== undefined) return;
    fallbackTimer = setTimeout(scanAll, Math.max(0, lastFallbackAt + timing.maxWaitMs - now()));
  };

  const noteToasts = (element: Element) => {
    const around = element.closest(TOAST_SELECTOR);
    if (around) toastsSinceClick.add(around);
    element.querySelectorAll(TOAST_SELECTOR).forEach((toast) => toastsSinceClick.add(toast));
  };

  /** The toast or dialog a changed node belongs to (one host is one message), else the node itself. */
  const scopeOf = (element: Element, root: Element): Element => {
    const host = element.closest(MESSAGE_HOST_SELECTOR);
    if (host && root.contains(host)) return host;
    // Inside the overlay container: the pane (or whatever was added) holds the whole message.
    let top = element;
    while (top.parentElement && top.parentElement !== root) top = top.parentElement;
    return top;
  };

  const toastRootObserver = new MutationObserver(
    guard((records: MutationRecord[]) => {
      if (!onWatchedPage) return;
      const armed = now() <= armedUntil;
      const scopes = new Set<Element>();
      let snackBar = false;
      for (const record of records) {
        const root = (record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement)?.closest(WATCHED_ROOTS);
        if (!root) continue;
        const touched: Element[] = [];
        if (record.type === 'characterData') {
          if (record.target.parentElement) touched.push(record.target.parentElement);
        } else {
          for (const node of record.addedNodes) {
            if (node.nodeType === 1) touched.push(node as Element);
            else if (node.nodeType === 3 && node.parentElement) touched.push(node.parentElement);
          }
        }
        for (const element of touched) {
          scopes.add(element === root ? root : scopeOf(element, root));
          if (!snackBar && (element.matches(SNACK_BAR_SELECTOR) || element.querySelector(SNACK_BAR_SELECTOR))) snackBar = true;
          if (armed) noteToasts(element);
        }
      }
      if (snackBar) likelySoon();
      if (scopes.size > 0) scanScopes(scopes);
    }),
  );
  const watchedRoots = new WeakSet<Element>();
  const watchToastRoot = (root: Element) => {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    toastRootObserver.observe(root, { childList: true, subtree: true, characterData: true });
  };

  /** Body's children only: the overlay container, the announcer, or a toast put straight into body. */
  const bodyObserver = new MutationObserver(
    guard((records: MutationRecord[]) => {
      const scopes = new Set<Element>();
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType !== 1) continue;
          const element = node as Element;
          if (element.localName.startsWith('key-doctor-')) continue; // our card, and its idle warm-up
          if (element.matches(TOAST_ROOTS)) {
            watchToastRoot(element);
            if (element.childElementCount > 0 || element.textContent) scopes.add(element);
          } else if (element.matches(RELEVANT_SELECTOR) || element.querySelector(RELEVANT_SELECTOR)) {
            scopes.add(element);
          }
          element.querySelectorAll(TOAST_ROOTS).forEach(watchToastRoot);
        }
      }
      if (!onWatchedPage || scopes.size === 0) return;
      if ([...scopes].some((scope) => scope.matches(SNACK_BAR_SELECTOR) || scope.querySelector(SNACK_BAR_SELECTOR))) likelySoon();
      if (now() <= armedUntil) scopes.forEach(noteToasts);
      scanScopes(scopes);
    }),
  );

  /**
   * The header's ms-toast sits deep inside the app and renders after it: until it exists, a
   * childList-only observer looks for it at most once per maxWaitMs; once found, only its subtree
   * is observed (toastRootObserver) and the finder stops. Looked for again after a navigation.
   */
  let headerToast: Element | undefined;
  let headerLookupTimer: ReturnType<typeof setTimeout> | undefined;
  let lastHeaderLookupAt = -Infinity;
  let headerFinderOn = false;
  const attachHeaderToast = (): boolean => {
    if (headerToast?.isConnected) return true;
    lastHeaderLookupAt = now();
    const found = doc.querySelector(HEADER_TOAST);
    if (!found) return false;
    headerToast = found;
    watchToastRoot(found);
    if (onWatchedPage && found.childElementCount > 0) scanScopes(new Set([found]));
    return true;
  };
  const stopHeaderFinder = () => {
    headerFinder.disconnect();
    headerFinderOn = false;
    clearTimeout(headerLookupTimer);
    headerLookupTimer = undefined;
  };
  const lookForHeader = guard(() => {
    headerLookupTimer = undefined;
    if (attachHeaderToast()) stopHeaderFinder();
  });
  const headerFinder = new MutationObserver(
    guard(() => {
      if (headerLookupTimer !== undefined) return;
      headerLookupTimer = setTimeout(lookForHeader, Math.max(0, lastHeaderLookupAt + timing.maxWaitMs - now()));
    }),
  );
  function followHeader() {
    if (!onWatchedPage) return stopHeaderFinder();
    if (attachHeaderToast()) return stopHeaderFinder();
    if (!headerFinderOn) {
      headerFinder.observe(doc.documentElement, { childList: true, subtree: true });
      headerFinderOn = true;
    }
  }

  /** Fallback: any change anywhere on a key page, throttled. Off on other pages (chat streaming). */
  const documentObserver = new MutationObserver(
    guard(() => {
      if (onKeyPage) scheduleFallback();
    }),
  );
  let documentObserved = false;
  const followPage = () => {
    if (onKeyPage && !documentObserved) {
      documentObserver.observe(doc.documentElement, { childList: true, subtree: true });
      documentObserved = true;
    } else if (!onKeyPage && documentObserved) {
      documentObserver.disconnect();
      documentObserved = false;
      clearTimeout(fallbackTimer);
      fallbackTimer = undefined;
    }
  };

  const onClick = guard((event: Event) => {
    const target = event.target as Partial<Element> | null;
    if (!onKeyPage || typeof target?.closest !== 'function') return;
    if (target.closest(CREATE_CONTROL_SELECTOR)) {
      disarm();
      armedUntil = now() + timing.createWindowMs;
      likelySoon();
    }
  });

  if (!signal.aborted) {
    bodyObserver.observe(doc.body ?? doc.documentElement, { childList: true });
    doc.querySelectorAll(TOAST_ROOTS).forEach(watchToastRoot);
    followPage();
    followHeader();
    doc.addEventListener('click', onClick, { capture: true, passive: true, signal });
    signal.addEventListener(
      'abort',
      () => {
        bodyObserver.disconnect();
        toastRootObserver.disconnect();
        documentObserver.disconnect();
        stopHeaderFinder();
        clearTimeout(fallbackTimer);
        disarm();
      },
      { once: true },
    );
    if (onKeyPage) scanAll();
    // Other watched pages have no whole-document scan: read what the watched roots already hold.
    else if (onWatchedPage) guard(() => scanScopes(new Set(doc.querySelectorAll(WATCHED_ROOTS))))();
  }

  return {
    scanNow() {
      if (signal.aborted) return undefined;
      try {
        const detections = detect(doc, getUrl(), rules, { anyPage: true });
        for (const d of detections) reported.set(d.host, d.message);
        const newest = detections[detections.length - 1];
        return newest ? findingOf(newest) : undefined;
      } catch (error) {
        warnOnce('ai-studio/scan', `scan failed: ${String(error)}`);
        return undefined;
      }
    },
    locationChanged: guard(() => {
      onKeyPage = isAiStudioKeyPage(getUrl());
      onWatchedPage = aiStudioPageKind(getUrl()) !== undefined;
      disarm();
      followPage();
      followHeader();
      if (onKeyPage) scheduleFallback();
    }),
  };
}
