import { browser } from '@wxt-dev/browser';
import { pickLocale, type Locale } from '@/utils/i18n';
// Inline in the built popup.html (popup-css.vite.ts): the first paint waits for no request.
import './style.css';

// The plain extension namespace, not the polyfill (`#imports`' browser): the two calls below are
// synchronous, and the polyfill (2.8 KB gzip) then loads with the app instead of before the first paint.

/**
 * The popup's start: popup.html has already painted its title; this picks the language and loads
 * the app built for that language only (locale-only.vite.ts), so the other two languages' words
 * never load. Vite needs literal specifiers to split, hence one line per locale.
 */
const APP_FOR: Record<Locale, () => Promise<typeof import('./boot')>> = {
  en: () => import('./boot?only=en'),
  'zh-CN': () => import('./boot?only=zh-CN'),
  ja: () => import('./boot?only=ja'),
};

const locale = pickLocale(browser.i18n.getUILanguage());
document.documentElement.lang = locale;
document.title = browser.i18n.getMessage('extName') || 'Key Doctor';
void APP_FOR[locale]().then((app) => app.start(locale));
