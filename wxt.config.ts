import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome MV3 and Firefox builds from one source. Permissions are kept to what the
// features need: storage (IndexedDB lives in the extension origin), sidePanel, and
// no host permissions: the content script's matches cover official domains, and
// other sites are enabled at run time through optional permissions.
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'notice-lens@notice-lens.example', strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
