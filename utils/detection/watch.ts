/**
 * The glue between the live page and detect(): a MutationObserver that looks only at added nodes
 * (and text changes inside the CDK overlay container), debounced, bound to an AbortSignal
 * (WXT's ctx.signal). Also raises the language-independent signal: a toast right after a
 * create-key click, with no key shown, is a failed creation even when we cannot read it.
 * Never throws into the page: a failure is logged once and the watcher stops reacting.
 */
import type { LinkContext } from '@/utils/console-links';
import type { DiagnosisId } from '@/utils/diagnosis/types';
import { contextFor, detect, isExcluded, isKeyShown, readText, type Detection } from '@/utils/detection/detect';
import {
  AI_STUDIO_RULES,
  CONTAINERS,
  CREATE_KEY_CONTROLS,
  CREATION_DIALOG_SELECTOR,
  KEY_SHOWN,
  LIVE_ANNOUNCER_SELECTOR,
  TOAST_SELECTOR,
  UNREADABLE_CREATE_FAILURE,
  isAiStudioKeyPage,
  type TextRule,
} from '@/utils/detection/rules/ai-studio';

/** What the overlay needs to know about one failure. */
export interface Finding {
  ruleId: string;
  diagnosisId?: DiagnosisId;
  /** The page's message, plain text; absent when nothing was found. */
  message?: string;
  context: LinkContext;
}

export const WATCH_TIMING = {
  /** Quiet time before a batch is scanned; MatSnackBar re-parents its content after 150 ms. */
  debounceMs: 200,
  /** A page that never stops mutating is still scanned this often. */
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
}

export interface PageWatcher {
  /** Detect now on any page, ignoring what was already reported (the popup's "Scan this page"). */
  scanNow: () => Finding | undefined;
  /** The single-page app changed its URL (WXT's wxt:locationchange). */
  locationChanged: () => void;
}

const OVERLAY_CONTAINER = '.cdk-overlay-container';
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
  let armedUntil = 0;
  const toastsSinceClick = new Set<Element>();
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  let keyCheckTimer: ReturnType<typeof setTimeout> | undefined;
  let batchStartedAt = 0;

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

  const scan = guard(() => {
    debounceTimer = undefined;
    if (!onKeyPage) return;
    checkCreateControl();
    const detections = detect(doc, getUrl(), rules);
    if (detections.length > 0) {
      disarm();
      const fresh = detections.filter((d) => reported.get(d.host) !== d.message);
      for (const d of detections) reported.set(d.host, d.message);
      const newest = fresh[fresh.length - 1];
      if (newest) report(findingOf(newest), newest);
      return;
    }
    if (isKeyShown(doc)) return disarm();
    if (keyCheckTimer !== undefined) return;
    const formOpen = doc.querySelector(CREATION_DIALOG_SELECTOR) !== null;
    const toast = [...toastsSinceClick].find(
      (t) => t.isConnected && !isExcluded(t) && readText(t) !== '' && !(formOpen && t.matches(LIVE_ANNOUNCER_SELECTOR)),
    );
    toastsSinceClick.clear();
    if (toast) keyCheckTimer = setTimeout(() => reportUnreadable(toast), timing.keyCheckDelayMs);
  });

  const schedule = () => {
    const at = now();
    if (debounceTimer === undefined) batchStartedAt = at;
    else clearTimeout(debounceTimer);
    const wait = Math.max(0, Math.min(timing.debounceMs, batchStartedAt + timing.maxWaitMs - at));
    debounceTimer = setTimeout(scan, wait);
  };

  const noteToasts = (element: Element) => {
    const around = element.closest(TOAST_SELECTOR);
    if (around) toastsSinceClick.add(around);
    element.querySelectorAll(TOAST_SELECTOR).forEach((toast) => toastsSinceClick.add(toast));
  };

  const overlayTextObserver = new MutationObserver(guard((records: MutationRecord[]) => {
    if (onKeyPage && records.length > 0) schedule();
  }));
  const watchedOverlays = new WeakSet<Element>();
  const watchOverlayText = (container: Element) => {
    if (watchedOverlays.has(container)) return;
    watchedOverlays.add(container);
    overlayTextObserver.observe(container, { characterData: true, subtree: true });
  };

  const onMutations = guard((records: MutationRecord[]) => {
    if (!onKeyPage) return;
    const armed = now() <= armedUntil;
    let relevant = false;
    for (const record of records) {
      for (const node of record.addedNodes) {
        let element: Element | null;
        if (node.nodeType === 1) {
          element = node as Element;
          if (element.matches(OVERLAY_CONTAINER)) watchOverlayText(element);
          if (!relevant) relevant = element.closest(RELEVANT_SELECTOR) !== null || element.querySelector(RELEVANT_SELECTOR) !== null;
        } else if (node.nodeType === 3) {
          element = node.parentElement;
          if (!relevant && element) relevant = element.closest(RELEVANT_SELECTOR) !== null;
        } else {
          continue;
        }
        if (armed && element) noteToasts(element);
      }
    }
    if (relevant) schedule();
  });

  const onClick = guard((event: Event) => {
    const target = event.target as Partial<Element> | null;
    if (!onKeyPage || typeof target?.closest !== 'function') return;
    if (target.closest(CREATE_CONTROL_SELECTOR)) {
      disarm();
      armedUntil = now() + timing.createWindowMs;
    }
  });

  const observer = new MutationObserver(onMutations);
  if (!signal.aborted) {
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    doc.querySelectorAll(OVERLAY_CONTAINER).forEach(watchOverlayText);
    doc.addEventListener('click', onClick, { capture: true, passive: true, signal });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        overlayTextObserver.disconnect();
        clearTimeout(debounceTimer);
        disarm();
      },
      { once: true },
    );
    if (onKeyPage) schedule();
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
      disarm();
      if (onKeyPage) schedule();
      else {
        clearTimeout(debounceTimer);
        debounceTimer = undefined;
      }
    }),
  };
}
