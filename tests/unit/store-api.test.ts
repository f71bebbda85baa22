// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { StoreApiError, toInput } from '../../utils/store/api';
import { memoryStore } from './helpers/memory-store';

// The one store API over the real handler in memory: the operations the side panel, the library, the
// popup, the note frame and the page all share, and the rules the handler holds them to.
const PAGE_A = 'https://www.gov.cn/zhengce/content/2025-01/02/content_1.htm';
const PAGE_B = 'https://gxj.xa.gov.cn/zwgk/tzgg/2025/notice-2.html';
const REF = { ordinal: '（二）', index: 1, lead: '（二）加强督促检查。' };
const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';

const highlight = (id: string, page: string, note = '') => ({
  id, page, kind: 'highlight' as const, tags: [], color: 'yellow' as const, note,
  selectors: [{ type: 'TextQuoteSelector' as const, exact: '督促检查', prefix: '', suffix: '' }],
});

describe('one annotation (annotation/get)', () => {
  it('gives an extension page the annotation with its note, and null for an id of another page', async () => {
    const side = memoryStore().extension();
    await side.saveAnnotation(highlight('a-1', PAGE_A, '要点'));
    await side.saveAnnotation(highlight('b-1', PAGE_B));
    expect(await side.getAnnotation(PAGE_A, 'a-1')).toMatchObject({ id: 'a-1', page: PAGE_A, note: '要点' });
    expect(await side.getAnnotation(PAGE_A, 'b-1')).toBeNull();
    expect(await side.getAnnotation(PAGE_A, 'missing')).toBeNull();
  });

  it('gives a content script its own page\'s annotation redacted, and refuses another page', async () => {
    const mem = memoryStore();
    await mem.extension().saveAnnotation(highlight('a-1', PAGE_A, '不给页面看'));
    const asContent = (page: string) => mem.handle({ type: 'annotation/get', page, id: 'a-1' }, { id: EXT_ID, url: PAGE_A, tab: { id: 3, url: PAGE_A } });
    const own = await asContent(PAGE_A);
    expect(own).toMatchObject({ ok: true, value: { id: 'a-1', hasNote: true } });
    expect(JSON.stringify(own)).not.toContain('不给页面看');
    expect(await asContent(PAGE_B)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives the note frame only the annotation its address names', async () => {
    const mem = memoryStore();
    await mem.extension().saveAnnotation(highlight('a-1', PAGE_A, '批注'));
    await mem.extension().saveAnnotation(highlight('a-2', PAGE_A, '另一条'));
    const frame = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/note-frame.html?id=a-1`, tab: { id: 7, url: PAGE_A } };
    expect(await mem.handle({ type: 'annotation/get', page: PAGE_A, id: 'a-1' }, frame)).toMatchObject({ ok: true, value: { note: '批注' } });
    expect(await mem.handle({ type: 'annotation/get', page: PAGE_A, id: 'a-2' }, frame)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('a directive\'s annotation (the page and the side panel alike)', () => {
  it('is created once with its status, then changed in place; without a status it is only made to exist', async () => {
    const side = memoryStore().extension();
    const made = await side.ensureDirectiveAnnotation(PAGE_A, REF, { status: 'doing' });
    expect(made).toMatchObject({ kind: 'directive', directive: REF, status: 'doing', selectors: [] });
    const again = await side.ensureDirectiveAnnotation(PAGE_A, REF, { existing: made!, status: 'done' });
    expect(again).toMatchObject({ id: made!.id, status: 'done' });
    expect(await side.ensureDirectiveAnnotation(PAGE_A, REF, { existing: again! })).toBe(again);
    expect(await side.listPage(PAGE_A)).toHaveLength(1);
  });

  it('clearing the status of a directive without an annotation stores nothing', async () => {
    const page = memoryStore().page(PAGE_A);
    expect(await page.ensureDirectiveAnnotation(REF, { status: undefined })).toBeNull();
    expect(await page.listPage()).toEqual([]);
    const opened = await page.ensureDirectiveAnnotation(REF, { newId: () => 'd-1' });
    expect(opened).toMatchObject({ id: 'd-1', kind: 'directive', hasNote: false });
    expect(opened).not.toHaveProperty('status');
  });
});

describe('the page\'s store', () => {
  it('sends the visit\'s facts with its first annotation, so the notice is stored with it', async () => {
    const mem = memoryStore();
    const page = mem.page(PAGE_A);
    await page.saveNotice({ page: PAGE_A, title: '关于加强督促检查的通知', site: 'www.gov.cn', source: '', published: '', docNumber: '', directives: [] });
    // No reading history: the visit alone stores no notice.
    expect(await mem.extension().library()).toEqual([]);
    await page.saveAnnotation(highlight('a-1', PAGE_A));
    expect(await mem.extension().library()).toEqual([expect.objectContaining({ page: PAGE_A, count: 1, notice: expect.objectContaining({ title: '关于加强督促检查的通知' }) })]);
  });

  it('hears the changes made to its own page only', async () => {
    const mem = memoryStore();
    const heard: string[][] = [];
    const stop = mem.page(PAGE_A).subscribe((ids) => heard.push(ids));
    await mem.extension().saveAnnotation(highlight('b-1', PAGE_B));
    await mem.extension().saveAnnotation(highlight('a-1', PAGE_A));
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual([['a-1']]);
    stop();
  });

  it('words a refusal for the reader and keeps the store\'s code', async () => {
    const page = memoryStore().page(PAGE_A, (e) => `无法保存（${e.code}）`);
    const refused = await page.saveAnnotation(highlight('b-1', PAGE_B)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreApiError);
    expect((refused as StoreApiError).message).toBe('无法保存（forbidden）');
    expect((refused as StoreApiError).info.code).toBe('forbidden');
  });
});

describe('exporting one notice', () => {
  it('gathers the stored notice and all its annotations, or a placeholder named after the host', async () => {
    const side = memoryStore().extension();
    await side.saveAnnotation(highlight('a-1', PAGE_A, '一'));
    await side.saveAnnotation({ ...toInput((await side.getAnnotation(PAGE_A, 'a-1'))!), id: 'a-2' });
    const item = await side.exportNotice(PAGE_A);
    expect(item.annotations.map((a) => a.id).sort()).toEqual(['a-1', 'a-2']);
    // Stored without facts (an extension page sent none): the placeholder names the host.
    expect(item.notice).toMatchObject({ page: PAGE_A, site: 'www.gov.cn', title: '' });
  });
});
