import './style.css';
import { defineContentScript } from '#imports';
import { contentMessaging, type ScanPageResult } from '@/utils/content-messaging';
import { contextFor } from '@/utils/detection/detect';
import { isAiStudioKeyPage, NOTHING_FOUND } from '@/utils/detection/rules/ai-studio';
import { watchPage, type Finding } from '@/utils/detection/watch';
import { pickLocale } from '@/utils/i18n';
import { createHintOverlay } from './hint-overlay';

export default defineContentScript({
  matches: ['https://aistudio.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    const overlay = createHintOverlay(ctx, pickLocale(navigator.language));
    // The Navigation API fires before location.href changes, so follow the event's URL.
    let currentUrl = location.href;
    const watcher = watchPage({
      document,
      getUrl: () => currentUrl,
      signal: ctx.signal,
      onFinding: (finding) => overlay.show(finding),
    });

    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      currentUrl = newUrl.href;
      if (!isAiStudioKeyPage(currentUrl)) overlay.remove();
      else overlay.updateContext(() => contextFor(document, currentUrl));
      watcher.locationChanged();
    });

    // "Scan this page" from the popup: show what we find, or the full checklist.
    const stopScanListener = contentMessaging.onMessage('scanPage', (): ScanPageResult => {
      const finding: Finding = watcher.scanNow() ?? { ruleId: NOTHING_FOUND.id, context: contextFor(document, currentUrl) };
      overlay.show(finding);
      if (finding.ruleId === NOTHING_FOUND.id) return { found: false };
      const result: ScanPageResult = { found: true, ruleId: finding.ruleId };
      if (finding.diagnosisId) result.diagnosisId = finding.diagnosisId;
      return result;
    });
    const stopCanScanListener = contentMessaging.onMessage('canScanPage', () => true);
    ctx.onInvalidated(stopScanListener);
    ctx.onInvalidated(stopCanScanListener);
  },
});
