import { beforeEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze';
import { PageSession } from '../../utils/session/page-session';
import { pageStoreApi, type StoreTransport } from '../../utils/store/api';
import type { AnnotationInput, RedactedAnnotation, Reply } from '../../utils/store/messages';
import { loadIntoGlobalDocument } from './helpers/load-page';

/**
 * The page's store as the content script has it (the real `pageStoreApi`), over rows in memory that
 * the tests read and change as other contexts would. The background's rules that matter here: notes
 * kept when omitted, redacted replies. (The real handler in memory: tests/unit/helpers/memory-store.ts.)
 */
function memoryStore(page: string) {
  const rows = new Map<string, RedactedAnnotation & { note: string }>();
  // Deleted rows, as the store's trash keeps them (with when they were deleted).
  const trash = new Map<string, RedactedAnnotation & { note: string; deletedAt: string }>();
  const redact = ({ note, ...a }: RedactedAnnotation & { note: string }): RedactedAnnotation => ({ ...a, hasNote: note.length > 0 });
  const answer = (req: { type: string; annotation?: AnnotationInput; id?: string }): unknown => {
    switch (req.type) {
      case 'annotations/list':
        return [...rows.values()].map(redact);
      case 'annotation/put': {
        const input = req.annotation!;
        const old = rows.get(input.id);
        const now = new Date().toISOString();
        const { note, ...rest } = input;
        const row = { ...rest, note: note ?? old?.note ?? '', hasNote: false, created: old?.created ?? now, modified: now };
        rows.set(input.id, row);
        return redact(row);
      }
      case 'annotation/delete': {
        const row = rows.get(req.id!)!;
        rows.delete(req.id!);
        trash.set(req.id!, { ...row, deletedAt: new Date().toISOString() });
        return redact(row);
      }
      case 'trash/list':
        return [...trash.values()].reverse().map(redact);
      case 'trash/restore': {
        const { deletedAt: _d, ...row } = trash.get(req.id!)!;
        trash.delete(req.id!);
        rows.set(req.id!, row);
        return redact(row);
      }
      default:
        return null;
    }
  };
  const transport: StoreTransport = {
    send: (async (req: { type: string }) => ({ ok: true, value: answer(req) }) as Reply<never>) as unknown as StoreTransport['send'],
    subscribe: () => () => {},
  };
  return { store: pageStoreApi(page, transport), rows, trash };
}

function select(doc: Document, needle: string) {
  const root = doc.getElementById('zoom')!;
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(needle);
    if (at < 0 || (n.parentElement as Element).closest('[data-nl-duplicate]')) continue;
    const range = doc.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + needle.length);
    doc.getSelection()!.removeAllRanges();
    doc.getSelection()!.addRange(range);
    return;
  }
  throw new Error(`not found: ${needle}`);
}

const PAGE = 'http://gxj.xa.gov.cn/xwzx/gzdt/sample.html';
let doc: Document;
let session: PageSession;
let mem: ReturnType<typeof memoryStore>;
let ids = 0;

beforeEach(async () => {
  doc = loadIntoGlobalDocument('pages/sample-notice.html');
  const analysis = analyzePage(doc);
  mem = memoryStore(PAGE);
  session = new PageSession(analysis.index!, analysis.directives, mem.store, analysis.duplicate?.chars ?? null, () => `id-${++ids}`);
  await session.load();
});

const drawn = () => Array.from(doc.querySelectorAll('[data-nl-annotation]')).map((e) => e.textContent).join('|');

