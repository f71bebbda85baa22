import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OFFICIAL_MATCHES } from './utils/official-domains';
import { noHtmlSinks } from './vite-plugin-no-html-sinks';
import { compileHints, missingCompileHints } from './vite-plugin-compile-hints';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// Chrome MV3 and Firefox builds from one source. Permissions are kept to what the
// features need: storage (IndexedDB lives in the extension origin), sidePanel, host
// permissions only for the official domains the content script runs on anyway, and
// other sites enabled one at a time, at run time, through optional permissions.
export default defineConfig({
  manifestVersion: 3,
  // NL_OUT_DIR lets several builds live side by side (parallel work on one machine); tests read the same variable.
  outDir: process.env.NL_OUT_DIR || '.output',
  // No auto-imports of our own modules: every name says where it comes from (WXT's own presets stay active).
  imports: false,
  // NL_UNMINIFIED=1 keeps names readable for profiling (tests/tools/profile-page.ts).
  vite: () => ({ plugins: [noHtmlSinks(), noWxtStorage(), preact(), compileHints()], ...(process.env.NL_UNMINIFIED ? { build: { minify: false } } : {}) }),
  hooks: {
    // Each bundle a notice page runs must begin with V8's compile hint (vite-plugin-compile-hints.ts).
    'build:done': (wxt) => {
      const read = (file: string) => {
        const path = join(wxt.config.outDir, file);
        return existsSync(path) ? readFileSync(path, 'utf8') : null;
      };
      const missing = missingCompileHints(read);
      if (missing.length) throw new Error(`No compile hint at the start of ${missing.join(', ')}: see vite-plugin-compile-hints.ts.`);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // activeTab: the popup sees the current tab's URL after a toolbar click (no "tabs" permission and
    // its browsing-history warning); scripting + optional hosts: enabling one site at a time at the
    // reader's request (utils/enable-site.ts).
    // unlimitedStorage on Chrome only: there it lifts the extension origin's IndexedDB quota with no install
    // warning; Firefox would prompt "Store unlimited amount of client-side data" (docs/decisions.md, Storage pressure).
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel', 'unlimitedStorage'])],
    optional_host_permissions: ['*://*/*'],
    // The content script's own sites, as host permissions too: the side panel and popup then see the
    // tab's URL (the notice's storage key) there. Same install warning as the content script's matches.
    host_permissions: OFFICIAL_MATCHES,
    // The note editor is framed into notice pages; it holds no data in its address but an id.
    // notice-marks.js and notice-app.js are the parts of the content script loaded with import() on notices only;
    // second-opinion.js (Readability) only where detection is unsure.
    // On Chrome the note frame is reachable only at a per-session address (use_dynamic_url), so a page
    // cannot frame it, or tell the extension is installed, from a fixed URL. Firefox's address is per install.
    web_accessible_resources: [
      { resources: ['note-frame.html'], matches: OFFICIAL_MATCHES, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
      // Firefox gets notice-app.js from the background (entrypoints/content/index.ts): not web-accessible there,
      // so pages cannot probe for it.
      ...(browser === 'firefox' ? [] : [{ resources: ['notice-marks.js', 'notice-app.js', 'second-opinion.js'], matches: OFFICIAL_MATCHES }]),
    ],
    commands: {
      'highlight-selection': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdHighlight__' },
      'note-selection': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_cmdNote__' },
      'focus-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_cmdFocusPanel__' },
      // The fourth and last suggested key Chrome allows: further commands must come without one.
      'next-highlight': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_cmdNextHighlight__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
            gecko: { id: 'notice-lens@notice-lens.example', strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

/**
 * Notice Lens keeps its settings through browser.storage directly and never uses WXT's storage API. WXT's
 * auto-import preset took a function parameter named `storage` for it and bundled all of @wxt-dev/storage
 * (about 20 KB) into notice-app.js and the service worker (issue 14): the build now stops there instead.
 */
function noWxtStorage(): Plugin {
  const importers = new Map<string, string>();
  return {
    name: 'notice-lens:no-wxt-storage',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && /(^|\/)(wxt\/utils\/storage|@wxt-dev\/storage)/.test(source)) importers.set(source, importer);
      return null;
    },
    load(id) {
      if (!/[\\/]@wxt-dev[\\/]storage[\\/]/.test(id)) return null;
      const by = [...importers.values()].join(', ') || 'a module';
      throw new Error(`WXT's storage API was bundled (imported by ${by}), most likely an auto-import of an identifier named "storage": rename it.`);
    },
  };
}
