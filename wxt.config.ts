import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { catalogueHostPermissions } from './feeds/permissions';

/**
 * `wxt build --mode e2e` (used by the end-to-end tests only, output in .output/chrome-mv3-e2e)
 * differs from the shipped build in two points: it may fetch from 127.0.0.1, where the tests
 * serve their feeds, and it starts without the built-in catalogue, so no test reaches the internet.
 */
export default defineConfig({
  manifestVersion: 3,
  vite: (env) => ({
    plugins: [preact()],
    define: { __E2E__: JSON.stringify(env.mode === 'e2e') },
  }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    permissions: ['alarms', 'storage', 'notifications'],
    host_permissions: [...catalogueHostPermissions(), ...(mode === 'e2e' ? ['http://127.0.0.1/*'] : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
  }),
});
