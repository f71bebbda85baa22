// @vitest-environment node
/**
 * The trash (issue 11, "notes never lost"): a delete moves the annotation and its note into the
 * store's trash, where it stays restorable for 30 days, across a reload and a worker restart;
 * nothing in the trash is listed, counted or anchored; content scripts see only their own page's
 * trash, without note text; emptying it is an extension page's explicit request.
 */
import { describe, expect, it } from 'vitest';
import { lazyDb } from '../../utils/store/db';
import { createHandler } from '../../utils/store/handler';
import type { Reply, Request, RequestType } from '../../utils/store/messages';
import { Repository } from '../../utils/store/repository';
import { NOTE_FRAME, PAGE_A, PAGE_B, RUNTIME, annotation, contentScript, errorOf, notice, setup, value } from './store-helpers';

const TAB_A = contentScript(PAGE_A);
const TAB_B = contentScript(PAGE_B);
const DAY = 24 * 60 * 60 * 1000;

describe('delete → trash → restore', () => {
  it('a deleted annotation leaves every list and count, and comes back exactly with its note', async () => {
    const { call, clock } = setup();
    const input = annotation({ color: 'pink', status: 'doing', note: '周五前报送。', directive: { ordinal: '二是', index: 1, lead: '压实责任' } });
    const stored = value(await call({ type: 'annotation/put', annotation: input, notice: notice() }));
    const other = value(await call({ type: 'annotation/put', annotation: annotation() }));
    clock.advance(5 * 60_000);
    value(await call({ type: 'annotation/delete', id: stored.id }));

    expect(value(await call({ type: 'annotations/list', page: PAGE_A })).map((a) => a.id)).toEqual([other.id]);
    expect(value(await call({ type: 'library/annotations' })).map((a) => a.id)).toEqual([other.id]);
    expect(value(await call({ type: 'library/list' })).map((e) => e.count)).toEqual([1]);
    expect(value(await call({ type: 'trash/list' }))).toEqual([{ ...stored, deletedAt: '2025-03-01T08:05:00.000Z' }]);

    clock.advance(60_000);
    const back = value(await call({ type: 'trash/restore', id: stored.id }));
    // Everything as it was; only `modified` moves (the restore is the latest change, for merges).
    expect({ ...back, modified: stored.modified }).toEqual(stored);
    expect(back.modified).toBe('2025-03-01T08:06:00.000Z');
    expect(value(await call({ type: 'annotations/list', page: PAGE_A })).map((a) => [a.id, a.note, a.color, a.status])).toEqual([
      [stored.id, '周五前报送。', 'pink', 'doing'],
      [other.id, other.note, 'yellow', undefined],
    ]);
    expect(value(await call({ type: 'trash/list' }))).toEqual([]);
  });

  it('survives a worker restart: a new handler over the same database still restores (undo after reload)', async () => {
    const { call, getDb, clock } = setup();
    const stored = value(await call({ type: 'annotation/put', annotation: annotation({ note: '不能丢的批注' }) }));
    value(await call({ type: 'annotation/delete', id: stored.id }));
    (await getDb()).close();
    // The worker's memory is gone: a new connection, a new handler.
    const reopened = lazyDb();
    const restarted = createHandler({ repo: new Repository(reopened, clock.now), runtime: RUNTIME, clock: clock.ms });
    const asTab = <T extends RequestType>(req: Extract<Request, { type: T }> & { type: T }) => restarted(req, TAB_A) as Promise<Reply<T, 'content'>>;
    const listed = value(await asTab({ type: 'trash/list', page: PAGE_A }));
    expect(listed.map((t) => [t.id, t.hasNote])).toEqual([[stored.id, true]]);
    expect(value(await asTab({ type: 'trash/restore', id: listed[0]!.id }))).toMatchObject({ id: stored.id, hasNote: true });
    expect((await new Repository(reopened).getAnnotation(stored.id))?.note).toBe('不能丢的批注');
  });

  it('deleting what is already in the trash, or restoring what is not, is not-found', async () => {
    const { call } = setup();
    const stored = value(await call({ type: 'annotation/put', annotation: annotation() }));
    value(await call({ type: 'annotation/delete', id: stored.id }));
    expect(errorOf(await call({ type: 'annotation/delete', id: stored.id })).code).toBe('not-found');
    value(await call({ type: 'trash/restore', id: stored.id }));
    expect(errorOf(await call({ type: 'trash/restore', id: stored.id })).code).toBe('not-found');
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }))).toHaveLength(1);
  });

  it("a stale tab's edit of a deleted highlight brings it back with its note, never without", async () => {
    const { call, asContent } = setup();
    const stored = value(await call({ type: 'annotation/put', annotation: annotation({ note: '旧批注' }) }));
    value(await call({ type: 'annotation/delete', id: stored.id }));
    const { note: _n, created: _c, modified: _m, ...recolour } = { ...stored, color: 'green' as const };
    value(await asContent({ type: 'annotation/put', annotation: recolour }, TAB_A));
    expect(value(await call({ type: 'annotations/list', page: PAGE_A })).map((a) => [a.note, a.color])).toEqual([['旧批注', 'green']]);
    expect(value(await call({ type: 'trash/list' }))).toEqual([]);
  });

  it('publishes each move, so other tabs and the side panel refresh', async () => {
    const { call, published } = setup();
    const stored = value(await call({ type: 'annotation/put', annotation: annotation() }));
    published.length = 0;
    await call({ type: 'annotation/delete', id: stored.id });
    await call({ type: 'trash/restore', id: stored.id });
    expect(published).toEqual([[{ page: PAGE_A, ids: [stored.id] }], [{ page: PAGE_A, ids: [stored.id] }]]);
  });
});

