// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBackup, parseBackup } from '../../utils/export/backup';
import type { Annotation } from '../../utils/model';
import { PAGE_A, PAGE_B, annotation, errorOf, noticeRecord, setup, value } from './store-helpers';
import { translator } from '../../utils/i18n';
import { storeErrorText } from '../../utils/store/error-text';

function stored(overrides: Partial<Annotation> = {}): Annotation {
  return {
    ...annotation(),
    note: '导入的批注',
    created: '2025-01-10T00:00:00.000Z',
    modified: '2025-01-10T00:00:00.000Z',
    ...overrides,
  } as Annotation;
}

type Spy = ReturnType<typeof vi.spyOn>;
const spies: Spy[] = [];
afterEach(() => {
  for (const s of spies.splice(0)) s.mockRestore();
});

/** Makes the `nth` put (1-based) on any object store misbehave; earlier and later puts work. */
function breakPut(nth: number, misbehave: (store: IDBObjectStore, args: unknown[], original: Function) => unknown) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
    calls++;
    if (calls === nth) return misbehave(this, args, original) as IDBRequest<IDBValidKey>;
    return original.apply(this, args as [unknown]);
  });
  spies.push(spy);
  return spy;
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('backup/import-items', () => {
  it('adds new notices and annotations and counts them', async () => {
    const { call } = setup();
    const items = [stored({ page: PAGE_A }), stored({ page: PAGE_B })];
    const r = value(await call({ type: 'backup/import-items', notices: [noticeRecord()], annotations: items }));
    expect(r).toEqual({ notices: { added: 1, updated: 0, unchanged: 0 }, annotations: { added: 2, updated: 0, unchanged: 0 }, trash: { added: 0, updated: 0, unchanged: 0 } });
    expect(value(await call({ type: 'library/annotations', pages: [PAGE_A] }))).toEqual([items[0]]);
    // Imported times are kept, not replaced by now.
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))).toEqual(noticeRecord());
  });

  it('importing the same items twice changes nothing the second time', async () => {
    const { call, published } = setup();
    const req = { type: 'backup/import-items' as const, notices: [noticeRecord()], annotations: [stored(), stored()] };
    await call(req);
    const before = value(await call({ type: 'library/annotations' }));
    const writes = published.length;
    const second = value(await call(req));
    expect(second).toEqual({ notices: { added: 0, updated: 0, unchanged: 1 }, annotations: { added: 0, updated: 0, unchanged: 2 }, trash: { added: 0, updated: 0, unchanged: 0 } });
    expect(value(await call({ type: 'library/annotations' }))).toEqual(before);
    expect(published.slice(writes)).toEqual([[]]);
  });

  it('the newer modified wins, whichever side it is on', async () => {
    const { call } = setup();
    const a = stored({ note: 'v2', modified: '2025-02-01T00:00:00.000Z' });
    const b = stored({ note: 'v1', modified: '2025-01-01T00:00:00.000Z' });
    await call({ type: 'backup/import-items', notices: [], annotations: [a, b] });
    const r = value(
      await call({
        type: 'backup/import-items',
        notices: [],
        annotations: [
          { ...a, note: 'older', modified: '2025-01-15T00:00:00.000Z' },
          // Same instant written with an offset: not newer.
          { ...a, note: 'same time', modified: '2025-02-01T08:00:00.000+08:00' },
          { ...b, note: 'newer', modified: '2025-01-02T00:00:00.000Z' },
        ],
      }),
    );
    expect(r.annotations).toEqual({ added: 0, updated: 1, unchanged: 1 });
    const byId = new Map(value(await call({ type: 'library/annotations' })).map((x) => [x.id, x.note]));
    expect(byId.get(a.id)).toBe('v2');
    expect(byId.get(b.id)).toBe('newer');
  });

  it('merges a notice: earliest firstSeen, latest lastSeen, metadata of the later-seen copy', async () => {
    const { call } = setup();
    await call({ type: 'backup/import-items', notices: [noticeRecord({ title: '旧标题' })], annotations: [] });
    const incoming = noticeRecord({ title: '新标题', firstSeen: '2024-12-01T00:00:00.000Z', lastSeen: '2025-02-01T00:00:00.000Z' });
    const r = value(await call({ type: 'backup/import-items', notices: [incoming], annotations: [] }));
    expect(r.notices).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))).toMatchObject({
      title: '新标题',
      firstSeen: '2024-12-01T00:00:00.000Z',
      lastSeen: '2025-02-01T00:00:00.000Z',
    });
  });

  it("imports a notice from before 发文机关 and 成文日期 were stored, and keeps them when a record has them", async () => {
    const { call } = setup();
    const old = noticeRecord();
    expect(Object.keys(old)).not.toContain('issuer');
    const own = noticeRecord({ page: PAGE_B, issuer: '国务院', written: '2024-12-30' });
    const r = value(await call({ type: 'backup/import-items', notices: [old, own], annotations: [] }));
    expect(r.notices).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))).toEqual(old);
    expect(value(await call({ type: 'notice/get', page: PAGE_B }))).toMatchObject({ issuer: '国务院', written: '2024-12-30' });
  });

  it('is all or nothing: one invalid item and nothing is written', async () => {
    const { call, raw } = setup();
    const existing = value(await call({ type: 'annotation/put', annotation: annotation({ note: 'keep me' }) }));
    const items = [stored(), { ...stored(), id: existing.id, note: 'overwrite', modified: '2025-03-01T12:00:00Z' }, { ...stored(), color: 'red' }];
    const e = errorOf(await raw({ type: 'backup/import-items', notices: [noticeRecord()], annotations: items }));
    expect(e).toMatchObject({ code: 'invalid', path: 'annotations[2].color' });
    expect(value(await call({ type: 'library/annotations' }))).toEqual([existing]);
    expect(value(await call({ type: 'library/list' })).map((x) => x.notice)).toEqual([null]);
  });

  it('collapses duplicate ids and pages within one import', async () => {
    const { call } = setup();
    const a = stored({ note: 'old' });
    const r = value(
      await call({
        type: 'backup/import-items',
        notices: [noticeRecord(), noticeRecord({ page: `${PAGE_A}#dup`, lastSeen: '2025-03-01T00:00:00.000Z' })],
        annotations: [a, { ...a, note: 'new', modified: '2025-02-01T00:00:00.000Z' }],
      }),
    );
    expect(r).toEqual({ notices: { added: 1, updated: 0, unchanged: 0 }, annotations: { added: 1, updated: 0, unchanged: 0 }, trash: { added: 0, updated: 0, unchanged: 0 } });
    expect(value(await call({ type: 'library/annotations' }))[0]!.note).toBe('new');
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))?.lastSeen).toBe('2025-03-01T00:00:00.000Z');
  });
});

