import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { catalogueHostPermissions } from './feeds/permissions';

// See https://wxt.dev/api/config.html
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    permissions: ['alarms', 'storage', 'notifications'],
    host_permissions: catalogueHostPermissions(),
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: '__MSG_extName__' },
  },
});