describe('30 days', () => {
  it('keeps an entry 30 days and purges it after, when the trash is listed', async () => {
    const { call, clock } = setup();
    const old = value(await call({ type: 'annotation/put', annotation: annotation() }));
    clock.advance(1000);
    value(await call({ type: 'annotation/delete', id: old.id }));
    clock.advance(DAY);
    const recent = value(await call({ type: 'annotation/put', annotation: annotation() }));
    value(await call({ type: 'annotation/delete', id: recent.id }));
    clock.advance(29 * DAY);
    // Exactly 30 days after the first delete: still there, newest deletion first.
    expect(value(await call({ type: 'trash/list' })).map((t) => t.id)).toEqual([recent.id, old.id]);
    clock.advance(1);
    expect(value(await call({ type: 'trash/list' })).map((t) => t.id)).toEqual([recent.id]);
    expect(errorOf(await call({ type: 'trash/restore', id: old.id })).code).toBe('not-found');
  });

  it("purges on the worker's first request (its start-up), whatever the request", async () => {
    const { call, getDb, clock, repo } = setup();
    const a = value(await call({ type: 'annotation/put', annotation: annotation() }));
    value(await call({ type: 'annotation/delete', id: a.id }));
    clock.advance(31 * DAY);
    expect(await (await getDb()).count('trash')).toBe(1);
    const restarted = createHandler({ repo: new Repository(getDb, clock.now), runtime: RUNTIME, clock: clock.ms });
    value(await restarted({ type: 'library/list' }, { id: RUNTIME.id, url: RUNTIME.getURL('library.html') }));
    expect(await (await getDb()).count('trash')).toBe(0);
    expect(await repo.trash.list()).toEqual([]);
  });
});

describe('emptying the trash', () => {
  it('deletes every trashed annotation for good and nothing else, and says how many', async () => {
    const { call } = setup();
    const keep = value(await call({ type: 'annotation/put', annotation: annotation() }));
    for (const page of [PAGE_A, PAGE_B]) {
      const a = value(await call({ type: 'annotation/put', annotation: annotation({ page }) }));
      value(await call({ type: 'annotation/delete', id: a.id }));
    }
    expect(value(await call({ type: 'trash/empty' }))).toBe(2);
    expect(value(await call({ type: 'trash/list' }))).toEqual([]);
    expect(value(await call({ type: 'library/annotations' })).map((a) => a.id)).toEqual([keep.id]);
    expect(value(await call({ type: 'trash/empty' }))).toBe(0);
  });
});

describe('who may see and restore what', () => {
  it("a content script lists its own page's trash without note text, and restores from it", async () => {
    const { call, asContent } = setup();
    const a = value(await call({ type: 'annotation/put', annotation: annotation({ note: '秘密批注' }) }));
    const b = value(await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }) }));
    const deleted = value(await asContent({ type: 'annotation/delete', id: a.id }, TAB_A));
    expect(deleted).not.toHaveProperty('note');
    value(await call({ type: 'annotation/delete', id: b.id }));
    const listed = value(await asContent({ type: 'trash/list', page: PAGE_A }, TAB_A));
    expect(listed.map((t) => [t.id, t.hasNote])).toEqual([[a.id, true]]);
    expect(JSON.stringify(listed)).not.toContain('秘密批注');
    expect(value(await asContent({ type: 'trash/restore', id: a.id }, TAB_A))).not.toHaveProperty('note');
  });

  it("refuses another page's trash to a content script, and keeps the entry there", async () => {
    const { call, asContent } = setup();
    const b = value(await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }) }));
    value(await call({ type: 'annotation/delete', id: b.id }));
    // Positive beside the refusals: B's own tab sees it.
    expect(value(await asContent({ type: 'trash/list', page: PAGE_B }, TAB_B)).map((t) => t.id)).toEqual([b.id]);
    expect(errorOf(await asContent({ type: 'trash/list', page: PAGE_B }, TAB_A)).code).toBe('forbidden');
    expect(errorOf(await asContent({ type: 'trash/list' }, TAB_A)).code).toBe('forbidden');
    expect(errorOf(await asContent({ type: 'trash/restore', id: b.id }, TAB_A)).code).toBe('not-found');
    expect(errorOf(await asContent({ type: 'trash/empty' } as never, TAB_A)).code).toBe('forbidden');
    expect(value(await call({ type: 'trash/list' })).map((t) => t.id)).toEqual([b.id]);
  });

  it('refuses the trash to the note frame', async () => {
    const { call, handle } = setup();
    const a = value(await call({ type: 'annotation/put', annotation: annotation() }));
    value(await call({ type: 'annotation/delete', id: a.id }));
    const frame = { ...NOTE_FRAME, url: `${NOTE_FRAME.url}?id=${a.id}` };
    expect(errorOf(await handle({ type: 'trash/list', page: PAGE_A }, frame)).code).toBe('forbidden');
    expect(errorOf(await handle({ type: 'trash/restore', id: a.id }, frame)).code).toBe('forbidden');
  });
});
