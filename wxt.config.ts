import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The API host is the only origin the background may call; the two console origins are for the
// content scripts (declared by their entrypoints, which adds them to host_permissions).
export const API_ORIGIN = 'https://generativelanguage.googleapis.com';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab'],
    host_permissions: [`${API_ORIGIN}/*`],
    action: { default_title: '__MSG_extName__' },
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' } },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'key-doctor@example.org', strict_min_version: '128.0' } },
    }),
  }),
});
