// @vitest-environment node
/**
 * Issue 16, the library's question to the store: how many versions each notice has (2 or more: revised), read
 * from the keys alone; extension pages only.
 */
import { describe, expect, it } from 'vitest';
import { memoryStore } from './helpers/memory-store';
import { annotation, contentScript, errorOf, notice, PAGE_A, PAGE_B } from './store-helpers';

const V1 = '各街道办事处：\n请各单位于2026年11月30日前将隐患排查情况报送区应急管理局。';
const V2 = '各街道办事处：\n请各单位于2026年12月10日前将隐患排查情况报送区应急管理局。';
const V3 = '各街道办事处：\n请各单位于2026年12月10日前将隐患排查情况报送区应急管理局。逾期未报的，予以通报。';

describe('versionCounts', () => {
  it('counts each stored notice\'s versions; a notice never revised has one, one never annotated none', async () => {
    const mem = memoryStore();
    const a = mem.page(PAGE_A);
    await a.saveNotice(notice());
    await a.recordVisit(V1);
    await a.saveAnnotation(annotation({ note: undefined }));
    await mem.page(PAGE_A).recordVisit(V2);
    await mem.page(PAGE_A).recordVisit(V3);

    const b = mem.page(PAGE_B);
    await b.saveNotice(notice({ page: PAGE_B }));
    await b.recordVisit(V1);
    await b.saveAnnotation(annotation({ id: 'b0000000-0000-4000-8000-000000000001', page: PAGE_B, note: undefined }));

    expect(await mem.extension().versionCounts()).toEqual({ [PAGE_A]: 3, [PAGE_B]: 1 });
  });

  it('is empty for an empty store, and refused to a content script', async () => {
    const mem = memoryStore();
    expect(await mem.extension().versionCounts()).toEqual({});
    const reply = await mem.handle({ type: 'versions/counts' }, contentScript(PAGE_A));
    expect(errorOf(reply)).toMatchObject({ code: 'forbidden' });
  });
});
