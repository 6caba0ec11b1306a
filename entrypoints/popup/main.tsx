import { pickLocale, type Locale } from '@/utils/i18n';
import './style.css';

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
