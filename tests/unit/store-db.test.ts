// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, UPGRADES, VERSION, lazyDb, openNoticeLensDb, runUpgrades, type UpgradeStep } from '../../utils/store/db';
import { toErrorInfo } from '../../utils/store/errors';
import { freshIndexedDB } from './store-helpers';

/** Opens a database with the raw IndexedDB API, running `upgrade` on upgradeneeded. */
function rawOpen(name: string, version: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onupgradeneeded = () => upgrade?.(req.result);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

beforeEach(freshIndexedDB);

describe('schema', () => {
  it('creates the schema from nothing: stores, key paths and indexes', async () => {
    const db = await openNoticeLensDb();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(VERSION);
    expect(VERSION).toBe(UPGRADES.length);
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'notices', 'trash', 'versions']);
    const tx = db.transaction(['annotations', 'notices', 'trash', 'versions']);
    const a = tx.objectStore('annotations');
    expect(a.keyPath).toBe('id');
    expect([...a.indexNames].sort()).toEqual(['by-modified', 'by-page', 'by-tag']);
    expect(a.index('by-page').keyPath).toBe('page');
    expect(a.index('by-modified').keyPath).toBe('modified');
    expect(a.index('by-tag').keyPath).toBe('tags');
    expect(a.index('by-tag').multiEntry).toBe(true);
    const n = tx.objectStore('notices');
    expect(n.keyPath).toBe('page');
    expect([...n.indexNames]).toEqual(['by-lastSeen']);
    const t = tx.objectStore('trash');
    expect(t.keyPath).toBe('id');
    expect([...t.indexNames].sort()).toEqual(['by-deletedAt', 'by-page']);
    expect([t.index('by-page').keyPath, t.index('by-deletedAt').keyPath]).toEqual(['page', 'deletedAt']);
    // Versions of notices' bodies (issue 16): one notice's versions are one key range, in time order.
    const v = tx.objectStore('versions');
    expect([v.keyPath, [...v.indexNames]]).toEqual([['page', 'savedAt'], []]);
    db.close();
  });

  it('finds annotations by tag through the multiEntry index', async () => {
    const db = await openNoticeLensDb();
    const base = { page: 'https://x.gov.cn/a', kind: 'highlight' as const, selectors: [], note: '', created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z' };
    await db.put('annotations', { ...base, id: 'a1', tags: ['安全', '财政'] });
    await db.put('annotations', { ...base, id: 'a2', tags: ['财政'] });
    expect((await db.getAllKeysFromIndex('annotations', 'by-tag', '财政')).sort()).toEqual(['a1', 'a2']);
    expect(await db.getAllKeysFromIndex('annotations', 'by-tag', '安全')).toEqual(['a1']);
    db.close();
  });

  it('upgrades a hand-made v1 database to a v2 step, keeping its data and running only the missing step', async () => {
    // Hand-made with the raw API, as an older build of the extension would have left it.
    const old = await rawOpen('upgrade-test', 1, (db) => {
      const s = db.createObjectStore('annotations', { keyPath: 'id' });
      s.createIndex('by-page', 'page');
      s.createIndex('by-modified', 'modified');
      s.createIndex('by-tag', 'tags', { multiEntry: true });
      db.createObjectStore('notices', { keyPath: 'page' }).createIndex('by-lastSeen', 'lastSeen');
    });
    await new Promise<void>((resolve, reject) => {
      const tx = old.transaction('annotations', 'readwrite');
      tx.objectStore('annotations').put({ id: 'kept', page: 'https://x.gov.cn/a', tags: [], modified: '2025-01-01' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    old.close();

    const ran: string[] = [];
    const v1: UpgradeStep = (db, tx) => {
      ran.push('v1');
      UPGRADES[0]!(db, tx);
    };
    const v2: UpgradeStep = (_db, tx) => {
      ran.push('v2');
      tx.objectStore('annotations').createIndex('by-kind' as never, 'kind');
    };
    const db = await openNoticeLensDb({ name: 'upgrade-test', upgrades: [v1, v2] });
    expect(ran).toEqual(['v2']);
    expect(db.version).toBe(2);
    expect((await db.get('annotations', 'kept'))?.page).toBe('https://x.gov.cn/a');
    expect([...db.transaction('annotations').store.indexNames]).toContain('by-kind');
    db.close();
  });

  it('runs every step in order for a database that did not exist (version 0)', async () => {
    const ran: number[] = [];
    const steps: UpgradeStep[] = [(db, tx) => (ran.push(1), UPGRADES[0]!(db, tx)), () => ran.push(2), () => ran.push(3)];
    const db = await openNoticeLensDb({ name: 'fresh', upgrades: steps });
    expect(ran).toEqual([1, 2, 3]);
    expect(db.version).toBe(3);
    db.close();
  });

  it('refuses a version it has no step for', () => {
    expect(() => runUpgrades([], null as never, 0, 1, null as never)).toThrow(/No upgrade step from version 0/);
  });

  it('reports a database written by a newer version as unavailable, and retries on the next call', async () => {
    (await rawOpen(DB_NAME, 5)).close();
    const getDb = lazyDb();
    const e = await getDb().catch((err: unknown) => err);
    expect(toErrorInfo(e)).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/^VersionError: /) });
    freshIndexedDB();
    const db = await getDb();
    expect(db.version).toBe(VERSION);
  });

  it('shares one connection and reopens after the connection is closed for a newer version', async () => {
    const getDb = lazyDb();
    const first = await getDb();
    expect(await getDb()).toBe(first);
    // Another context opens version 2: ours gets `versionchange`, closes and is forgotten.
    (await rawOpen(DB_NAME, VERSION + 1)).close();
    const again = await getDb().catch((err: unknown) => err);
    // Our code only knows v1, so reopening meets the newer version: a clear error, not a hang.
    expect(toErrorInfo(again).code).toBe('unavailable');
  });
});
