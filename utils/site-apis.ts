/** The real browser behind utils/enable-site.ts's SiteApis (kept apart so the logic is testable with fakes). */
import { browser } from 'wxt/browser';
import type { SiteApis } from './enable-site';

export function siteApis(): SiteApis {
  return {
    permissions: browser.permissions,
    scripting: browser.scripting as unknown as SiteApis['scripting'],
    storage: {
      get: (key) => browser.storage.local.get(key) as Promise<Record<string, unknown>>,
      set: (items) => browser.storage.local.set(items),
    },
  };
}
