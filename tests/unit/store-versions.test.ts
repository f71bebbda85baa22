// @vitest-environment node
/**
 * Issue 16, versions in the store: stored with the notice's first annotation and on each later visit whose body
 * differs (white space and width aside), the last ten per notice, newest first; the page gets the version its
 * body differs from; a content script only for its own page; versions go with the notice's last data, with a
 * wipe, and into backups and back. Expected values are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { pageStoreApi, type StoreTransport } from '../../utils/store/api';
import { createHandler } from '../../utils/store/handler';
import { createBackup, parseBackup } from '../../utils/export';
import { memoryStore } from './helpers/memory-store';
import { annotation, contentScript, errorOf, notice, PAGE_A, PAGE_B, RUNTIME, setup, value } from './store-helpers';

const V1 = '各街道办事处：\n请各单位于2026年11月30日前将隐患排查情况报送区应急管理局。';
const V1_REFLOWED = '各街道办事处：\n请各单位于 ２０２６ 年11月30日前将隐患排查情况报送区应急管理局。 ';
const V2 = '各街道办事处：\n请各单位于2026年12月10日前将隐患排查情况报送区应急管理局。';

describe('a visit\'s body as a version', () => {
  it('keeps nothing of a notice merely opened (no reading history)', async () => {
    const mem = memoryStore();
    const page = mem.page(PAGE_A);
    await page.saveNotice(notice());
    expect(await page.recordVisit(V1)).toBeNull();
    expect(await mem.extension().listVersions(PAGE_A)).toEqual([]);
  });

  it('stores the body as the first version with the first annotation, and then only a body that differs', async () => {
    const mem = memoryStore();
    const page = mem.page(PAGE_A);
    const side = mem.extension();
    await page.saveNotice(notice());
    await page.recordVisit(V1);
    await page.saveAnnotation(annotation({ note: undefined }));
    const first = await side.listVersions(PAGE_A);
    expect(first.map((v) => v.text)).toEqual([V1]);

    // The next visits: the same body re-flowed and in full-width digits is no new version and no revision.
    const again = mem.page(PAGE_A);
    expect(await again.recordVisit(V1_REFLOWED)).toBeNull();
    expect(await side.listVersions(PAGE_A)).toHaveLength(1);

    // A corrected date: a new version, and the page is given the one it differs from.
    const revised = mem.page(PAGE_A);
    expect(await revised.recordVisit(V2)).toEqual({ page: PAGE_A, savedAt: first[0]!.savedAt, text: V1 });
    expect((await side.listVersions(PAGE_A)).map((v) => v.text)).toEqual([V2, V1]);
    // Reloading the revised page: nothing new since the newest version.
    expect(await mem.page(PAGE_A).recordVisit(V2)).toBeNull();
  });

  it('stores the first version even when the background forgot the visit before the first annotation', async () => {
    const s = setup();
    // Two lives of the worker over one database: its memory of the visit is lost in between.
    let handle = createHandler({ repo: s.repo, runtime: RUNTIME });
    const transport: StoreTransport = {
      send: (async (req: unknown) => structuredClone(await handle(structuredClone(req), contentScript(PAGE_A)))) as unknown as StoreTransport['send'],
      subscribe: () => () => {},
    };
    const page = pageStoreApi(PAGE_A, transport);
    await page.saveNotice(notice());
    expect(await page.recordVisit(V1)).toBeNull();
    handle = createHandler({ repo: s.repo, runtime: RUNTIME });
    await page.saveAnnotation(annotation({ note: undefined }));
    expect((await s.repo.versions.list(PAGE_A)).map((v) => v.text)).toEqual([V1]);
  });

  it('stores the body with the notice when the first annotation is a page note written in the side panel', async () => {
    const mem = memoryStore();
    const page = mem.page(PAGE_A);
    await page.saveNotice(notice());
    await page.recordVisit(V1);
    await mem.extension().saveAnnotation({ id: 'page-note-1', page: PAGE_A, kind: 'page-note', selectors: [], tags: [], note: '周五前上报' });
    expect((await mem.extension().getNotice(PAGE_A))?.title).toBe('关于加强安全生产工作的通知');
    expect((await mem.extension().listVersions(PAGE_A)).map((v) => v.text)).toEqual([V1]);
  });

  it('keeps the newest ten of a notice, newest first, and leaves other notices alone', async () => {
    const s = setup();
    value(await s.call({ type: 'annotation/put', annotation: annotation(), notice: notice() }));
    value(await s.call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }), notice: notice({ page: PAGE_B }) }));
    value(await s.call({ type: 'version/record', page: PAGE_B, text: 'B 的正文' }, contentScript(PAGE_B)));
    const bodies = Array.from({ length: 12 }, (_, i) => `第${i + 1}版：请各单位于11月${i + 1}日前报送。`);
    for (const text of bodies) {
      value(await s.call({ type: 'version/record', page: PAGE_A, text }, contentScript(PAGE_A)));
      s.clock.advance(60_000);
    }
    const kept = value(await s.call({ type: 'versions/list', page: PAGE_A }));
    expect(kept.map((v) => v.text)).toEqual([
      '第12版：请各单位于11月12日前报送。', '第11版：请各单位于11月11日前报送。', '第10版：请各单位于11月10日前报送。',
      '第9版：请各单位于11月9日前报送。', '第8版：请各单位于11月8日前报送。', '第7版：请各单位于11月7日前报送。',
      '第6版：请各单位于11月6日前报送。', '第5版：请各单位于11月5日前报送。', '第4版：请各单位于11月4日前报送。',
      '第3版：请各单位于11月3日前报送。',
    ]);
    expect(kept[0]!.savedAt).toBe('2025-03-01T08:11:00.000Z');
    expect(value(await s.call({ type: 'versions/list', page: PAGE_B })).map((v) => v.text)).toEqual(['B 的正文']);
  });

  it('refuses a content script the versions of another page, and any listing', async () => {
    const s = setup();
    value(await s.call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }), notice: notice({ page: PAGE_B }) }));
    expect(errorOf(await s.call({ type: 'version/record', page: PAGE_B, text: V1 }, contentScript(PAGE_A))).code).toBe('forbidden');
    expect(errorOf(await s.call({ type: 'versions/list', page: PAGE_A }, contentScript(PAGE_A))).code).toBe('forbidden');
    expect(value(await s.call({ type: 'versions/list', page: PAGE_B }))).toEqual([]);
    // Beside the refusals: its own page is recorded.
    value(await s.call({ type: 'version/record', page: PAGE_B, text: V1 }, contentScript(PAGE_B)));
    expect(value(await s.call({ type: 'versions/list', page: PAGE_B })).map((v) => v.text)).toEqual([V1]);
  });

  it('refuses a body over the size limit, naming the field', async () => {
    const s = setup();
    const error = errorOf(await s.call({ type: 'version/record', page: PAGE_A, text: '字'.repeat(2_000_001) }, contentScript(PAGE_A)));
    expect([error.code, error.path]).toEqual(['invalid', 'text']);
  });
});

describe('versions go with the notice\'s data', () => {
  it('stay while an annotation is in the trash (undo), and go when the trash that held the last one is emptied', async () => {
    const s = setup();
    const a = value(await s.call({ type: 'annotation/put', annotation: annotation(), notice: notice() }));
    value(await s.call({ type: 'version/record', page: PAGE_A, text: V1 }, contentScript(PAGE_A)));
    value(await s.call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }), notice: notice({ page: PAGE_B }) }));
    value(await s.call({ type: 'version/record', page: PAGE_B, text: V2 }, contentScript(PAGE_B)));
    value(await s.call({ type: 'annotation/delete', id: a.id }));
    expect(await s.repo.versions.list(PAGE_A)).toHaveLength(1);
    value(await s.call({ type: 'trash/empty' }));
    expect(await s.repo.versions.list(PAGE_A)).toEqual([]);
    // The other notice still has its annotation: its version stays.
    expect((await s.repo.versions.list(PAGE_B)).map((v) => v.text)).toEqual([V2]);
  });

  it('go when the trash holding the notice\'s last annotation is purged after 30 days', async () => {
    const s = setup();
    const a = value(await s.call({ type: 'annotation/put', annotation: annotation(), notice: notice() }));
    value(await s.call({ type: 'version/record', page: PAGE_A, text: V1 }, contentScript(PAGE_A)));
    value(await s.call({ type: 'annotation/delete', id: a.id }));
    s.clock.advance(29 * 24 * 3600_000);
    value(await s.call({ type: 'trash/list' }));
    expect(await s.repo.versions.list(PAGE_A)).toHaveLength(1);
    s.clock.advance(2 * 24 * 3600_000);
    expect(value(await s.call({ type: 'trash/list' }))).toEqual([]);
    expect(await s.repo.versions.list(PAGE_A)).toEqual([]);
  });

  it('all go with a wipe', async () => {
    const s = setup();
    value(await s.call({ type: 'annotation/put', annotation: annotation(), notice: notice() }));
    value(await s.call({ type: 'version/record', page: PAGE_A, text: V1 }, contentScript(PAGE_A)));
    value(await s.call({ type: 'version/record', page: PAGE_A, text: V2 }, contentScript(PAGE_A)));
    expect(value(await s.call({ type: 'store/wipe' }))).toMatchObject({ annotations: 1, notices: 1, versions: 2 });
    expect(await s.repo.versions.list()).toEqual([]);
  });
});

describe('versions in backups', () => {
  it('go into the backup file as text and come back from it into an empty store, exactly', async () => {
    const from = memoryStore();
    const page = from.page(PAGE_A);
    await page.saveNotice(notice());
    await page.recordVisit(V1);
    await page.saveAnnotation(annotation({ note: undefined }));
    await from.page(PAGE_A).recordVisit(V2);
    const side = from.extension();
    const versions = await side.listVersions();
    expect(versions.map((v) => v.text)).toEqual([V2, V1]);
    const file = createBackup([], await side.libraryAnnotations(), '2026-11-21T00:00:00.000Z', [], versions);
    expect(file).toContain('"versions": [');
    expect(file).toContain('2026年12月10日前');

    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.versions).toEqual(versions);
    const to = memoryStore().extension();
    const result = await to.restore(parsed.notices, parsed.annotations, parsed.trash, parsed.versions);
    expect(result.versions).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await to.listVersions(PAGE_A)).toEqual(versions);
    // The same file again: nothing new.
    expect((await to.restore(parsed.notices, parsed.annotations, parsed.trash, parsed.versions)).versions).toEqual({ added: 0, updated: 0, unchanged: 2 });
  });

  it('refuse a backup whose version is too long or dated in the future, naming the version', () => {
    const base = (v: object) => createBackup([], [], '2026-11-21T00:00:00.000Z', [], [v as never]);
    const long = parseBackup(base({ page: PAGE_A, savedAt: '2026-11-20T00:00:00.000Z', text: '字字字字字' }), { maxVersionChars: 4 });
    expect(long.ok ? null : [long.error.code, long.error.path]).toEqual(['too-long', 'versions[0].text']);
    const future = parseBackup(base({ page: PAGE_A, savedAt: '2099-01-01T00:00:00.000Z', text: V1 }), {}, Date.parse('2026-11-21T00:00:00.000Z'));
    expect(future.ok ? null : [future.error.code, future.error.path]).toEqual(['future-date', 'versions[0].savedAt']);
    // Beside the refusals: the same version, short and dated in the past, is read.
    const fine = parseBackup(base({ page: PAGE_A, savedAt: '2026-11-20T00:00:00.000Z', text: V1 }), {}, Date.parse('2026-11-21T00:00:00.000Z'));
    expect(fine.ok && fine.versions).toEqual([{ page: PAGE_A, savedAt: '2026-11-20T00:00:00.000Z', text: V1 }]);
  });

  it('a backup without versions (made before issue 16) reads as none', () => {
    const parsed = parseBackup(createBackup([], [], '2026-11-21T00:00:00.000Z'));
    expect(parsed.ok && parsed.versions).toEqual([]);
  });
});

