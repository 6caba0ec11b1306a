import { render } from 'preact';
import { precheckView } from '@/utils/api-key/precheck-view';
import { pickLocale } from '@/utils/i18n';
import { AI_STUDIO_ORIGIN } from '@/utils/console-links';
import { contentMessaging } from '@/utils/content-messaging';
import { backgroundMessaging } from '@/utils/messaging';
import { rememberedApiKey } from '@/utils/storage';
import { App, type PopupServices } from './App';
import './style.css';

/**
 * The tab under the popup, when its AI Studio content script answers. Without the tabs or activeTab
 * permission the tab's URL is hidden from us, so asking the content script is the test.
 */
async function scannableTabId(): Promise<number | undefined> {
  const [activeTab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const tabId = activeTab?.id;
  if (tabId === undefined || (activeTab?.url && !activeTab.url.startsWith(`${AI_STUDIO_ORIGIN}/`))) return undefined;
  const answered = contentMessaging.sendMessage('canScanPage', undefined, tabId).catch(() => false);
  const tooSlow = new Promise<false>((resolve) => setTimeout(resolve, 400, false));
  return (await Promise.race([answered, tooSlow])) ? tabId : undefined;
}

// Wiring only: the browser APIs the popup needs, handed to the views as plain functions.
async function main() {
  const locale = pickLocale(browser.i18n.getUILanguage());
  document.documentElement.lang = locale;
  document.title = browser.i18n.getMessage('extName') || 'Key Doctor';
  // Both reads gate the first render: run them side by side, not one after the other.
  const [aiStudioTabId, rememberedKey] = await Promise.all([scannableTabId(), rememberedApiKey.getValue().catch(() => null)]);
  const services: PopupServices = {
    locale,
    rememberedKey: rememberedKey ?? undefined,
    precheck: precheckView,
    testKey: (request) => backgroundMessaging.sendMessage('testApiKey', request),
    cancelTest: (testId) => backgroundMessaging.sendMessage('cancelKeyTest', { testId }),
    remember: (key) => (key ? rememberedApiKey.setValue(key) : rememberedApiKey.removeValue()),
    copy: (text) => navigator.clipboard.writeText(text),
    startGuide: async (flowId, project) => (await backgroundMessaging.sendMessage('startGuide', { flowId, context: project ? { project } : undefined })).ok,
    scanPage: aiStudioTabId === undefined ? undefined : () => contentMessaging.sendMessage('scanPage', undefined, aiStudioTabId),
  };
  render(<App services={services} />, document.getElementById('app')!);
}

void main();
