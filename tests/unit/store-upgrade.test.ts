// @vitest-environment node
/**
 * Schema upgrades with real data: for every earlier schema version, a fixture
 * database (tests/fixtures/store/vN.json, records as that version stored them)
 * is loaded into IndexedDB with THAT version's store layout, written out here by
 * hand with the raw API as the old build created it, then opened by the current
 * code. Nothing annotated may be lost.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, NoticeRecord } from '../../utils/model';
import type { TrashedAnnotation } from '../../utils/trash';
import { VERSION, openNoticeLensDb } from '../../utils/store/db';
import { Repository } from '../../utils/store/repository';
import { freshIndexedDB } from './store-helpers';

interface Fixture {
  version: number;
  notices: NoticeRecord[];
  annotations: Annotation[];
  /** From v3 on: the trash. */
  trash?: TrashedAnnotation[];
  expectKept: string[];
}

/** Each earlier version's object stores and indexes, as that version's code created them. */
const LAYOUTS: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => {
    const a = db.createObjectStore('annotations', { keyPath: 'id' });
    a.createIndex('by-page', 'page');
    a.createIndex('by-modified', 'modified');
    a.createIndex('by-tag', 'tags', { multiEntry: true });
    db.createObjectStore('notices', { keyPath: 'page' }).createIndex('by-lastSeen', 'lastSeen');
  },
  // v2 changed records (no reading history), not the layout.
  2: (db) => LAYOUTS[1]!(db),
  // v3 added the trash.
  3: (db) => {
    LAYOUTS[2]!(db);
    const t = db.createObjectStore('trash', { keyPath: 'id' });
    t.createIndex('by-page', 'page');
    t.createIndex('by-deletedAt', 'deletedAt');
  },
};

const fixture = (v: number): Fixture =>
  JSON.parse(readFileSync(new URL(`../fixtures/store/v${v}.json`, import.meta.url), 'utf8')) as Fixture;

/** Writes a fixture into a database at the fixture's version with that version's layout. */
function loadFixture(name: string, f: Fixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, f.version);
    req.onupgradeneeded = () => LAYOUTS[f.version]!(req.result);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const stores = f.version >= 3 ? ['annotations', 'notices', 'trash'] : ['annotations', 'notices'];
      const tx = db.transaction(stores, 'readwrite');
      for (const n of f.notices) tx.objectStore('notices').put(n);
      for (const a of f.annotations) tx.objectStore('annotations').put(a);
      for (const t of f.trash ?? []) tx.objectStore('trash').put(t);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
const EARLIER = Array.from({ length: VERSION - 1 }, (_, i) => i + 1);

beforeEach(freshIndexedDB);

