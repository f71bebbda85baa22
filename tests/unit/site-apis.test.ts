// @vitest-environment node
/**
 * utils/site-apis.ts hands utils/enable-site.ts the real browser. WXT's fake browser keeps
 * storage.local in memory; it has no permissions or scripting behaviour, so those two answer
 * what Chromium answers (a granted permission, a registered script).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableSite, enableSite, siteState, syncSites } from '../../utils/enable-site';
import { siteApis } from '../../utils/site-apis';

type Script = { id: string; matches: string[] };

/** A browser in which the reader grants (or declines) the permission and scripts can be registered. */
function browserWith(grant: boolean) {
  const granted = new Set<string>();
  const scripts: Script[] = [];
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async (p: { origins: string[] }) => {
    if (grant) p.origins.forEach((o) => granted.add(o));
    return grant;
  }) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) => p.origins.every((o) => granted.has(o))) as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((async (p: { origins: string[] }) => {
    p.origins.forEach((o) => granted.delete(o));
    return true;
  }) as never);
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.registerContentScripts = vi.fn(async (list: Script[]) => void scripts.push(...list.map(({ id, matches }) => ({ id, matches }))));
  scripting.unregisterContentScripts = vi.fn(async (f: { ids: string[] }) => {
    for (const id of f.ids) scripts.splice(scripts.findIndex((s) => s.id === id) >>> 0, 1);
  });
  scripting.getRegisteredContentScripts = vi.fn(async (f?: { ids?: string[] }) => scripts.filter((s) => !f?.ids || f.ids.includes(s.id)));
  return { granted, scripts };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('siteApis', () => {
  it('passes the browser\'s permissions and scripting through', () => {
    const api = siteApis();
    expect(api.permissions).toBe(fakeBrowser.permissions);
    expect(api.scripting).toBe(fakeBrowser.scripting);
  });

  it('keeps enabled sites in the extension\'s local storage, where the background reads them', async () => {
    const { granted, scripts } = browserWith(true);
    expect(await enableSite(siteApis(), 'https://www.example-county.org/news/1.html')).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ enabledSites: ['www.example-county.org'] });
    expect([...granted]).toEqual(['*://www.example-county.org/*']);
    expect(scripts).toEqual([{ id: 'notice-lens-site:www.example-county.org', matches: ['*://www.example-county.org/*'] }]);
    expect(await siteState(siteApis(), 'http://www.example-county.org/other')).toBe('enabled');
    expect(await siteState(siteApis(), 'https://www.elsewhere.org/')).toBe('disabled');
  });

  it('stores nothing when the reader declines', async () => {
    const { scripts } = browserWith(false);
    expect(await enableSite(siteApis(), 'https://www.example-county.org/')).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(scripts).toEqual([]);
  });

  it('disabling removes the stored site, the permission and the script', async () => {
    const { granted, scripts } = browserWith(true);
    await enableSite(siteApis(), 'https://a.example.org/');
    await enableSite(siteApis(), 'https://b.example.org/');
    await disableSite(siteApis(), 'https://a.example.org/x');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ enabledSites: ['b.example.org'] });
    expect([...granted]).toEqual(['*://b.example.org/*']);
    expect(scripts.map((s) => s.id)).toEqual(['notice-lens-site:b.example.org']);
  });

  it('at start-up drops a stored site whose permission the reader revoked in the browser', async () => {
    const { granted } = browserWith(true);
    await enableSite(siteApis(), 'https://a.example.org/');
    await enableSite(siteApis(), 'https://b.example.org/');
    granted.delete('*://a.example.org/*');
    expect(await syncSites(siteApis())).toEqual(['b.example.org']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ enabledSites: ['b.example.org'] });
  });
});
