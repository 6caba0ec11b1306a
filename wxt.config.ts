import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The API host is the only origin the background may call. The content scripts' matches (AI Studio,
// Cloud Console) come from their entrypoints and stay out of host_permissions. No activeTab: the
// popup asks the tab's content script whether it can scan instead of reading the tab's URL.
export const API_ORIGIN = 'https://generativelanguage.googleapis.com';

/** Built from assets/icon.svg by `npm run icons`; WXT adds `icons` itself, the toolbar needs its own. */
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'key-doctor@example.org', strict_min_version: '128.0' } },
    }),
  }),
});
