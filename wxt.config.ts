import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { localeOnly } from './locale-only.vite';
import { inlinePopupCss } from './popup-css.vite';

// The API host is the only origin the background may call. The content scripts' matches (AI Studio,
// Cloud Console) come from their entrypoints and stay out of host_permissions. No activeTab: the
// popup asks the tab's content script whether it can scan instead of reading the tab's URL.
export const API_ORIGIN = 'https://generativelanguage.googleapis.com';

/** Built from assets/icon.svg by `npm run icons`; WXT adds `icons` itself, the toolbar needs its own. */
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

/**
 * Rule provenance (`seen: '…'` in the AI Studio rules table) is for people reading the source and
 * for the tests, not for the page: the build drops it, keeping the AI Studio startup script small.
 */
const dropRuleProvenance = {
  name: 'key-doctor:drop-rule-provenance',
  apply: 'build' as const,
  transform(code: string, id: string) {
    if (!id.endsWith('/utils/detection/rules/ai-studio.ts')) return undefined;
    return { code: code.replace(/\bseen:\s*(['"])(?:\\.|(?!\1)[^\\])*\1,?/g, ''), map: null };
  },
};

/** The Firefox add-on id, final: AMO ties the listing and every update to it. */
export const GECKO_ID = 'key-doctor@keydoctor.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill in the popup's first script: Chrome and Firefox 115+ preload modules natively.
  vite: () => ({ build: { modulePreload: { polyfill: false } }, plugins: [preact(), dropRuleProvenance, localeOnly(fileURLToPath(new URL('.', import.meta.url))), inlinePopupCss()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: [`${API_ORIGIN}/*`],
    ...(manifestVersion === 2 ? { browser_action: { default_icon: ICONS } } : { action: { default_icon: ICONS } }),
    // Firefox builds MV2, where the toolbar button's command has the older name.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+K' } },
    },
    // The lazy modules, imported by the content scripts through their runtime URL after a decision:
    // the AI Studio card (one per language) after a detection; the console's offer card (one per
    // language) on an offer page, the coach (one per language) once a guide runs, with the running
    // guide's texts (one per guide and language), and a console iframe's agent once the top frame asks.
    // Nothing else is web-accessible. Firefox MV2 takes a flat list.
    web_accessible_resources:
      manifestVersion === 2
        ? ['ai-studio-card-*.js', 'cloud-console-offer-*.js', 'cloud-console-coach-*.js', 'cloud-console-guide-*.js', 'cloud-console-frame.js']
        : [
            { resources: ['ai-studio-card-*.js'], matches: ['https://aistudio.google.com/*'] },
            { resources: ['cloud-console-offer-*.js', 'cloud-console-coach-*.js', 'cloud-console-guide-*.js', 'cloud-console-frame.js'], matches: ['https://console.cloud.google.com/*'] },
          ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140 is the first desktop release that reads data_collection_permissions (and an ESR);
          // the other features need less: MAIN-world content scripts 128, storage.session in MV2 115.
          strict_min_version: '140.0',
          // Firefox's consent screen: the key the user tests is sent to Google's API, on request.
          data_collection_permissions: { required: ['authenticationInfo'] },
        },
        // Firefox for Android reads data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // The sources zip is what AMO reviewers rebuild from (docs/store/BUILD-FOR-REVIEWERS.md):
    // everything the build reads, nothing it writes; no tests, dev scripts or screenshots.
    excludeSources: ['tests/**', 'scripts/**', 'vitest.*.ts', 'docs/screenshots/**', 'stats.html', '**/*.log'],
  },
});
