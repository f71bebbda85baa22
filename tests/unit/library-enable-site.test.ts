import { beforeEach, describe, expect, it } from 'vitest';
import { disableSite, enableSite, enabledSites, siteState, syncSites, type SiteApis } from '../../utils/enable-site';

// In-memory stand-ins for permissions, scripting and storage.local.
function fakes(answer = true) {
  const granted = new Set<string>();
  const scripts = new Map<string, { id: string; matches: string[]; js: string[]; persistAcrossSessions?: boolean; runAt?: string }>();
  const store: Record<string, unknown> = {};
  const requests: string[][] = [];
  const api: SiteApis = {
    permissions: {
      request: async ({ origins }) => (requests.push(origins), answer && (origins.forEach((o) => granted.add(o)), true)),
      remove: async ({ origins }) => (origins.forEach((o) => granted.delete(o)), true),
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
      getRegisteredContentScripts: async (f) => [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id)),
    },
    storage: {
      get: async (k) => (k in store ? { [k]: structuredClone(store[k]) } : {}),
      set: async (items) => void Object.assign(store, structuredClone(items)),
    },
  };
  return { api, granted, scripts, store, requests };
}

const URL_ = 'https://news.example.com/2024/notice.html?id=3';

describe('enabling Notice Lens on a site', () => {
  let f: ReturnType<typeof fakes>;
  beforeEach(() => {
    f = fakes();
  });

  it('asks for the site, registers the same content script, remembers it', async () => {
    expect(await siteState(f.api, URL_)).toBe('disabled');
    expect(await enableSite(f.api, URL_)).toBe(true);
    expect(f.requests).toEqual([['*://news.example.com/*']]);
    expect([...f.scripts.values()]).toEqual([
      // Every frame of the site, like the official sites' script (framed bodies).
      { id: 'notice-lens-site:news.example.com', matches: ['*://news.example.com/*'], js: ['government-judge.js', 'content-scripts/content.js'], runAt: 'document_end', allFrames: true, persistAcrossSessions: true },
    ]);
    expect(await enabledSites(f.api)).toEqual(['news.example.com']);
    expect(await siteState(f.api, 'http://news.example.com/other')).toBe('enabled');
  });

  it('does nothing when the reader declines the permission', async () => {
    f = fakes(false);
    expect(await enableSite(f.api, URL_)).toBe(false);
    expect(f.scripts.size).toBe(0);
    expect(await enabledSites(f.api)).toEqual([]);
  });

  it('never asks for official sites or non-web pages', async () => {
    expect(await siteState(f.api, 'https://www.gov.cn/x')).toBe('official');
    expect(await siteState(f.api, 'chrome://extensions')).toBe('unsupported');
    expect(await enableSite(f.api, 'https://www.gov.cn/x')).toBe(false);
    expect(await enableSite(f.api, 'file:///tmp/a.html')).toBe(false);
    expect(f.requests).toEqual([]);
  });

  it('enabling twice registers once', async () => {
    await enableSite(f.api, URL_);
    await enableSite(f.api, URL_);
    expect(f.scripts.size).toBe(1);
    expect(await enabledSites(f.api)).toEqual(['news.example.com']);
  });

  it('disabling removes the script, the permission and the entry', async () => {
    await enableSite(f.api, URL_);
    await enableSite(f.api, 'https://other.example.org/');
    await disableSite(f.api, URL_);
    expect([...f.scripts.keys()]).toEqual(['notice-lens-site:other.example.org']);
    expect([...f.granted]).toEqual(['*://other.example.org/*']);
    expect(await enabledSites(f.api)).toEqual(['other.example.org']);
  });

  it('falls back to a session registration where persistAcrossSessions is refused', async () => {
    const register = f.api.scripting.registerContentScripts;
    f.api.scripting.registerContentScripts = async (list) => {
      if (list.some((s) => 'persistAcrossSessions' in s)) throw new Error('unsupported');
      return register(list);
    };
    expect(await enableSite(f.api, URL_)).toBe(true);
    expect(f.scripts.get('notice-lens-site:news.example.com')?.persistAcrossSessions).toBeUndefined();
  });
});

describe('start-up sync', () => {
  it('re-registers granted sites, drops revoked ones and stray registrations', async () => {
    const f = fakes();
    await enableSite(f.api, 'https://a.example.com/');
    await enableSite(f.api, 'https://b.example.com/');
    f.scripts.clear(); // a browser that did not keep them
    f.granted.delete('*://b.example.com/*'); // revoked in the browser's settings
    f.scripts.set('notice-lens-site:stray.example.com', { id: 'notice-lens-site:stray.example.com', matches: [], js: [] });
    f.scripts.set('someone-else', { id: 'someone-else', matches: [], js: [] });
    expect(await syncSites(f.api)).toEqual(['a.example.com']);
    expect([...f.scripts.keys()].sort()).toEqual(['notice-lens-site:a.example.com', 'someone-else']);
    expect(await enabledSites(f.api)).toEqual(['a.example.com']);
  });

  it('renews a registration an older version made with other files, leaves a current one alone', async () => {
    const f = fakes();
    await enableSite(f.api, 'https://a.example.com/');
    await enableSite(f.api, 'https://b.example.com/');
    await enableSite(f.api, 'https://c.example.com/');
    // Before December 2026 notice-app.js was registered before the content script; such registrations persist.
    const old = { id: 'notice-lens-site:a.example.com', matches: ['*://a.example.com/*'], js: ['notice-app.js', 'content-scripts/content.js'] };
    f.scripts.set(old.id, old);
    // Then the content script alone, which carried the government-site rules itself.
    const older = { id: 'notice-lens-site:c.example.com', matches: ['*://c.example.com/*'], js: ['content-scripts/content.js'] };
    f.scripts.set(older.id, older);
    const current = f.scripts.get('notice-lens-site:b.example.com');
    expect(await syncSites(f.api)).toEqual(['a.example.com', 'b.example.com', 'c.example.com']);
    expect(f.scripts.get(old.id)?.js).toEqual(['government-judge.js', 'content-scripts/content.js']);
    expect(f.scripts.get(older.id)?.js).toEqual(['government-judge.js', 'content-scripts/content.js']);
    expect(f.scripts.get('notice-lens-site:b.example.com')).toBe(current);
  });

  it('renews a registration made to start at document_idle (before December 4, 2026), leaves a current one alone', async () => {
    const f = fakes();
    await enableSite(f.api, 'https://a.example.com/');
    await enableSite(f.api, 'https://b.example.com/');
    const idle = { ...f.scripts.get('notice-lens-site:a.example.com')!, runAt: 'document_idle' };
    f.scripts.set(idle.id, idle);
    const current = f.scripts.get('notice-lens-site:b.example.com');
    expect(await syncSites(f.api)).toEqual(['a.example.com', 'b.example.com']);
    expect(f.scripts.get(idle.id)?.runAt).toBe('document_end');
    expect(f.scripts.get(idle.id)?.js).toEqual(['government-judge.js', 'content-scripts/content.js']);
    expect(f.scripts.get('notice-lens-site:b.example.com')).toBe(current);
  });
});
