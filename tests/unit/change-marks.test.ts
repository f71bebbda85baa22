// @vitest-environment happy-dom
/**
 * Issue 16, a revised visit in the page: the body recorded, compared with the version before, and exactly the
 * inserted and changed text marked (never the hidden duplicate, never unchanged text); a page whose only change
 * is its chrome is not flagged. Real fixture pages (a TRS county notice, its chrome-only and edited versions),
 * the real store in memory. The real-browser proof is tests/e2e/revisions.e2e.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { revisedVisit } from '../../utils/app/revision';
import { CHANGE_ATTR, clearChangeMarks, HIDE_CHANGES_ATTR, REVISED_ATTR } from '../../utils/dom/change-marks';
import { analyzePage } from '../../utils/page/analyze';
import { resetPage } from '../../utils/page/reset';
import { loadFixture, parseHtml } from './helpers/load-page';
import { memoryStore } from './helpers/memory-store';

const PAGE = 'http://www.changan.gov.cn/tzgg/2026/1118.html';
const NOTICE = { page: PAGE, title: '关于做好2026年冬季安全生产工作的通知', site: 'www.changan.gov.cn', source: '长安区应急管理局', published: '2026-11-18', docNumber: '', directives: [] };

let mem: ReturnType<typeof memoryStore>;

/**
 * The marks as the reader sees them: each run of neighbouring wrappers of one kind joined (a change across a
 * directive's marker and lead is wrapped once per text node), with its kind.
 */
function marksOf(doc: Document): [string, string][] {
  const out: [string, string][] = [];
  let last: Element | null = null;
  for (const el of doc.querySelectorAll(`[${CHANGE_ATTR}]`)) {
    const kind = el.getAttribute(CHANGE_ATTR)!;
    const prev = out[out.length - 1];
    // Neighbours: nothing but other markup between the previous wrapper's text and this one's.
    const range = doc.createRange();
    if (last) {
      range.setStartAfter(last);
      range.setEndBefore(el);
    }
    if (prev && last && prev[0] === kind && range.toString() === '') prev[1] += el.textContent;
    else out.push([kind, el.textContent ?? '']);
    last = el;
  }
  return out;
}

/** The reader's earlier visit: the notice annotated, so its body is stored as the first version. */
async function annotatedVisit(file = 'notice.html') {
  const doc = loadFixture(`pages/revisions/${file}`);
  const store = mem.page(PAGE);
  await store.saveNotice(NOTICE);
  const a = analyzePage(doc);
  await revisedVisit(doc, store, { ...a, index: a.index! }, Promise.resolve());
  await store.saveAnnotation({ id: 'hl-1', page: PAGE, kind: 'highlight', tags: [], color: 'yellow', selectors: [{ type: 'TextQuoteSelector', exact: '燃气安全', prefix: '（一）', suffix: '。全面' }] });
}

async function visit(doc: Document) {
  const a = analyzePage(doc);
  const revision = await revisedVisit(doc, mem.page(PAGE), { ...a, index: a.index! }, Promise.resolve());
  return { revision, marks: marksOf(doc) };
}

beforeEach(() => {
  mem = memoryStore();
});

