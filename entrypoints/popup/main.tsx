import { render } from 'preact';
import { precheckView } from '@/utils/api-key/precheck-view';
import { pickLocale } from '@/utils/i18n';
import { backgroundMessaging } from '@/utils/messaging';
import { rememberedApiKey } from '@/utils/storage';
import { App, type PopupServices } from './App';
import './style.css';

// Wiring only: the browser APIs the popup needs, handed to the views as plain functions.
async function main() {
  const locale = pickLocale(browser.i18n.getUILanguage());
  document.documentElement.lang = locale;
  const services: PopupServices = {
    locale,
    rememberedKey: (await rememberedApiKey.getValue().catch(() => null)) ?? undefined,
    precheck: precheckView,
    testKey: (request) => backgroundMessaging.sendMessage('testApiKey', request),
    cancelTest: (testId) => backgroundMessaging.sendMessage('cancelKeyTest', { testId }),
    remember: (key) => (key ? rememberedApiKey.setValue(key) : rememberedApiKey.removeValue()),
    copy: (text) => navigator.clipboard.writeText(text),
  };
  render(<App services={services} />, document.getElementById('app')!);
}

void main();
