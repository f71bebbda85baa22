import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storeApi, StoreApiError, type StoreApi, type StoreTransport } from '../../utils/store/api';
import type { SenderLike } from '../../utils/store/callers';
import { memoryStore } from './helpers/memory-store';

// A notice's annotations deleted in one request and one transaction (issue 12): all go to the trash or,
// when a write fails, none do; the undo puts them all back in one request, or none when one is missing.
const PAGE = 'https://www.gov.cn/zhengce/2024/notice.html';
const OTHER = 'https://www.gov.cn/zhengce/2024/other.html';
const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const LIBRARY: SenderLike = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/library.html` };
const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];
const ids = (list: { id: string }[]) => list.map((a) => a.id).sort();

let memory: ReturnType<typeof memoryStore>;
let store: StoreApi;
/** The type of each request the library's API sent, in order. */
let sent: string[];

beforeEach(async () => {
  memory = memoryStore();
  sent = [];
  const transport: StoreTransport = {
    send: (async (req: { type: string }) => {
      sent.push(req.type);
      return structuredClone(await memory.handle(structuredClone(req), LIBRARY));
    }) as unknown as StoreTransport['send'],
    subscribe: () => () => {},
  };
  store = storeApi(transport);
  await store.saveAnnotation({ id: 'h1', page: PAGE, kind: 'highlight', color: 'green', selectors: quote('压实责任'), note: '本周落实', tags: ['重点'] });
  await store.saveAnnotation({ id: 'd1', page: PAGE, kind: 'directive', selectors: [], directive: { ordinal: '一、', index: 0, lead: '一、总体要求' }, status: 'doing', note: '牵头：发改委', tags: [] });
  await store.saveAnnotation({ id: 'p1', page: PAGE, kind: 'page-note', selectors: [], note: '全文要点', tags: [] });
  await store.saveAnnotation({ id: 'o1', page: OTHER, kind: 'highlight', color: 'yellow', selectors: quote('别的公文'), tags: [] });
  sent = [];
});
afterEach(() => vi.restoreAllMocks());

describe("deleting a notice's annotations", () => {
  it('sends one request that moves the three, notes and all, to the trash; one request puts them back', async () => {
    const gone = await store.deleteNoticeAnnotations(PAGE);
    expect(sent).toEqual(['annotations/delete-page']);
    expect(ids(gone)).toEqual(['d1', 'h1', 'p1']);
    expect(await store.listPage(PAGE)).toEqual([]);
    expect(ids(await store.listPage(OTHER))).toEqual(['o1']);
    expect(ids(await store.listTrash(PAGE))).toEqual(['d1', 'h1', 'p1']);

    sent = [];
    const back = await store.restoreManyFromTrash(gone.map((a) => a.id));
    expect(sent).toEqual(['trash/restore-many']);
    expect(ids(back)).toEqual(['d1', 'h1', 'p1']);
    const listed = await store.listPage(PAGE);
    expect(ids(listed)).toEqual(['d1', 'h1', 'p1']);
    expect(listed.find((a) => a.id === 'h1')!.note).toBe('本周落实');
    expect(listed.find((a) => a.id === 'd1')!.status).toBe('doing');
    expect(await store.listTrash()).toEqual([]);
  });

  it('moves none when a write fails part-way (the disk is full at the second)', async () => {
    const put = IDBObjectStore.prototype.put;
    let trashPuts = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'trash' && ++trashPuts === 2) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(store.deleteNoticeAnnotations(PAGE)).rejects.toMatchObject({ info: { code: 'quota' } });
    expect(trashPuts).toBe(2);
    vi.restoreAllMocks();
    expect(ids(await store.listPage(PAGE))).toEqual(['d1', 'h1', 'p1']);
    expect(await store.listTrash()).toEqual([]);
  });

  it('restores none when one of them is no longer in the trash', async () => {
    await store.deleteNoticeAnnotations(PAGE);
    await store.restoreFromTrash('p1');
    const error = await store.restoreManyFromTrash(['h1', 'p1', 'd1']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreApiError);
    expect((error as StoreApiError).info.code).toBe('not-found');
    expect(ids(await store.listPage(PAGE))).toEqual(['p1']);
    expect(ids(await store.listTrash(PAGE))).toEqual(['d1', 'h1']);
  });

  it('is refused to a content script, even for its own page', async () => {
    const reply = await memory.handle({ type: 'annotations/delete-page', page: PAGE }, { id: EXT_ID, url: PAGE, tab: { id: 3, url: PAGE } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const restore = await memory.handle({ type: 'trash/restore-many', ids: ['h1'] }, { id: EXT_ID, url: PAGE, tab: { id: 3, url: PAGE } });
    expect(restore).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(ids(await store.listPage(PAGE))).toEqual(['d1', 'h1', 'p1']);
  });
});
