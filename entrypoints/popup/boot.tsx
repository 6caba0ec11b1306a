import { render } from 'preact';
import { precheckViewWith } from '@/utils/api-key/precheck-view';
import type { Locale } from '@/utils/i18n';
import { AI_STUDIO_ORIGIN, CONSOLE_ORIGIN } from '@/utils/origins';
import { contentMessaging } from '@/utils/content-messaging';
import { backgroundMessaging } from '@/utils/messaging';
import { lastKeyTest, rememberedApiKey } from '@/utils/storage';
import { App, loadVerdict, type PopupServices } from './App';

/**
 * The tab under the popup, when its AI Studio content script answers. Without the tabs or activeTab
 * permission the tab's URL is hidden from us, so asking the content script is the test.
 */
async function scannableTabId(activeTab: Browser.tabs.Tab | undefined): Promise<number | undefined> {
  const tabId = activeTab?.id;
  if (tabId === undefined || (activeTab?.url && !activeTab.url.startsWith(`${AI_STUDIO_ORIGIN}/`))) return undefined;
  const answered = contentMessaging.sendMessage('canScanPage', undefined, tabId).catch(() => false);
  const tooSlow = new Promise<false>((resolve) => setTimeout(resolve, 400, false));
  return (await Promise.race([answered, tooSlow])) ? tabId : undefined;
}

// Wiring only: the browser APIs the popup needs, handed to the views as plain functions.
// main.tsx imports this module built for one locale (`?only=<locale>`, see locale-only.vite.ts).
export async function start(locale: Locale) {
  // The tab under the popup is not on the first screen (the Guides tab's project, the scan offer):
  // asked now, awaited after the first render.
  const activeTabQuery = browser.tabs.query({ active: true, currentWindow: true }).then(
    ([tab]) => tab,
    () => undefined,
  );
  const [rememberedKey, lastTest] = await Promise.all([rememberedApiKey.getValue().catch(() => null), lastKeyTest.getValue().catch(() => null)]);
  const services: PopupServices = {
    locale,
    rememberedKey: rememberedKey ?? undefined,
    lastTest: lastTest ?? undefined,
    saveLastTest: (record) => (record ? lastKeyTest.setValue(record) : lastKeyTest.removeValue()),
    // The checks decide at once; the findings' words follow right after the first render.
    precheck: (raw) => precheckViewWith(raw),
    loadPrecheckWords: async () => (await import('@/utils/api-key/precheck-words')).precheckView,
    testKey: (request) => backgroundMessaging.sendMessage('testApiKey', request),
    cancelTest: (testId) => backgroundMessaging.sendMessage('cancelKeyTest', { testId }),
    remember: (key) => (key ? rememberedApiKey.setValue(key) : rememberedApiKey.removeValue()),
    copy: (text) => navigator.clipboard.writeText(text),
    startGuide: async (flowId, project) => (await backgroundMessaging.sendMessage('startGuide', { flowId, context: project ? { project } : undefined })).ok,
  };
  // A kept verdict is the first screen: its card's module comes before the first render, not after.
  if (lastTest) await loadVerdict().catch(() => {});
  const app = document.getElementById('app')!;
  app.textContent = ''; // the static shell popup.html painted
  render(<App services={services} />, app);
  // The verdict card's module is not part of the first screen, but a local or fast answer can come
  // before it would load from the click: it loads once the first screen is up and the page is idle.
  requestIdleCallback(() => void loadVerdict().catch(() => {}), { timeout: 1_000 });
  const activeTab = await activeTabQuery;
  // Chrome shows the URL only with tabs/host access; without it the last verdict's project is used.
  // Rendered again only for a page whose address can name a project (the Guides tab reads it).
  const tabUrl = [CONSOLE_ORIGIN, AI_STUDIO_ORIGIN].some((origin) => activeTab?.url?.startsWith(`${origin}/`)) ? activeTab?.url : undefined;
  if (tabUrl) render(<App services={{ ...services, tabUrl }} />, app);
  // The scan offer waits for the tab's answer (up to 400 ms); the first render does not.
  const aiStudioTabId = await scannableTabId(activeTab);
  // Marks that the question was asked and answered, so "no scan offered" is a fact, not a race.
  app.dataset.scanCheck = aiStudioTabId === undefined ? 'none' : 'offered';
  if (aiStudioTabId !== undefined) {
    const scanPage = () => contentMessaging.sendMessage('scanPage', undefined, aiStudioTabId);
    render(<App services={{ ...services, tabUrl, scanPage }} />, app);
  }
}

