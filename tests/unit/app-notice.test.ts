// @vitest-environment-options { "url": "http://gxj.xa.gov.cn/xwzx/gzdt/sample.html" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startNoticeApp, type NoticeApp } from '../../utils/app/controller';
import { translator } from '../../utils/i18n';
import { analyzePage, detectPage } from '../../utils/page/analyze';
import { analyseBeforeApp, marksKit } from '../../utils/app/ready-analysis';
import { withDetection } from '../../utils/app/analysis-kit';
import { toInput } from '../../utils/store/api';
import { loadFixture, loadIntoGlobalDocument } from './helpers/load-page';
import { memoryStore } from './helpers/memory-store';

// The notice app (utils/app/) on happy-dom with the real store in memory: one visit after another as
// the page changes. The real-browser proof of the same paths is tests/e2e/annotations.e2e.ts and panel.e2e.ts.
const PAGE = 'http://gxj.xa.gov.cn/xwzx/gzdt/sample.html';
const QUOTE = '这是目前最大的政治任务';
const t = translator('zh');
const ORDINALS_SIX = ['一要', '二要', '三要', '四要', '五是', '六是'];

let mem: ReturnType<typeof memoryStore>;
let ctx: ContentScriptContext;
let app: NoticeApp | null;

const marked = () => [...document.querySelectorAll('[data-nl-directive]')].map((e) => e.getAttribute('data-nl-ordinal'));
const drawn = (id: string) => [...document.querySelectorAll(`[data-nl-annotation="${id}"]`)].map((e) => e.textContent).join('');
const verdict = () => document.documentElement.getAttribute('data-notice-lens');

async function start(): Promise<NoticeApp> {
  app = startNoticeApp(ctx, detectPage(document), withDetection(marksKit), { t, openStore: (page) => mem.page(page) });
  await vi.waitFor(() => expect(verdict()).toBe('notice'));
  return app;
}

/**
 * A highlight stored earlier (another visit, another tab). The sample prints its body twice (a hidden
 * duplicate), so a quote alone is ambiguous; its position in the page text places it, as it would the page's own.
 */
async function storedHighlight(id: string, exact: string) {
  const start = analyzePage(loadFixture('pages/sample-notice.html')).index!.text.indexOf(exact);
  await mem.extension().saveAnnotation({
    id, page: PAGE, kind: 'highlight', tags: [], color: 'green', note: '已读',
    selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: Math.max(0, start), end: Math.max(0, start) + exact.length }],
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  mem = memoryStore();
  loadIntoGlobalDocument('pages/sample-notice.html');
  document.documentElement.removeAttribute('data-notice-lens');
  ctx = new ContentScriptContext('content', {});
  app = null;
});
afterEach(() => {
  app?.stop();
  ctx.abort();
});

