// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PAGE_A, PAGE_B, annotation, errorOf, notice, setup, value } from './store-helpers';

// With the reader's option "remember the notices I open" on (off by default: store-history.test.ts).
describe('notice/save and notice/get, remembering opened notices', () => {
  it('creates a notice with firstSeen = lastSeen = now', async () => {
    const { call } = setup({ rememberOpened: true });
    const saved = value(await call({ type: 'notice/save', notice: notice() }));
    expect(saved).toMatchObject({ page: PAGE_A, title: '关于加强安全生产工作的通知' });
    expect(saved?.firstSeen).toBe('2025-03-01T08:00:00.000Z');
    expect(saved?.lastSeen).toBe(saved?.firstSeen);
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))).toEqual(saved);
  });

  it('an upsert keeps firstSeen, moves lastSeen and replaces the metadata', async () => {
    const { call, clock } = setup({ rememberOpened: true });
    await call({ type: 'notice/save', notice: notice() });
    clock.advance(86_400_000);
    const again = value(await call({ type: 'notice/save', notice: notice({ title: '新标题' }) }));
    expect(again?.firstSeen).toBe('2025-03-01T08:00:00.000Z');
    expect(again?.lastSeen).toBe('2025-03-02T08:00:00.000Z');
    expect(again?.title).toBe('新标题');
  });

  it('stores the page under its normalized URL', async () => {
    const { call } = setup({ rememberOpened: true });
    const saved = value(await call({ type: 'notice/save', notice: notice({ page: `${PAGE_A}?utm_source=wx#top` }) }));
    expect(saved?.page).toBe(PAGE_A);
    expect(value(await call({ type: 'notice/get', page: `${PAGE_A}?from=timeline` }))?.page).toBe(PAGE_A);
  });

  it("keeps the notice's own 发文机关 and 成文日期, and refuses an over-long 发文机关", async () => {
    const { call, raw } = setup({ rememberOpened: true });
    const saved = value(await call({ type: 'notice/save', notice: notice({ issuer: '国务院', written: '2024-12-30' }) }));
    expect(saved).toMatchObject({ issuer: '国务院', written: '2024-12-30', source: '国务院办公厅', published: '2025-01-02' });
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))).toMatchObject({ issuer: '国务院', written: '2024-12-30' });
    const e = errorOf(await raw({ type: 'notice/save', notice: notice({ issuer: '机'.repeat(1001) }) }));
    expect(e).toMatchObject({ code: 'invalid', path: 'notice.issuer' });
    expect(e.problem).toEqual({ message: 'bkTooLong', params: { length: 1001, max: 1000 } });
  });

  it('returns null for an unknown notice', async () => {
    const { call } = setup();
    expect(value(await call({ type: 'notice/get', page: PAGE_B }))).toBeNull();
  });
});

describe('annotation/put', () => {
  it('creates with created = modified = now, and lists it for its page only', async () => {
    const { call } = setup();
    const a = annotation();
    const stored = value(await call({ type: 'annotation/put', annotation: a }));
    expect(stored).toMatchObject({ id: a.id, page: PAGE_A, note: a.note, created: '2025-03-01T08:00:00.000Z' });
    expect(stored.modified).toBe(stored.created);
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }))).toEqual([stored]);
    expect(value(await call({ type: 'annotations/list', page: PAGE_B }))).toEqual([]);
  });

  it('an update keeps created, sets modified, and ignores times sent by the caller', async () => {
    const { call, clock } = setup();
    const a = annotation();
    await call({ type: 'annotation/put', annotation: a });
    clock.advance(60_000);
    const forged = { ...a, color: 'green' as const, created: '1999-01-01T00:00:00Z', modified: '2999-01-01T00:00:00Z' };
    const updated = value(await call({ type: 'annotation/put', annotation: forged }));
    expect(updated.created).toBe('2025-03-01T08:00:00.000Z');
    expect(updated.modified).toBe('2025-03-01T08:01:00.000Z');
    expect(updated.color).toBe('green');
  });

  it('modified always increases, even when the clock has not moved', async () => {
    const { call } = setup();
    const a = annotation();
    const first = value(await call({ type: 'annotation/put', annotation: a }));
    const second = value(await call({ type: 'annotation/put', annotation: { ...a, status: 'done' } }));
    expect(Date.parse(second.modified)).toBeGreaterThan(Date.parse(first.modified));
  });

  it('an update without a note keeps the stored note; an empty note clears it', async () => {
    const { call } = setup();
    const a = annotation({ note: '要点：落实责任' });
    await call({ type: 'annotation/put', annotation: a });
    const { note: _dropped, ...withoutNote } = a;
    expect(value(await call({ type: 'annotation/put', annotation: withoutNote })).note).toBe('要点：落实责任');
    expect(value(await call({ type: 'annotation/put', annotation: { ...a, note: '' } })).note).toBe('');
  });

  it("moves its notice's lastSeen in the same write", async () => {
    const { call, clock } = setup();
    await call({ type: 'notice/save', notice: notice() });
    clock.advance(3_600_000);
    await call({ type: 'annotation/put', annotation: annotation() });
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))?.lastSeen).toBe('2025-03-01T09:00:00.000Z');
  });

  it('drops fields that are not part of an annotation', async () => {
    const { call } = setup();
    const a = { ...annotation(), evil: '<script>', hasNote: true } as never;
    const stored = value(await call({ type: 'annotation/put', annotation: a }));
    expect(Object.keys(stored)).not.toContain('evil');
    expect(Object.keys(stored)).not.toContain('hasNote');
  });
});

