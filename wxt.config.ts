import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OFFICIAL_MATCHES } from './utils/official-domains';

// Chrome MV3 and Firefox builds from one source. Permissions are kept to what the
// features need: storage (IndexedDB lives in the extension origin), sidePanel, and
// host access only for official domains (other sites are enabled at run time).
export default defineConfig({
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: OFFICIAL_MATCHES,
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