describe('a revised visit', () => {
  it('marks the added paragraph and the corrected date, lists the deleted words, and flags the page', async () => {
    await annotatedVisit();
    const doc = loadFixture('pages/revisions/notice.edited.html');
    const { revision, marks } = await visit(doc);
    expect(marks).toEqual([
      ['inserted', '（四）危险化学品安全。严格落实危险化学品储存、运输环节安全措施，严禁违规存放。'],
      ['changed', '12月10'],
    ]);
    const versions = await mem.extension().listVersions(PAGE);
    expect(versions).toHaveLength(2);
    expect(doc.documentElement.getAttribute(REVISED_ATTR)).toBe(versions[1]!.savedAt);
    expect(revision!.summary).toEqual({ since: versions[1]!.savedAt, inserted: 1, changed: 1, deleted: ['，分管负责同志要靠前指挥、一线督导'], replaced: ['11月30'] });
    // Hiding the marks is an attribute on <html>: the marks stay, only their look goes.
    revision!.showMarks(false);
    expect(doc.documentElement.hasAttribute(HIDE_CHANGES_ATTR)).toBe(true);
    revision!.showMarks(true);
    expect(doc.documentElement.hasAttribute(HIDE_CHANGES_ATTR)).toBe(false);
  });

  it('flags nothing when only the chrome changed (view count, 上一篇/下一篇) and the body was re-flowed in full width', async () => {
    await annotatedVisit();
    const doc = loadFixture('pages/revisions/notice.chrome.html');
    const { revision, marks } = await visit(doc);
    expect([revision, marks, doc.documentElement.hasAttribute(REVISED_ATTR)]).toEqual([null, [], false]);
    expect(await mem.extension().listVersions(PAGE)).toHaveLength(1);
  });

  it('marks the visible copy only when the CMS prints the revised body twice', async () => {
    await annotatedVisit();
    const edited = loadFixture('pages/revisions/notice.edited.html');
    const body = edited.getElementById('zoom')!;
    // The CMS's second copy of the body, right after the first (the pattern the duplicate hider exists for).
    body.insertAdjacentElement('afterend', body.cloneNode(true) as Element)!.removeAttribute('id');
    const doc = parseHtml(`<!DOCTYPE html>${edited.documentElement.outerHTML}`);
    const { marks } = await visit(doc);
    expect(marks).toEqual([
      ['inserted', '（四）危险化学品安全。严格落实危险化学品储存、运输环节安全措施，严禁违规存放。'],
      ['changed', '12月10'],
    ]);
    for (const el of doc.querySelectorAll(`[${CHANGE_ATTR}]`)) expect(el.closest('[data-nl-duplicate]')).toBeNull();
    expect(doc.querySelectorAll('[data-nl-duplicate]').length).toBeGreaterThan(0);
  });

  it('flags nothing when the CMS starts printing the unchanged body twice, with new chrome around the copies', async () => {
    await annotatedVisit();
    const chrome = loadFixture('pages/revisions/notice.chrome.html');
    const body = chrome.getElementById('zoom')!;
    body.insertAdjacentElement('afterend', body.cloneNode(true) as Element)!.removeAttribute('id');
    const doc = parseHtml(`<!DOCTYPE html>${chrome.documentElement.outerHTML}`);
    const { revision, marks } = await visit(doc);
    expect(doc.querySelectorAll('[data-nl-duplicate]').length).toBeGreaterThan(0);
    expect([revision, marks]).toEqual([null, []]);
  });

  it('shows the same marks again when the page is analysed again (late content), and a reset takes them out', async () => {
    await annotatedVisit();
    const doc = loadFixture('pages/revisions/notice.edited.html');
    await visit(doc);
    resetPage(doc);
    expect([doc.querySelectorAll(`[${CHANGE_ATTR}]`).length, doc.documentElement.hasAttribute(REVISED_ATTR)]).toEqual([0, false]);
    const again = await visit(doc);
    expect(again.marks).toHaveLength(2);
    expect(again.revision!.summary.deleted).toEqual(['，分管负责同志要靠前指挥、一线督导']);
    clearChangeMarks(doc);
    expect(doc.body.textContent).toContain('请各单位于2026年12月10日前将隐患排查情况报送区应急管理局。');
  });

  it('flags nothing on a notice never annotated, and stores nothing of it', async () => {
    const doc = loadFixture('pages/revisions/notice.edited.html');
    await mem.page(PAGE).saveNotice(NOTICE);
    const { revision, marks } = await visit(doc);
    expect([revision, marks]).toEqual([null, []]);
    expect(await mem.extension().listVersions(PAGE)).toEqual([]);
  });
});