// The test clock stands at 2025-03-01T08:00Z (store-helpers.ts): a day of clock skew is allowed.
describe('imported times and ids', () => {
  it('refuses a time more than a day ahead, naming the field, and writes nothing', async () => {
    const { call, raw } = setup();
    const ahead = stored({ modified: '2025-03-02T08:00:01.000Z' });
    const e = errorOf(await raw({ type: 'backup/import-items', notices: [noticeRecord()], annotations: [stored(), ahead] }));
    expect(e).toMatchObject({ code: 'invalid', path: 'annotations[1].modified' });
    expect(storeErrorText(translator('en'), e)).toBe('A time in the future (more than a day after now): 2025-03-02T08:00:01.000Z (annotations[1].modified).');
    const late = noticeRecord({ lastSeen: '2026-01-01T00:00:00.000Z' });
    expect(errorOf(await raw({ type: 'backup/import-items', notices: [late], annotations: [] }))).toMatchObject({ path: 'notices[0].lastSeen' });
    expect(value(await call({ type: 'library/annotations' }))).toEqual([]);
    expect(value(await call({ type: 'library/list' }))).toEqual([]);
  });

  it('accepts a time within a day of clock skew', async () => {
    const { call } = setup();
    const skewed = stored({ created: '2025-03-02T08:00:00.000Z', modified: '2025-03-02T08:00:00.000Z' });
    expect(value(await call({ type: 'backup/import-items', notices: [], annotations: [skewed] })).annotations.added).toBe(1);
    expect(value(await call({ type: 'library/annotations' }))).toEqual([skewed]);
  });

  it('refuses an id that breaks the id rule, naming the field, and writes nothing', async () => {
    const { call, raw } = setup();
    const e = errorOf(await raw({ type: 'backup/import-items', notices: [], annotations: [stored(), stored({ id: 'a b<script>' })] }));
    expect(e).toMatchObject({ code: 'invalid', path: 'annotations[1].id' });
    expect(storeErrorText(translator('en'), e)).toMatch(/^Not a valid id \(letters, .*: a b<script> \(annotations\[1\]\.id\)\.$/);
    expect(value(await call({ type: 'library/annotations' }))).toEqual([]);
  });
});

describe('with the backup file format', () => {
  it('a backup written by utils/export imports into an empty store, and again without changes', async () => {
    const first = setup();
    await first.call({ type: 'notice/save', notice: noticeRecord() });
    const directive = { ordinal: '一是', index: 0, lead: '加强安全生产' };
    await first.call({ type: 'annotation/put', annotation: annotation({ id: 'hl_1', kind: 'directive', directive, status: 'todo' }) });
    await first.call({ type: 'annotation/put', annotation: annotation({ id: '5f0c7d2e-8a4b-4c7e-9a8e-2b1f0e3d4c5b', kind: 'page-note', selectors: [] }) });
    const notices = value(await first.call({ type: 'library/list' })).map((e) => e.notice!);
    const annotations = value(await first.call({ type: 'library/annotations' }));
    const parsed = parseBackup(createBackup(notices, annotations, '2025-03-02T00:00:00.000Z'));
    if (!parsed.ok) throw new Error(`${parsed.error.code} at ${parsed.error.path}`);

    const second = setup();
    const req = { type: 'backup/import-items' as const, notices: parsed.notices, annotations: parsed.annotations };
    expect(value(await second.call(req)).annotations.added).toBe(2);
    expect(value(await second.call({ type: 'library/annotations' }))).toEqual(annotations);
    expect(value(await second.call(req)).annotations).toEqual({ added: 0, updated: 0, unchanged: 2 });
  });
});

describe('failed writes leave nothing behind', () => {
  it('a QuotaExceededError in the middle of an import rolls back the puts before it', async () => {
    const { call } = setup();
    const existing = value(await call({ type: 'annotation/put', annotation: annotation() }));
    breakPut(3, () => {
      throw quota();
    });
    const e = errorOf(await call({ type: 'backup/import-items', notices: [noticeRecord()], annotations: [stored(), stored(), stored()] }));
    expect(e.code).toBe('quota');
    expect(storeErrorText(translator('en'), e)).toMatch(/^Storage is full.*nothing was saved/);
    spies.splice(0).forEach((s) => s.mockRestore());
    expect(value(await call({ type: 'library/annotations' }))).toEqual([existing]);
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))).toBeNull();
    // The store still works afterwards.
    expect(value(await call({ type: 'annotation/put', annotation: annotation() })).page).toBe(PAGE_A);
  });

  it('a quota abort at commit time is reported as quota, not as a bare abort', async () => {
    const { call } = setup();
    breakPut(2, (store, args, original) => {
      const req = original.apply(store, args);
      (store.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return req;
    });
    const e = errorOf(await call({ type: 'backup/import-items', notices: [], annotations: [stored(), stored()] }));
    expect(e.code).toBe('quota');
    spies.splice(0).forEach((s) => s.mockRestore());
    expect(value(await call({ type: 'library/annotations' }))).toEqual([]);
  });

  it('an aborted transaction comes back as a clear error', async () => {
    const { call } = setup();
    breakPut(1, (store, args, original) => {
      const req = original.apply(store, args);
      store.transaction.abort();
      return req;
    });
    const e = errorOf(await call({ type: 'annotation/put', annotation: annotation() }));
    expect(e.code).toBe('aborted');
    expect(storeErrorText(translator('en'), e)).toMatch(/rolled back; nothing was saved/);
    spies.splice(0).forEach((s) => s.mockRestore());
    expect(value(await call({ type: 'library/annotations' }))).toEqual([]);
  });

  it("a put whose notice update fails leaves neither the annotation nor the notice's lastSeen changed", async () => {
    const { call, clock, published } = setup({ rememberOpened: true });
    const saved = value(await call({ type: 'notice/save', notice: noticeRecord() }));
    clock.advance(60_000);
    breakPut(2, () => {
      throw quota(); // the annotation put (1st) succeeded; the notice put (2nd) fails
    });
    const writes = published.length;
    expect(errorOf(await call({ type: 'annotation/put', annotation: annotation() })).code).toBe('quota');
    spies.splice(0).forEach((s) => s.mockRestore());
    expect(value(await call({ type: 'library/annotations' }))).toEqual([]);
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))).toEqual(saved);
    expect(published.length).toBe(writes); // no change notification for a write that did not happen
  });
});
