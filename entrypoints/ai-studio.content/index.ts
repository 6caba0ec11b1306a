import { browser, defineContentScript } from '#imports';
import { abortableIdle } from '@/utils/abortable';
import { RPC_FAILURE_EVENT } from '@/utils/ai-studio-rpc/hook';
import { answerContentMessages, type ScanPageResult } from '@/utils/content-messaging';
import { cardViewLoader } from '@/utils/detection/card-module';
import { contextFor, warmUpDetection } from '@/utils/detection/detect';
import { aiStudioPageKind, isAiStudioKeyPage, NOTHING_FOUND, REQUEST_FAILED } from '@/utils/detection/rules/ai-studio';
import { watchPage, type Finding } from '@/utils/detection/watch';
import { pickLocale } from '@/utils/i18n';
import { createHintOverlay } from './hint-overlay';

/** The latest the card module's idle prefetch waits on a key page (a busy page may never be idle). */
const IDLE_PREFETCH_TIMEOUT_MS = 2_000;

// The startup script: watcher, rules and the request reader's receiving end. The card's view,
// texts and Preact load after a detection (utils/detection/card-module.ts).
export default defineContentScript({
  matches: ['https://aistudio.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    const loadView = cardViewLoader(pickLocale(navigator.language), (path) => browser.runtime.getURL(path as '/ai-studio-card-en.js'));
    const overlay = createHintOverlay(ctx, loadView);
    // The Navigation API fires before location.href changes, so follow the event's URL.
    let currentUrl = location.href;
    const watcher = watchPage({
      document,
      getUrl: () => currentUrl,
      signal: ctx.signal,
      onFinding: (finding) => overlay.show(finding),
      onLikelySoon: () => overlay.prefetch(),
    });
    // Key pages are where cards appear: once the page is idle, compile the detection and load the
    // card module (which lays one card out off screen), so even the first toast's card is drawn in
    // the toast's own frame. Chat pages never pay for it.
    const prefetchOnKeyPage = () => {
      if (!isAiStudioKeyPage(currentUrl)) return;
      abortableIdle(ctx.signal, IDLE_PREFETCH_TIMEOUT_MS, () => {
        warmUpDetection(document, currentUrl);
        overlay.prefetch();
      });
    };
    prefetchOnKeyPage();

    // A failed create-key request, from the MAIN-world reader. Untrusted: the card module (loaded
    // for it) validates it, or it is ignored. On an app page it is the app's publish generating
    // its key: the short card (from the toast) covers that, never the key checklist.
    ctx.addEventListener(document, RPC_FAILURE_EVENT as 'click', (event: Event) => {
      if (aiStudioPageKind(currentUrl) === 'app') return;
      overlay.showRequest((event as CustomEvent<unknown>).detail, (request) =>
        aiStudioPageKind(currentUrl) === 'app' ? undefined : { ruleId: REQUEST_FAILED.id, request, context: contextFor(document, currentUrl) },
      );
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      const kindBefore = aiStudioPageKind(currentUrl);
      currentUrl = newUrl.href;
      // A key card does not belong on an app page, nor an app card on a key page.
      const kind = aiStudioPageKind(currentUrl);
      if (!kind || kind !== kindBefore) overlay.remove();
      else overlay.updateContext(() => contextFor(document, currentUrl));
      watcher.locationChanged();
      prefetchOnKeyPage();
    });

    // "Scan this page" from the popup: show what we find, or the full checklist.
    const scanPage = (): ScanPageResult => {
      const finding: Finding = watcher.scanNow() ?? { ruleId: NOTHING_FOUND.id, context: contextFor(document, currentUrl) };
      overlay.show(finding);
      if (finding.ruleId === NOTHING_FOUND.id) return { found: false };
      const result: ScanPageResult = { found: true, ruleId: finding.ruleId };
      if (finding.diagnosisId) result.diagnosisId = finding.diagnosisId;
      return result;
    };
    // The popup offers a scan only where canScanPage is answered.
    ctx.onInvalidated(answerContentMessages(browser.runtime.onMessage, { scanPage, canScanPage: () => true }));
  },
});
