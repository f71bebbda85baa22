// @vitest-environment node
/**
 * No reading history by default: a visit (notice/save) stores nothing new unless
 * the reader turned on "remember the notices I open"; the first annotation of a
 * page (highlight, directive status, page note) stores its notice from the
 * facts of the visit, in the same transaction.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandler } from '../../utils/store/handler';
import type { AnnotationInput } from '../../utils/store/messages';
import { PAGE_A, PAGE_B, RUNTIME, SIDE_PANEL, annotation, contentScript, errorOf, notice, setup, value } from './store-helpers';

const TAB_A = contentScript(PAGE_A);
const TITLE = '关于加强安全生产工作的通知';

const spies: ReturnType<typeof vi.spyOn>[] = [];
afterEach(() => {
  for (const s of spies.splice(0)) s.mockRestore();
});

describe('a visit alone', () => {
  it('stores nothing, yet the open notice is still described to the side panel', async () => {
    const { call, asContent, published } = setup();
    expect(value(await asContent({ type: 'notice/save', notice: notice() }, TAB_A))).toBeNull();
    expect(value(await call({ type: 'library/list' }))).toEqual([]);
    expect(published).toEqual([[]]);
    // What the visit said, from the background's memory, not from the database.
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))).toMatchObject({ page: PAGE_A, title: TITLE, firstSeen: '2025-03-01T08:00:00.000Z' });
    expect(value(await call({ type: 'notice/get', page: PAGE_B }))).toBeNull();
  });

  it('keeps an existing record current: new title and lastSeen, same firstSeen', async () => {
    const { call, asContent, clock } = setup();
    await asContent({ type: 'annotation/put', annotation: annotation(), notice: notice() }, TAB_A);
    clock.advance(86_400_000);
    const again = value(await asContent({ type: 'notice/save', notice: notice({ title: '新标题' }) }, TAB_A));
    expect(again).toMatchObject({ title: '新标题', firstSeen: '2025-03-01T08:00:00.000Z', lastSeen: '2025-03-02T08:00:00.000Z' });
    expect(value(await call({ type: 'library/list' })).map((e) => e.notice?.title)).toEqual(['新标题']);
  });

  it('stores the notice when the reader turned on "remember the notices I open", and stops when turned off', async () => {
    const { call, asContent, options } = setup({ rememberOpened: true });
    expect(value(await asContent({ type: 'notice/save', notice: notice() }, TAB_A))?.title).toBe(TITLE);
    options.rememberOpened = false;
    expect(value(await asContent({ type: 'notice/save', notice: notice({ page: PAGE_B }) }, contentScript(PAGE_B)))).toBeNull();
    expect(value(await call({ type: 'library/list' })).map((e) => e.page)).toEqual([PAGE_A]);
  });

  it('an option that cannot be read counts as off', async () => {
    const s = setup();
    const handle = createHandler({ repo: s.repo, runtime: RUNTIME, rememberOpened: () => Promise.reject(new Error('storage gone')) });
    expect(value(await handle({ type: 'notice/save', notice: notice() }, TAB_A))).toBeNull();
    expect(value(await s.call({ type: 'library/list' }))).toEqual([]);
  });
});

describe("a page's first annotation", () => {
  const kinds: [string, Partial<AnnotationInput>][] = [
    ['a highlight', {}],
    ['a directive status', { kind: 'directive', status: 'doing', directive: { ordinal: '一是', index: 0, lead: '加强安全生产' }, note: '' }],
    ['a page note', { kind: 'page-note', selectors: [], color: undefined }],
  ];
  it('covers each kind of annotation', () => expect(kinds).toHaveLength(3));
  for (const [what, overrides] of kinds) {
    it(`${what} stores the notice from the facts sent with it`, async () => {
      const { call, asContent, clock } = setup();
      await asContent({ type: 'notice/save', notice: notice() }, TAB_A);
      clock.advance(60_000);
      await asContent({ type: 'annotation/put', annotation: annotation(overrides), notice: notice() }, TAB_A);
      const list = value(await call({ type: 'library/list' }));
      expect(list.map((e) => [e.page, e.count, e.notice?.title, e.notice?.firstSeen])).toEqual([[PAGE_A, 1, TITLE, '2025-03-01T08:01:00.000Z']]);
      expect(list[0]!.notice?.directives).toEqual([{ ordinal: '一是', level: 1, lead: '加强安全生产' }]);
    });
  }

  it('made in the side panel (no facts sent) uses what the visit told the background', async () => {
    const { call, asContent } = setup();
    await asContent({ type: 'notice/save', notice: notice() }, TAB_A);
    await call({ type: 'annotation/put', annotation: annotation({ kind: 'page-note', selectors: [] }) });
    expect(value(await call({ type: 'library/list' })).map((e) => e.notice?.title)).toEqual([TITLE]);
  });

  it("still stores the notice after the service worker restarted (the background's memory is gone)", async () => {
    const s = setup();
    await s.asContent({ type: 'notice/save', notice: notice() }, TAB_A);
    const restarted = createHandler({ repo: s.repo, runtime: RUNTIME });
    value(await restarted({ type: 'annotation/put', annotation: annotation(), notice: notice() }, TAB_A));
    expect(value(await s.call({ type: 'library/list' })).map((e) => e.notice?.title)).toEqual([TITLE]);
  });

  it('without any facts stores the annotation alone (listed by its page)', async () => {
    const { call } = setup();
    await call({ type: 'annotation/put', annotation: annotation() });
    expect(value(await call({ type: 'library/list' }))).toEqual([{ page: PAGE_A, notice: null, count: 1 }]);
  });

  it('does not replace an existing record with the facts sent', async () => {
    const { call, asContent } = setup();
    await asContent({ type: 'annotation/put', annotation: annotation(), notice: notice() }, TAB_A);
    await asContent({ type: 'annotation/put', annotation: annotation(), notice: notice({ title: '别的标题' }) }, TAB_A);
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))?.title).toBe(TITLE);
  });

  it("refuses facts of another page, and a content script's facts naming a shell that is not its tab", async () => {
    const { call, asContent } = setup();
    const other = errorOf(await call({ type: 'annotation/put', annotation: annotation(), notice: notice({ page: PAGE_B }) }));
    expect(other).toMatchObject({ code: 'invalid', path: 'notice.page' });
    const shell = errorOf(await asContent({ type: 'annotation/put', annotation: annotation(), notice: notice({ shell: PAGE_B }) }, TAB_A));
    expect(shell.code).toBe('forbidden');
    expect(value(await call({ type: 'library/list' }))).toEqual([]);
    // The same facts with the tab's own page as the shell are accepted.
    const framed = { id: RUNTIME.id, url: PAGE_A, frameId: 3, tab: { id: 3, url: PAGE_B } };
    value(await asContent({ type: 'annotation/put', annotation: annotation(), notice: notice({ shell: PAGE_B }) }, framed));
    expect(value(await call({ type: 'notice/get', page: PAGE_A }))?.shell).toBe(PAGE_B);
  });

  it('that fails for lack of space stores neither the annotation nor the notice', async () => {
    const { call, asContent } = setup();
    const original = IDBObjectStore.prototype.put;
    spies.push(
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: unknown[]) {
        if (this.name === 'notices') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args as [unknown]);
      }),
    );
    const e = errorOf(await asContent({ type: 'annotation/put', annotation: annotation(), notice: notice() }, TAB_A));
    expect(e.code).toBe('quota');
    spies.splice(0).forEach((s) => s.mockRestore());
    expect(value(await call({ type: 'library/list' }))).toEqual([]);
    expect(value(await call({ type: 'library/annotations' }))).toEqual([]);
  });
});
