import { describe, expect, it } from 'vitest';
import { answerLoadApp, serialSync, type AllSitesApis } from '../../utils/all-sites';
import { LOAD_APP } from '../../utils/all-sites-page';

// In-memory stand-ins for permissions, scripting and storage.local.
function fakes() {
  const granted = new Set<string>();
  const scripts = new Map<string, Parameters<AllSitesApis['scripting']['registerContentScripts']>[0][number]>();
  const store: Record<string, unknown> = {};
  let registrations = 0;
  const api: AllSitesApis = {
    permissions: {
      request: async ({ origins }) => (origins.forEach((o) => granted.add(o)), true),
      remove: async ({ origins }) => (origins.forEach((o) => granted.delete(o)), true),
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
    },
    scripting: {
      registerContentScripts: async (list) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
          registrations++;
        }
      },
      unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => scripts.delete(id)),
      getRegisteredContentScripts: async (f) => [...scripts.values()].filter((s) => !f?.ids || f.ids.includes(s.id)),
    },
    storage: { get: async (k) => (k in store ? { [k]: structuredClone(store[k]) } : {}) },
  };
  return { api, granted, scripts, store, registrations: () => registrations };
}

describe('the all-sites content script follows the permission', () => {
  it('registers one script for every site but the official and the enabled ones while the permission is granted', async () => {
    const f = fakes();
    f.store.enabledSites = ['news.example.com'];
    f.granted.add('*://*/*');
    expect(await serialSync(() => f.api)()).toBe(true);
    const list = [...f.scripts.values()];
    expect(list.length).toBe(1);
    const s = list[0]!;
    expect([s.id, s.matches, s.js, s.runAt, s.persistAcrossSessions]).toEqual(['notice-lens-all-sites', ['*://*/*'], ['all-sites-mode.js', 'government-judge.js', 'content-scripts/content.js'], 'document_end', true]);
    expect(s.excludeMatches).toContain('*://*.gov.cn/*');
    expect(s.excludeMatches).toContain('*://*.gov/*');
    expect(s.excludeMatches).toContain('*://news.example.com/*');
  });

  it('registers nothing without the permission, and drops the script when it is revoked', async () => {
    const f = fakes();
    expect(await serialSync(() => f.api)()).toBe(false);
    expect(f.scripts.size).toBe(0);
    f.granted.add('*://*/*');
    await serialSync(() => f.api)();
    expect(f.scripts.size).toBe(1);
    f.granted.delete('*://*/*'); // the browser's site-access menu, or our switch
    expect(await serialSync(() => f.api)()).toBe(false);
    expect(f.scripts.size).toBe(0);
  });

  it('keeps a registration that is already right, and redoes it when the enabled sites change', async () => {
    const f = fakes();
    f.granted.add('*://*/*');
    await serialSync(() => f.api)();
    await serialSync(() => f.api)();
    expect(f.registrations()).toBe(1);
    f.store.enabledSites = ['forum.example.org'];
    await serialSync(() => f.api)();
    expect(f.registrations()).toBe(2);
    expect([...f.scripts.values()][0]!.excludeMatches).toContain('*://forum.example.org/*');
  });

  it('renews a registration an older version made without the government-site rules', async () => {
    const f = fakes();
    f.granted.add('*://*/*');
    await serialSync(() => f.api)();
    const [current] = [...f.scripts.values()];
    f.scripts.set(current!.id, { ...current!, js: ['all-sites-mode.js', 'content-scripts/content.js'] });
    await serialSync(() => f.api)();
    expect(f.registrations()).toBe(2);
    expect([...f.scripts.values()][0]!.js).toEqual(['all-sites-mode.js', 'government-judge.js', 'content-scripts/content.js']);
  });

  it('renews a registration whose files run in another order, and keeps one whose excluded sites are only reordered', async () => {
    const f = fakes();
    f.granted.add('*://*/*');
    f.store.enabledSites = ['forum.example.org', 'city.example.net'];
    await serialSync(() => f.api)();
    const [current] = [...f.scripts.values()];
    // The same sites in another order: the registration is right as it is.
    f.scripts.set(current!.id, { ...current!, excludeMatches: [...current!.excludeMatches!].reverse() });
    await serialSync(() => f.api)();
    expect(f.registrations()).toBe(1);
    // Detection before the government-site rules it needs: renewed, in the order that works.
    f.scripts.set(current!.id, { ...current!, js: ['all-sites-mode.js', 'content-scripts/content.js', 'government-judge.js'] });
    await serialSync(() => f.api)();
    expect(f.registrations()).toBe(2);
    expect([...f.scripts.values()][0]!.js).toEqual(['all-sites-mode.js', 'government-judge.js', 'content-scripts/content.js']);
  });

  it('renews a registration an older version made to start at document_idle', async () => {
    const f = fakes();
    f.granted.add('*://*/*');
    await serialSync(() => f.api)();
    const [current] = [...f.scripts.values()];
    f.scripts.set(current!.id, { ...current!, runAt: 'document_idle' as never });
    await serialSync(() => f.api)();
    expect(f.registrations()).toBe(2);
    expect([...f.scripts.values()][0]!.runAt).toBe('document_end');
  });

  it('runs start-up, install and permission events one at a time (no duplicate registration)', async () => {
    const f = fakes();
    f.granted.add('*://*/*');
    const sync = serialSync(() => f.api);
    expect(await Promise.all([sync(), sync(), sync()])).toEqual([true, true, true]);
    expect(f.registrations()).toBe(1);
  });
});

describe('answerLoadApp: notice-app.js for a content script off the official domains', () => {
  const own = 'ext-id';
  it('injects notice-app.js into the asking frame only', async () => {
    const calls: unknown[] = [];
    const replies: unknown[] = [];
    const handled = answerLoadApp({ type: LOAD_APP }, { id: own, tab: { id: 7 }, frameId: 3 }, own, { executeScript: async (d) => void calls.push(d) }, (r) => replies.push(r));
    expect(handled).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: ['notice-app.js'] }]);
    expect(replies).toEqual([{ ok: true }]);
  });

  it('injects notice-marks.js when asked for it, and never a file outside the bundles made for notices', async () => {
    const files: unknown[] = [];
    const scripting = { executeScript: async (d: { files: string[] }) => void files.push(...d.files) };
    const ask = (file: unknown) => answerLoadApp({ type: LOAD_APP, file }, { id: own, tab: { id: 7 } }, own, scripting, () => {});
    expect(ask('notice-marks.js')).toBe(true);
    expect(ask('background.js')).toBe(true);
    expect(ask('../notice-marks.js')).toBe(true);
    await Promise.resolve();
    expect(files).toEqual(['notice-marks.js', 'notice-app.js', 'notice-app.js']);
  });

  it('ignores other messages and senders that are not our content scripts', () => {
    const never = { executeScript: async () => { throw new Error('must not inject'); } };
    expect(answerLoadApp({ type: 'status' }, { id: own, tab: { id: 7 } }, own, never, () => {})).toBe(false);
    expect(answerLoadApp({ type: LOAD_APP }, { id: 'other-extension', tab: { id: 7 } }, own, never, () => {})).toBe(false);
    expect(answerLoadApp({ type: LOAD_APP }, { id: own }, own, never, () => {})).toBe(false);
  });
});