describe("where the panel starts (happy-dom lays nothing out: the text's boxes are given where a test needs them)", () => {
  const docked = () => document.documentElement.getAttribute('data-nl-panel');
  const viewport = (width: number, height: number) =>
    (window as unknown as { happyDOM: { setViewport(v: { width: number; height: number }): void } }).happyDOM.setViewport({ width, height });
  const widen = () => viewport(1536, 900);
  /** The body's text laid out from `left` to `right` px, in a 1536 px page area that scrolls no further sideways. */
  const columnLaidOut = (left: number, right: number) => {
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
      () => [{ left, right, width: right - left, height: 32, top: 0, bottom: 32 }] as unknown as DOMRectList,
    );
    for (const prop of ['scrollWidth', 'clientWidth']) Object.defineProperty(document.documentElement, prop, { value: 1536, configurable: true });
  };
  afterEach(() => {
    // happy-dom's own window, as the other tests of this file expect it.
    viewport(1024, 768);
    vi.restoreAllMocks();
    for (const prop of ['scrollWidth', 'clientWidth']) delete (document.documentElement as unknown as Record<string, unknown>)[prop];
  });

  it('docks open in a wide window, and stays collapsed in a narrow one', async () => {
    await start();
    await vi.waitFor(() => expect(document.querySelectorAll('notice-lens-ui')).toHaveLength(1));
    expect(docked()).toBeNull();
    app?.stop();
    document.documentElement.removeAttribute('data-notice-lens');
    loadIntoGlobalDocument('pages/sample-notice.html');
    widen();
    await start();
    await vi.waitFor(() => expect(docked()).toBe('right'));
  });

  it("starts collapsed where the body's text, laid out beside the docked panel, runs under it, and remembers nothing", async () => {
    widen();
    // The sample's centred column once the page gave the panel its room: 30–1400 px, in a window whose page area
    // ends at 1536 px, the panel's column starting at 1216.
    columnLaidOut(30, 1400);
    await start();
    await vi.waitFor(() => expect(document.querySelectorAll('notice-lens-ui')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(docked()).toBeNull();
    // Collapsed for this page's layout, not by the reader: the remembered setting is as it was (none written).
    expect(await fakeBrowser.storage.local.get('readerSettings')).toEqual({});
  });

  it('docks open where the same column, narrowed, lies beside the panel', async () => {
    widen();
    columnLaidOut(30, 1180);
    await start();
    await vi.waitFor(() => expect(docked()).toBe('right'));
  });
});

describe('a visit on a notice page', () => {
  it('marks the directives, mounts the panel and re-attaches the stored highlights', async () => {
    await storedHighlight('h-1', QUOTE);
    await start();
    expect(marked()).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    expect(document.querySelectorAll('notice-lens-ui')).toHaveLength(1);
    await vi.waitFor(() => expect(drawn('h-1')).toBe(QUOTE));
    const mark = document.querySelector('[data-nl-annotation="h-1"]')!;
    expect(mark.getAttribute('data-nl-color')).toBe('green');
    expect(mark.hasAttribute('data-nl-has-note')).toBe(true);
    // The note itself never enters the page.
    expect(document.documentElement.outerHTML).not.toContain('已读');
  });

  it('answers the tab\'s messages: status, orphans, and a jump to a directive or an annotation', async () => {
    await storedHighlight('h-1', QUOTE);
    await storedHighlight('h-gone', '这段文字不在本页');
    const running = await start();
    await vi.waitFor(() => expect(drawn('h-1')).toBe(QUOTE));
    expect(running.answer({ type: 'status' })).toEqual({ notice: true, page: PAGE, directives: 6, highlights: 1, orphans: 1, duplicateChars: expect.any(Number) });
    expect(running.answer({ type: 'orphans' })).toEqual(['h-gone']);
    expect(running.answer({ type: 'jump', index: 2 })).toBe(true);
    expect(running.answer({ type: 'jump', index: 6 })).toBe(false);
    expect(running.answer({ type: 'jump-annotation', id: 'h-1' })).toBe(true);
    expect(running.answer({ type: 'jump-annotation', id: 'h-gone' })).toBe(false);
    // Not ours: no answer, so another listener may give one.
    expect(running.answer({ type: 'ui/ping' })).toBeUndefined();
  });

  it('shows what another context changed: a recolour and a delete in the side panel', async () => {
    await storedHighlight('h-1', QUOTE);
    await start();
    await vi.waitFor(() => expect(drawn('h-1')).toBe(QUOTE));
    const side = mem.extension();
    const stored = (await side.getAnnotation(PAGE, 'h-1'))!;
    await side.saveAnnotation(toInput(stored, { color: 'purple' }));
    await vi.waitFor(() => expect(document.querySelector('[data-nl-annotation="h-1"]')?.getAttribute('data-nl-color')).toBe('purple'));
    await side.deleteAnnotation('h-1');
    await vi.waitFor(() => expect(drawn('h-1')).toBe(''));
  });

  it('takes over the marks the content script made before it loaded, without analysing again', async () => {
    await storedHighlight('h-1', QUOTE);
    const detection = detectPage(document);
    const ready = await analyseBeforeApp(detection);
    const before = [...document.querySelectorAll('[data-nl-directive]')];
    expect(before.map((e) => e.getAttribute('data-nl-ordinal'))).toEqual(ORDINALS_SIX);
    performance.clearMeasures();
    app = startNoticeApp(ctx, detection, withDetection(marksKit), { t, openStore: (page) => mem.page(page) }, ready);
    await vi.waitFor(() => expect(verdict()).toBe('notice'));
    await vi.waitFor(() => expect(drawn('h-1')).toBe(QUOTE));
    // The very elements marked before: not unwrapped and marked again, not marked twice.
    expect([...document.querySelectorAll('[data-nl-directive]')]).toEqual(before);
    expect(performance.getEntriesByName('notice-lens:highlight')).toHaveLength(0);
    expect(app.answer({ type: 'status' })).toMatchObject({ notice: true, directives: 6, highlights: 1 });
  });

  it('analyses content a script added while the app loaded, after taking over the marks', async () => {
    const detection = detectPage(document);
    const ready = await analyseBeforeApp(detection);
    // notice-app.js is loading: the page adds a paragraph with a seventh directive to the notice's body.
    const body = ready.analysis.then((a) => a.body!);
    const p = document.createElement('p');
    p.textContent = `七要加强督促检查，${'确保各项工作落到实处，'.repeat(20)}`;
    (await body).append(p);
    app = startNoticeApp(ctx, detection, withDetection(marksKit), { t, openStore: (page) => mem.page(page) }, ready);
    // The new visit is complete (not only marked) before the test ends: its panel must not outlive the test.
    await vi.waitFor(() => expect(app!.answer({ type: 'status' })).toMatchObject({ notice: true, directives: 7 }), { timeout: 5_000 });
    expect(marked()).toEqual([...ORDINALS_SIX, '七要']);
    expect(verdict()).toBe('notice');
  });

  it('analyses content a script added while the marks were being made, after their analysis had read the page', async () => {
    const detection = detectPage(document);
    // The page adds a paragraph with a seventh directive as soon as the first mark is in: after the analysis read it.
    const body = detection.content!.root;
    const p = document.createElement('p');
    p.textContent = `七要加强督促检查，${'确保各项工作落到实处，'.repeat(20)}`;
    const adder = new MutationObserver(() => {
      if (!document.querySelector('[data-nl-directive]')) return;
      adder.disconnect();
      body.append(p);
    });
    adder.observe(document.body, { childList: true, subtree: true });
    const ready = await analyseBeforeApp(detection);
    expect((await ready.analysis).directives).toHaveLength(6);
    expect(p.isConnected).toBe(true);
    app = startNoticeApp(ctx, detection, withDetection(marksKit), { t, openStore: (page) => mem.page(page) }, ready);
    await vi.waitFor(() => expect(app!.answer({ type: 'status' })).toMatchObject({ notice: true, directives: 7 }), { timeout: 5_000 });
    expect(marked()).toEqual([...ORDINALS_SIX, '七要']);
  });

  it('starts afresh on navigation: the old marks and panel go, the new page is decided on its own', async () => {
    await storedHighlight('h-1', QUOTE);
    const running = await start();
    await vi.waitFor(() => expect(drawn('h-1')).toBe(QUOTE));
    // An SPA swaps the article for a page that is no notice.
    document.body.innerHTML = '<main><h1>站点地图</h1><ul><li><a href="/a">首页</a></li><li><a href="/b">机构</a></li></ul></main>';
    await running.reanalyse();
    expect(verdict()).toBe('none');
    expect(document.querySelectorAll('notice-lens-ui')).toHaveLength(0);
    expect(marked()).toEqual([]);
    expect(running.answer({ type: 'status' })).toMatchObject({ notice: false });
  });
});
