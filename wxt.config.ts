import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { requiredHostPermissions } from './feeds/permissions';
import { GAZETTEER_FILE } from './lib/tag/packaged-file';

/**
 * `wxt build --mode e2e` (used by the end-to-end tests only, output in .output/chrome-mv3-e2e)
 * (run with NODE_ENV=production, as `npm run build:e2e` does, so that Preact is built as shipped)
 * differs from the shipped build in two points: it may fetch from 127.0.0.1, where the tests
 * serve their feeds, and it starts without the built-in catalogue, so no test reaches the internet.
 */
export default defineConfig({
  manifestVersion: 3,
  hooks: {
    // The gazetteer (lib/tag/gazetteer-data.json) ships as a packaged file, not as code: the
    // worker and the pages read it when they first need it (lib/tag/packaged-file.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: fileURLToPath(new URL('./lib/tag/gazetteer-data.json', import.meta.url)), relativeDest: GAZETTEER_FILE });
    },
  },
  vite: (env) => ({
    plugins: [preact()],
    define: { __E2E__: JSON.stringify(env.mode === 'e2e') },
  }),
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // activeTab: "Diese Seite beobachten" in the popup reads the page in the active tab;
    // offscreen (Chrome): the document that reads listing pages for the service worker.
    permissions: ['alarms', 'storage', 'notifications', 'activeTab', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [...requiredHostPermissions(), ...(mode === 'e2e' ? ['http://127.0.0.1/*'] : [])],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // MV2 (Firefox) has no optional_host_permissions: there the options page asks through optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: ['https://*/*', 'http://*/*'] } : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'kommunalradar@kommunalradar.de', data_collection_permissions: { required: ['none'] } } } }
      : {}),
    action: { default_title: '__MSG_extName__' },
  }),
});
