/**
 * Opening the page-note editor stores nothing (issue 11): a new page note is a draft until the
 * reader gives it text, in the side panel and in the note frame alike (utils/app/note-api.ts);
 * the note frame's first save still stores the notice's facts, even after a worker restart.
 */
import { describe, expect, it } from 'vitest';
import { noteEditorApi } from '../../utils/app/note-api';
import { pageStoreApi, type StoreTransport } from '../../utils/store/api';
import { createHandler } from '../../utils/store/handler';
import { Repository } from '../../utils/store/repository';
import { memoryStore } from './helpers/memory-store';
import { NOTE_FRAME, PAGE_A, RUNTIME, contentScript, notice, setup, value } from './store-helpers';

const PAGE = 'https://www.gov.cn/zhengce/content/2025-01/02/content_1.htm';

describe('a new page note', () => {
  it('loads as an empty page note, stores nothing for an empty save, and is stored by the first save with text', async () => {
    const store = memoryStore().extension();
    const api = noteEditorApi(store, PAGE, 'draft-1', () => {}, 'page-note');
    expect(await api.load()).toMatchObject({ id: 'draft-1', page: PAGE, kind: 'page-note', note: '' });
    await api.save({ id: 'draft-1', page: PAGE, kind: 'page-note', selectors: [], tags: [], note: '   ' });
    expect(await store.listPage(PAGE)).toEqual([]);
    await api.save({ id: 'draft-1', page: PAGE, kind: 'page-note', selectors: [], tags: [], note: '会议纪要' });
    expect((await store.listPage(PAGE)).map((a) => [a.id, a.kind, a.note])).toEqual([['draft-1', 'page-note', '会议纪要']]);
    // Later saves update the stored note; emptying it keeps the (now empty) note, as before.
    await api.save({ id: 'draft-1', page: PAGE, kind: 'page-note', selectors: [], tags: [], note: '' });
    expect((await store.listPage(PAGE)).map((a) => a.note)).toEqual(['']);
  });

  it('an id that is not a draft and not stored is not found (positive beside: the draft is)', async () => {
    const store = memoryStore().extension();
    expect(await noteEditorApi(store, PAGE, 'nothing-1', () => {}).load()).toBeNull();
    expect(await noteEditorApi(store, PAGE, 'nothing-1', () => {}, 'page-note').load()).not.toBeNull();
  });

  it('the note frame may store the new page note its address names, on its own tab\'s page only', async () => {
    const { handle, call } = setup();
    const frame = { ...NOTE_FRAME, url: `${NOTE_FRAME.url}?id=pn-1&page=${encodeURIComponent(PAGE_A)}&new=page-note` };
    const input = { id: 'pn-1', page: PAGE_A, kind: 'page-note', selectors: [], tags: [], note: '框里写的' };
    expect(value(await handle({ type: 'annotation/get', page: PAGE_A, id: 'pn-1' }, frame))).toBeNull();
    value(await handle({ type: 'annotation/put', annotation: input }, frame));
    expect(value(await call({ type: 'annotations/list', page: PAGE_A })).map((a) => a.note)).toEqual(['框里写的']);
    const other = await handle({ type: 'annotation/put', annotation: { ...input, id: 'pn-2' } }, frame);
    expect(other.ok).toBe(false);
  });
});

describe("the page's facts after a worker restart", () => {
  it('are sent again when the change port reconnects, so a page note typed in the note frame stores its notice', async () => {
    const sent: unknown[] = [];
    let reconnect: (() => void) | undefined;
    const transport: StoreTransport = {
      send: (async (req: unknown) => {
        sent.push(req);
        return { ok: true, value: null };
      }) as unknown as StoreTransport['send'],
      subscribe: (_pages, _onChange, options) => {
        reconnect = options?.onReconnect;
        return () => {};
      },
    };
    const api = pageStoreApi(PAGE_A, transport);
    const heard: string[][] = [];
    api.subscribe((ids) => heard.push(ids));
    reconnect!(); // before the visit told its facts: nothing to send
    expect(sent).toEqual([]);
    await api.saveNotice(notice());
    reconnect!();
    expect(sent).toEqual([{ type: 'notice/save', notice: notice() }, { type: 'notice/save', notice: notice() }]);
    expect(heard).toEqual([[], []]);
  });

  it('the background then stores the notice with the note frame\'s first annotation', async () => {
    const { asContent, call, getDb, clock } = setup();
    value(await asContent({ type: 'notice/save', notice: notice() }, contentScript(PAGE_A)));
    // The worker stops (its memory of the visit is gone) and is woken by the page's reconnect.
    const restarted = createHandler({ repo: new Repository(getDb, clock.now), runtime: RUNTIME, clock: clock.ms });
    value(await restarted({ type: 'notice/save', notice: notice() }, contentScript(PAGE_A)));
    const frame = { ...NOTE_FRAME, url: `${NOTE_FRAME.url}?id=pn-9&page=${encodeURIComponent(PAGE_A)}&new=page-note` };
    value(await restarted({ type: 'annotation/put', annotation: { id: 'pn-9', page: PAGE_A, kind: 'page-note', selectors: [], tags: [], note: '要点' } }, frame));
    expect(value(await call({ type: 'library/list' })).map((e) => e.notice?.title)).toEqual([notice().title]);
  });
});