describe('page session', () => {
  it('highlights the selection, storing selectors and the directive it falls in', async () => {
    select(doc, '这是目前最大的政治任务');
    const id = await session.highlightSelection('green');
    expect(drawn()).toBe('这是目前最大的政治任务');
    const row = mem.rows.get(id!)!;
    expect(row.color).toBe('green');
    expect(row.directive?.ordinal).toBe('一要');
    expect(row.selectors.find((s) => s.type === 'TextQuoteSelector')).toMatchObject({ exact: '这是目前最大的政治任务' });
  });

  it('asks before deleting a highlight with a note, and undo restores it', async () => {
    select(doc, '全力加快企业搬迁进度');
    const id = (await session.highlightSelection())!;
    mem.rows.get(id)!.note = '重要';
    await session.load();
    session.openMenu(id, 0, 0);
    await session.requestDelete(id);
    expect(session.state.menu?.confirming).toBe(true);
    expect(mem.rows.has(id)).toBe(true);
    await session.delete(id);
    expect(mem.rows.has(id)).toBe(false);
    expect(drawn()).toBe('');
    expect(session.state.trash.map((t) => [t.id, t.quote, t.hasNote])).toEqual([[id, '全力加快企业搬迁进度', true]]);
    await session.undo();
    expect(drawn()).toBe('全力加快企业搬迁进度');
    expect([mem.rows.get(id)?.note, session.state.trash]).toEqual(['重要', []]);
  });

  it('after a reload, undo and the trash list restore what was deleted before it', async () => {
    select(doc, '全力加快企业搬迁进度');
    const id = (await session.highlightSelection())!;
    await session.delete(id);
    // A new session on the same page (the tab was reloaded): it remembers nothing in memory.
    doc = loadIntoGlobalDocument('pages/sample-notice.html');
    const analysis = analyzePage(doc);
    const reloaded = new PageSession(analysis.index!, analysis.directives, mem.store, null);
    await reloaded.load();
    expect(reloaded.state.trash.map((t) => t.id)).toEqual([id]);
    await reloaded.undo();
    expect(mem.rows.has(id)).toBe(true);
    expect(reloaded.state.trash).toEqual([]);
    await reloaded.delete(id);
    await reloaded.restore(id);
    expect([mem.rows.has(id), mem.trash.size]).toEqual([true, 0]);
    expect(drawn()).toBe('全力加快企业搬迁进度');
  });

  it('keeps a directive status on the directive, found again by its lead', async () => {
    await session.setStatus(4, 'doing');
    expect(session.state.directiveState[4]?.status).toBe('doing');
    const row = [...mem.rows.values()][0]!;
    expect(row).toMatchObject({ kind: 'directive', status: 'doing', directive: { ordinal: '五是', lead: '五是加快推进企业搬迁。' } });
  });

  it('lists a highlight whose text is gone as an orphan, and re-attaches it', async () => {
    select(doc, '确保规上工业实现稳定增长');
    const id = (await session.highlightSelection())!;
    const quote = mem.rows.get(id)!.selectors[0] as { exact: string };
    quote.exact = '这句话已经不在页面上了，无法找到';
    (mem.rows.get(id)!.selectors[1] as { start: number }).start = 5;
    await session.load();
    expect(session.state.orphans.map((o) => o.id)).toEqual([id]);
    expect(drawn()).toBe('');
    select(doc, '要加强对各区县');
    await session.reattach(id);
    expect(session.state.orphans).toEqual([]);
    expect(drawn()).toBe('要加强对各区县');
  });
});

const mark = (id: string) => doc.querySelector(`[data-nl-annotation="${id}"]`);

