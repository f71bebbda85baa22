import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OFFICIAL_MATCHES } from './utils/official-domains';

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
    // The note editor is framed into notice pages; it holds no data in its address but an id.
    web_accessible_resources: [{ resources: ['note-frame.html'], matches: OFFICIAL_MATCHES }],
    commands: {
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdHighlight__' },
      'note-selection': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNote__' },
    },
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
