import { beforeEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze';
import { PageSession } from '../../utils/session/page-session';
import type { PageStore } from '../../utils/session/page-store';
import type { AnnotationInput, RedactedAnnotation } from '../../utils/store/messages';
import { loadIntoGlobalDocument } from './helpers/load-page';

/** An in-memory store with the background's rules that matter here: notes kept when omitted, redacted replies. */
function memoryStore(page: string) {
  const rows = new Map<string, RedactedAnnotation & { note: string }>();
  const redact = ({ note, ...a }: RedactedAnnotation & { note: string }): RedactedAnnotation => ({ ...a, hasNote: note.length > 0 });
  const store: PageStore = {
    page,
    list: async () => [...rows.values()].map(redact),
    put: async (input: AnnotationInput) => {
      const old = rows.get(input.id);
      const now = new Date().toISOString();
      const { note, ...rest } = input;
      const row = { ...rest, note: note ?? old?.note ?? '', hasNote: false, created: old?.created ?? now, modified: now };
      rows.set(input.id, row);
      return redact(row);
    },
    remove: async (id) => {
      const row = rows.get(id)!;
      rows.delete(id);
      return redact(row);
    },
    saveNotice: async () => {},
    onChange: () => () => {},
  };
  return { store, rows };
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
    await session.undo();
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