describe('page session: colour and notes', () => {
  it('recolours a highlight in the store, on the page and in the open menu', async () => {
    select(doc, '这是目前最大的政治任务');
    const id = (await session.highlightSelection('yellow'))!;
    session.openMenu(id, 10, 20);
    expect(session.state.menu).toMatchObject({ id, color: 'yellow' });
    await session.recolor(id, 'purple');
    expect(mem.rows.get(id)!.color).toBe('purple');
    expect(mark(id)!.getAttribute('data-nl-color')).toBe('purple');
    expect(session.state.menu).toMatchObject({ id, color: 'purple' });
    expect(drawn()).toBe('这是目前最大的政治任务');
  });

  it('keeps a highlight\'s note when it is recoloured', async () => {
    select(doc, '这是目前最大的政治任务');
    const id = (await session.highlightSelection())!;
    mem.rows.get(id)!.note = '全委首要任务';
    await session.load();
    await session.recolor(id, 'green');
    expect(mem.rows.get(id)).toMatchObject({ color: 'green', note: '全委首要任务' });
  });

  it('a note on the selection highlights it in yellow and opens the note editor on it', async () => {
    select(doc, '全力加快企业搬迁进度');
    await session.noteSelection();
    const [row] = [...mem.rows.values()];
    expect(mem.rows.size).toBe(1);
    expect(row).toMatchObject({ kind: 'highlight', color: 'yellow', note: '', directive: { ordinal: '五是' } });
    expect(session.state.noteFrame).toEqual({ id: row!.id });
    expect(drawn()).toBe('全力加快企业搬迁进度');
  });

  it('a note with nothing selected stores nothing and opens nothing', async () => {
    doc.getSelection()!.removeAllRanges();
    await session.noteSelection();
    expect(mem.rows.size).toBe(0);
    expect(session.state.noteFrame).toBeNull();
  });

  it('a directive note creates the directive\'s annotation and opens the editor on it', async () => {
    await session.openDirectiveNote(1);
    expect(mem.rows.size).toBe(1);
    const [row] = [...mem.rows.values()];
    expect(row).toMatchObject({ kind: 'directive', directive: { ordinal: '二要', index: 1, lead: '二要认真开展作风问题大排查。' } });
    expect(row!.status).toBeUndefined();
    expect(session.state.noteFrame).toEqual({ id: row!.id });
  });

  it('a directive note opened again, or a status set after it, stays on the same annotation', async () => {
    await session.openDirectiveNote(1);
    const [row] = [...mem.rows.values()];
    session.closeNote();
    await session.openDirectiveNote(1);
    expect(session.state.noteFrame).toEqual({ id: row!.id });
    await session.setStatus(1, 'done');
    expect(mem.rows.size).toBe(1);
    expect(mem.rows.get(row!.id)!.status).toBe('done');
  });

  it('a status set first, then a directive note: one annotation with the status', async () => {
    await session.setStatus(1, 'doing');
    await session.openDirectiveNote(1);
    expect(mem.rows.size).toBe(1);
    const [row] = [...mem.rows.values()];
    expect(row).toMatchObject({ kind: 'directive', status: 'doing' });
    expect(session.state.noteFrame).toEqual({ id: row!.id });
  });

  it('statuses changed quickly, before the first is saved, make one annotation holding the last status', async () => {
    // A reader pressing ArrowDown three times on the status select: no await between the changes.
    await Promise.all([session.setStatus(2, 'todo'), session.setStatus(2, 'doing'), session.setStatus(2, 'done')]);
    expect(mem.rows.size).toBe(1);
    const [row] = [...mem.rows.values()];
    expect(row).toMatchObject({ kind: 'directive', status: 'done' });
    expect(session.state.directiveState[2]).toMatchObject({ id: row!.id, status: 'done' });
  });

  it('a directive note for a directive that does not exist does nothing', async () => {
    await session.openDirectiveNote(99);
    expect(mem.rows.size).toBe(0);
    expect(session.state.noteFrame).toBeNull();
  });

  it('opening a new page note stores nothing; once the note frame stored it, it is opened again', async () => {
    expect(session.state.pageNote).toBeNull();
    session.openPageNote();
    expect(mem.rows.size).toBe(0);
    const draft = session.state.noteFrame!;
    expect(draft).toEqual({ id: expect.any(String), draft: 'page-note' });
    session.closeNote();
    // Closed without text: still nothing stored, and the next open is a draft again.
    session.openPageNote();
    expect([mem.rows.size, session.state.noteFrame?.draft]).toEqual([0, 'page-note']);
    // The reader typed in the note frame, which stored the page note under the draft's id.
    const id = session.state.noteFrame!.id;
    mem.rows.set(id, { id, page: PAGE, kind: 'page-note', selectors: [], tags: [], note: '会议纪要', hasNote: true, created: '', modified: '' });
    await session.onRemoteChange();
    expect(session.state.pageNote).toEqual({ id, hasNote: true });
    session.openPageNote();
    expect(mem.rows.size).toBe(1);
    expect(session.state.noteFrame).toEqual({ id });
  });
});

describe('page session: changes from other tabs', () => {
  it('shows a colour and a note set in another tab', async () => {
    select(doc, '这是目前最大的政治任务');
    const id = (await session.highlightSelection('yellow'))!;
    expect(mark(id)!.hasAttribute('data-nl-has-note')).toBe(false);
    // The side panel (another context) recolours it and writes a note, straight into the store.
    Object.assign(mem.rows.get(id)!, { color: 'blue', note: '侧边栏写的批注' });
    await session.onRemoteChange();
    expect(mark(id)!.getAttribute('data-nl-color')).toBe('blue');
    expect(mark(id)!.hasAttribute('data-nl-has-note')).toBe(true);
    expect(drawn()).toBe('这是目前最大的政治任务');
  });

  it('removes a highlight deleted in another tab', async () => {
    select(doc, '这是目前最大的政治任务');
    const id = (await session.highlightSelection())!;
    mem.rows.delete(id);
    await session.onRemoteChange();
    expect(mark(id)).toBeNull();
    expect(drawn()).toBe('');
  });

  it('draws a highlight made in another tab, and its directive status', async () => {
    // The other tab's highlight: the same selectors a session makes, under another id.
    select(doc, '全力加快企业搬迁进度');
    const own = (await session.highlightSelection('pink'))!;
    const made = { ...mem.rows.get(own)!, id: 'other-tab-1' };
    mem.rows.delete(own);
    await session.load();
    expect(drawn()).toBe('');
    mem.rows.set(made.id, made);
    mem.rows.set('other-tab-2', {
      id: 'other-tab-2', page: PAGE, kind: 'directive', selectors: [], tags: [], note: '', hasNote: false, status: 'doing',
      directive: { ordinal: '三要', index: 2, lead: '三要抓好省市考指标进度。' }, created: made.created, modified: made.modified,
    });
    await session.onRemoteChange();
    expect(drawn()).toBe('全力加快企业搬迁进度');
    expect(mark('other-tab-1')!.getAttribute('data-nl-color')).toBe('pink');
    expect(session.state.directiveState[2]).toEqual({ id: 'other-tab-2', status: 'doing', hasNote: false });
  });
});
