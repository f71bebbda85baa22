import { beforeEach, describe, expect, it } from 'vitest';
import type { StoreApi } from '../../utils/store/api';
import { memoryStore } from './helpers/memory-store';

// The deletes the side panel and the library offer (issue 12): a note alone, or all of a notice's
// annotations, through the trash, so Undo puts back exactly what was there.
const PAGE = 'https://www.gov.cn/zhengce/2024/notice.html';
const OTHER = 'https://www.gov.cn/zhengce/2024/other.html';
const quote = (exact: string) => [{ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' }];
let store: StoreApi;

beforeEach(async () => {
  store = memoryStore().extension();
  await store.saveAnnotation({ id: 'h1', page: PAGE, kind: 'highlight', color: 'green', selectors: quote('压实责任'), note: '本周落实', tags: ['重点'] });
  await store.saveAnnotation({ id: 'd1', page: PAGE, kind: 'directive', selectors: [], directive: { ordinal: '一、', index: 0, lead: '一、总体要求' }, status: 'doing', note: '牵头：发改委', tags: [] });
  await store.saveAnnotation({ id: 'p1', page: PAGE, kind: 'page-note', selectors: [], note: '全文要点', tags: [] });
  await store.saveAnnotation({ id: 'o1', page: OTHER, kind: 'highlight', color: 'yellow', selectors: quote('别的公文'), tags: [] });
});

const ids = (list: { id: string }[]) => list.map((a) => a.id).sort();

describe('deleting a note only', () => {
  it('keeps the highlight without its note, and Undo (saving it again) brings the note back', async () => {
    const h = (await store.getAnnotation(PAGE, 'h1'))!;
    const done = await store.deleteNote(h);
    expect(done.kind).toBe('cleared');
    const kept = (await store.getAnnotation(PAGE, 'h1'))!;
    expect(kept.note ?? '').toBe('');
    expect(kept.color).toBe('green');
    expect(await store.listTrash()).toEqual([]);
    await store.undoDeleteNote(done);
    expect((await store.getAnnotation(PAGE, 'h1'))!.note).toBe('本周落实');
  });

  it('keeps a directive that has a status, without its note', async () => {
    const d = (await store.getAnnotation(PAGE, 'd1'))!;
    expect((await store.deleteNote(d)).kind).toBe('cleared');
    const kept = (await store.getAnnotation(PAGE, 'd1'))!;
    expect(kept.status).toBe('doing');
    expect(kept.note ?? '').toBe('');
  });

  it('moves a page note to the trash, and Undo (restoring it) brings it back with its text', async () => {
    const p = (await store.getAnnotation(PAGE, 'p1'))!;
    const done = await store.deleteNote(p);
    expect(done.kind).toBe('trashed');
    expect(await store.getAnnotation(PAGE, 'p1')).toBeNull();
    expect(ids(await store.listTrash())).toEqual(['p1']);
    await store.undoDeleteNote(done);
    expect(await store.listTrash()).toEqual([]);
    expect((await store.getAnnotation(PAGE, 'p1'))!.note).toBe('全文要点');
  });
});

describe("deleting a notice's annotations", () => {
  it('moves all of them, and none of another notice, to the trash; restoring each puts them back', async () => {
    const gone = await store.deleteNoticeAnnotations(PAGE);
    expect(ids(gone)).toEqual(['d1', 'h1', 'p1']);
    expect(await store.listPage(PAGE)).toEqual([]);
    expect(ids(await store.listPage(OTHER))).toEqual(['o1']);
    expect(ids(await store.listTrash(PAGE))).toEqual(['d1', 'h1', 'p1']);
    for (const a of gone) await store.restoreFromTrash(a.id);
    const back = await store.listPage(PAGE);
    expect(ids(back)).toEqual(['d1', 'h1', 'p1']);
    expect(back.find((a) => a.id === 'h1')!.note).toBe('本周落实');
    expect(await store.listTrash()).toEqual([]);
  });
});