describe('upgrading a real database from every earlier schema version', () => {
  it('has a fixture and a layout for every earlier version', () => {
    expect(EARLIER).toEqual([1, 2, 3]); // VERSION is 4; a v5 adds a v4 fixture and layout here
    for (const v of EARLIER) {
      expect(fixture(v).version).toBe(v);
      expect(LAYOUTS[v]).toBeTypeOf('function');
    }
  });

  for (const v of EARLIER) {
    it(`v${v} → v${VERSION}: every annotation kept as it was, and every annotated notice`, async () => {
      const f = fixture(v);
      expect(f.annotations).toHaveLength(5);
      await loadFixture(`upgrade-v${v}`, f);
      const db = await openNoticeLensDb({ name: `upgrade-v${v}` });
      expect(db.version).toBe(VERSION);
      expect((await db.getAll('annotations')).sort(byId)).toEqual([...f.annotations].sort(byId));
      const kept = await db.getAll('notices');
      expect(kept.map((n) => n.page).sort()).toEqual([...f.expectKept].sort());
      // Kept records are unchanged, field for field.
      for (const n of kept) expect(n).toEqual(f.notices.find((x) => x.page === n.page));
      // The trash holds what it held (nothing before v3): nothing was moved into it or out of it.
      expect(await db.getAll('trash')).toEqual(f.trash ?? []);
      // Versions of notices' bodies (v4) start empty: no body was ever stored before.
      expect(await db.count('versions')).toBe(0);
      db.close();
    });
  }

  it('v2 → v3: an upgraded annotation deleted afterwards goes to the trash and comes back exactly', async () => {
    const f = fixture(2);
    await loadFixture('trash-after-upgrade', f);
    const repo = new Repository(() => openNoticeLensDb({ name: 'trash-after-upgrade' }), () => new Date('2025-04-01T00:00:00.000Z'));
    const original = f.annotations[0]!;
    await repo.deleteAnnotation(original.id);
    expect(await repo.listAnnotations(original.page)).toHaveLength(2);
    expect((await repo.trash.list()).map((t) => [t.id, t.note, t.deletedAt])).toEqual([[original.id, '核对本县库存；周五前上报。', '2025-04-01T00:00:00.000Z']]);
    const back = (await repo.trash.restore(original.id)).value;
    expect({ ...back, modified: original.modified }).toEqual(original);
    expect((await repo.listAnnotations(original.page)).map((a) => a.id)).toContain(original.id);
  });

  it('v1 → v2 removes the reading history: notices nobody annotated', async () => {
    const f = fixture(1);
    await loadFixture('history', f);
    const repo = new Repository(() => openNoticeLensDb({ name: 'history' }));
    const list = await repo.libraryList();
    // The three annotated notices, and the page annotated without a notice record.
    expect(list.map((e) => [e.page, e.count, e.notice?.title ?? null])).toEqual([
      ['http://gxj.xa.gov.cn/zwgk/tzgg/2025/notice-2.html', 2, '西安市工业和信息化局关于做好2025年安全生产工作的通知'],
      ['https://www.gov.cn/zhengce/content/2025-01/02/content_1.htm', 1, '国务院办公厅关于加强安全生产工作的通知'],
      ['https://www.gov.uk/government/news/road-safety-update', 1, 'Road safety update'],
      ['https://www.nhc.gov.cn/wjw/gfxwj/202411/notice-7.shtml', 1, null],
    ]);
    for (const gone of ['http://www.shaanxi.gov.cn/zfxxgk/zcwj/2024/notice-88.html', 'https://www.beijing.gov.cn/zhengce/zhengcefagui/202501/t20250110_1.html'])
      expect(await repo.getNotice(gone)).toBeNull();
  });

  it('a v2 step that fails leaves the v1 database as it was (all or nothing)', async () => {
    const f = fixture(1);
    await loadFixture('fails', f);
    const spy = vi.spyOn(IDBObjectStore.prototype, 'openCursor').mockImplementation(() => {
      throw new DOMException('disk went away', 'UnknownError');
    });
    try {
      await expect(openNoticeLensDb({ name: 'fails' })).rejects.toBeTruthy();
    } finally {
      spy.mockRestore();
    }
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('fails');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(old.version).toBe(1);
    const count = (store: string) =>
      new Promise<number>((resolve) => {
        const req = old.transaction(store).objectStore(store).count();
        req.onsuccess = () => resolve(req.result);
      });
    expect([await count('notices'), await count('annotations')]).toEqual([6, 5]);
    old.close();
    // The next open, with the disk back, upgrades it.
    const db = await openNoticeLensDb({ name: 'fails' });
    expect([db.version, await db.count('notices')]).toEqual([VERSION, 3]);
    db.close();
  });

  it('an empty v1 database upgrades to an empty current one, and a fresh one starts at the current version', async () => {
    await loadFixture('empty', { version: 1, notices: [], annotations: [], expectKept: [] });
    const db = await openNoticeLensDb({ name: 'empty' });
    expect([db.version, await db.count('notices'), await db.count('annotations')]).toEqual([VERSION, 0, 0]);
    db.close();
    const fresh = await openNoticeLensDb({ name: 'fresh' });
    expect(fresh.version).toBe(4);
    fresh.close();
  });

  it('a v1 database with only unannotated notices keeps none of them, and a later annotation stores its notice again', async () => {
    const f = fixture(1);
    await loadFixture('only-visits', { ...f, annotations: [], expectKept: [] });
    const db = await openNoticeLensDb({ name: 'only-visits' });
    expect(await db.count('notices')).toBe(0);
    db.close();
    const repo = new Repository(() => openNoticeLensDb({ name: 'only-visits' }));
    const facts = { ...f.notices[3]! } as Partial<NoticeRecord>;
    delete facts.firstSeen;
    delete facts.lastSeen;
    const annotation = { ...f.annotations[0]!, page: f.notices[3]!.page };
    await repo.putAnnotation(annotation, { notice: facts as NoticeRecord });
    expect((await repo.getNotice(f.notices[3]!.page))?.title).toBe('陕西省人民政府办公厅关于印发防汛工作方案的通知');
  });

  it('v3 → v4: an upgraded notice gets its first version at the next visit, and its trash restores exactly', async () => {
    const f = fixture(3);
    expect(f.trash).toHaveLength(1);
    await loadFixture('versions-after-upgrade', f);
    const repo = new Repository(() => openNoticeLensDb({ name: 'versions-after-upgrade' }), () => new Date('2025-04-01T00:00:00.000Z'));
    const page = f.notices[0]!.page;
    // Stored before versions existed: the first visit after the update stores the body, and is no revision.
    expect((await repo.versions.record(page, '一、抓好春耕备耕')).value).toEqual({ previous: null, kept: true });
    expect((await repo.versions.list(page)).map((v) => [v.text, v.savedAt])).toEqual([['一、抓好春耕备耕', '2025-04-01T00:00:00.000Z']]);
    const { deletedAt: _deletedAt, ...trashed } = f.trash![0]!;
    const back = (await repo.trash.restore(trashed.id)).value;
    expect({ ...back, modified: trashed.modified }).toEqual(trashed);
  });
});