describe('annotation/delete', () => {
  it('moves the annotation to the trash and returns it as trashed; saving it again takes it out', async () => {
    const { call, clock } = setup();
    const stored = value(await call({ type: 'annotation/put', annotation: annotation() }));
    clock.advance(60_000);
    const deleted = value(await call({ type: 'annotation/delete', id: stored.id }));
    expect(deleted).toEqual({ ...stored, deletedAt: '2025-03-01T08:01:00.000Z' });
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }))).toEqual([]);
    const { note: _note, ...withoutNote } = stored;
    const saved = value(await call({ type: 'annotation/put', annotation: withoutNote }));
    expect(saved).toMatchObject({ id: stored.id, note: stored.note, selectors: stored.selectors });
    expect(value(await call({ type: 'trash/list' }))).toEqual([]);
  });

  it('reports an unknown id as not-found', async () => {
    const { call } = setup();
    expect(errorOf(await call({ type: 'annotation/delete', id: 'nope' })).code).toBe('not-found');
  });
});

describe('library', () => {
  it('lists notices most recently seen first, with annotation counts and orphan pages', async () => {
    const { call, clock } = setup({ rememberOpened: true });
    await call({ type: 'notice/save', notice: notice({ page: PAGE_A }) });
    clock.advance(1000);
    await call({ type: 'notice/save', notice: notice({ page: PAGE_B, title: 'B' }) });
    clock.advance(1000);
    await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_A }) });
    await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_A }) });
    await call({ type: 'annotation/put', annotation: annotation({ page: 'https://orphan.gov.cn/x' }) });
    const list = value(await call({ type: 'library/list' }));
    expect(list.map((e) => [e.page, e.count, e.notice?.title ?? null])).toEqual([
      [PAGE_A, 2, '关于加强安全生产工作的通知'], // the puts moved its lastSeen
      [PAGE_B, 0, 'B'],
      ['https://orphan.gov.cn/x', 1, null],
    ]);
  });

  it('returns all annotations newest first, or those of the given pages', async () => {
    const { call, clock } = setup();
    const a1 = value(await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_A }) }));
    clock.advance(1000);
    const b1 = value(await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }) }));
    clock.advance(1000);
    const c1 = value(await call({ type: 'annotation/put', annotation: annotation({ page: 'https://c.gov.cn/' }) }));
    expect(value(await call({ type: 'library/annotations' })).map((a) => a.id)).toEqual([c1.id, b1.id, a1.id]);
    const some = value(await call({ type: 'library/annotations', pages: [PAGE_A, `${PAGE_B}#x`, PAGE_A] }));
    expect(some.map((a) => a.id)).toEqual([b1.id, a1.id]);
    expect(some[0]!.note).toBe(b1.note);
  });
});

describe('store/wipe', () => {
  it('deletes everything and reports how much', async () => {
    const { call } = setup();
    await call({ type: 'notice/save', notice: notice() });
    await call({ type: 'annotation/put', annotation: annotation() });
    await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }) });
    await call({ type: 'annotation/put', annotation: annotation({ id: 'in-trash' }) });
    await call({ type: 'annotation/delete', id: 'in-trash' });
    expect(value(await call({ type: 'store/wipe' }))).toEqual({ annotations: 2, notices: 1, trash: 1, versions: 0 });
    expect(value(await call({ type: 'trash/list' }))).toEqual([]);
    expect(value(await call({ type: 'library/list' }))).toEqual([]);
    expect(value(await call({ type: 'library/annotations' }))).toEqual([]);
  });
});
