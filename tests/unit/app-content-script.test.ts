// @vitest-environment-options { "url": "http://gxj.xa.gov.cn/xwzx/gzdt/sample.html" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '../../utils/app/content-script';
import type { NoticeApp } from '../../utils/app/controller';
import { marksKit, type ReadyAnalysis } from '../../utils/app/ready-analysis';
import type { AnalysisKit } from '../../utils/app/analysis-kit';
import { detectPageSliced } from '../../utils/page/analyze';
import { loadIntoGlobalDocument } from './helpers/load-page';
import { READ_AS_NOTICE } from '../../utils/read-as-notice';
import { pageSlicer } from '../../utils/page/chunk';
import { ALL_SITES_FLAG } from '../../utils/all-sites-page';
import { installSiteJudge } from '../../utils/page/site-judge';

// The always-loaded content script (utils/app/content-script.ts) on happy-dom: it only decides, has a sure notice
// marked by notice-marks.js (here its analysis kit put where the bundle puts it), hands the notice to the notice
// app (here a stand-in, as notice-app.js is a separate bundle), and answers "not a notice".
type Scope = { __noticeLensApp?: unknown; __noticeLensKit?: unknown };
let ctx: ContentScriptContext;

const ask = async (message: unknown) => {
  let reply: unknown;
  await fakeBrowser.runtime.onMessage.trigger(message, {} as never, (r: unknown) => (reply = r));
  return reply;
};

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.removeAttribute('data-notice-lens');
  ctx = new ContentScriptContext('content', {});
});
afterEach(() => {
  ctx.abort();
  delete (globalThis as Scope).__noticeLensApp;
  delete (globalThis as Scope).__noticeLensKit;
});

describe('the content script', () => {
  it('marks a sure notice before the app starts, hands it the finished analysis, and the app then answers the tab', async () => {
    loadIntoGlobalDocument('pages/sample-notice.html');
    const app: NoticeApp = { reanalyse: vi.fn(async () => {}), answer: vi.fn(() => 'from the app'), stop: vi.fn() };
    let marksWhenStarted = -1;
    const start = vi.fn((..._args: unknown[]) => {
      marksWhenStarted = document.querySelectorAll('[data-nl-directive]').length;
      return app;
    });
    (globalThis as Scope).__noticeLensApp = start;
    (globalThis as Scope).__noticeLensKit = marksKit;
    await runContentScript(ctx);
    expect(start).toHaveBeenCalledTimes(1);
    const [givenCtx, detection, kit, , ready] = start.mock.calls[0] as [unknown, unknown, AnalysisKit, unknown, ReadyAnalysis];
    expect(givenCtx).toBe(ctx);
    // notice-app.js has no analysis code of its own: it is handed notice-marks.js's, and the detector's.
    expect(kit.analyse).toBe(marksKit.analyse);
    expect(kit.detect).toBe(detectPageSliced);
    expect(detection).toEqual(expect.objectContaining({ verdict: expect.objectContaining({ isNotice: true }) }));
    // The sample's directives were in the page when the app was started, and the app gets those very marks.
    const analysis = await ready.analysis;
    expect(marksWhenStarted).toBeGreaterThan(0);
    expect(analysis.directives.map((d) => d.element)).toEqual([...document.querySelectorAll('[data-nl-directive]')]);
    // Its panel and "notice" verdict are the app's: not set before it runs.
    expect(document.documentElement.getAttribute('data-notice-lens')).toBeNull();
    expect(await ask({ type: 'status' })).toBe('from the app');
    ctx.abort();
    expect(app.stop).toHaveBeenCalledTimes(1);
  });

  it('leaves the page as it is, and still answers the tab, when the analysis code cannot be loaded', async () => {
    loadIntoGlobalDocument('pages/sample-notice.html');
    const before = document.body.innerHTML;
    const start = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // No kit in this world: the bundle's address cannot be imported here (happy-dom), nor does a background answer.
    (globalThis as Scope).__noticeLensApp = start;
    await runContentScript(ctx);
    expect(start).not.toHaveBeenCalled();
    expect(document.body.innerHTML).toBe(before);
    expect(warn).toHaveBeenCalledWith('Notice Lens: its code for notices could not be loaded', expect.anything());
    expect(await ask({ type: 'status' })).toMatchObject({ notice: false });
    warn.mockRestore();
  });

  it('reads a turned-down page as a notice when the reader asks, keeps the answer, and keeps it on the next visit', async () => {
    loadIntoGlobalDocument('pages/undated-guidance.html');
    const app: NoticeApp = { reanalyse: vi.fn(async () => {}), answer: vi.fn(() => undefined), stop: vi.fn() };
    const start = vi.fn((..._args: unknown[]) => app);
    (globalThis as Scope).__noticeLensApp = start;
    (globalThis as Scope).__noticeLensKit = marksKit;
    await runContentScript(ctx);
    expect(document.documentElement.getAttribute('data-notice-lens')).toBe('none');
    expect(start).not.toHaveBeenCalled();

    // The popup's request: answered once the page is read (asynchronously, the channel kept open).
    const replied = new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger({ type: 'read-as-notice' }, {} as never, resolve));
    expect(await replied).toEqual({ ok: true });
    expect(start).toHaveBeenCalledTimes(1);
    const [, detection, kit] = start.mock.calls[0] as [unknown, { verdict: { isNotice: boolean; reasons: string[] } }, AnalysisKit];
    expect(detection.verdict.isNotice).toBe(true);
    expect(detection.verdict.reasons).toContain(READ_AS_NOTICE);
    expect(Object.values(await fakeBrowser.storage.local.get(null))).toEqual([true]);
    // Later detections of the same page (late content) keep the reader's answer.
    expect(kit.detect).not.toBe(detectPageSliced);
    expect((await kit.detect(document, pageSlicer(window))).verdict.isNotice).toBe(true);
    expect((await detectPageSliced(document, pageSlicer(window))).verdict.isNotice).toBe(false);

    // The next visit finds the answer before anything else and reads the page as a notice at once.
    ctx.abort();
    document.documentElement.removeAttribute('data-notice-lens');
    loadIntoGlobalDocument('pages/undated-guidance.html');
    ctx = new ContentScriptContext('content', {});
    await runContentScript(ctx);
    expect(start).toHaveBeenCalledTimes(2);
    expect((start.mock.calls[1] as [unknown, { verdict: { reasons: string[] } }])[1].verdict.reasons).toContain(READ_AS_NOTICE);
  });

  it('answers no to "read as a notice" on a page with no body, and changes nothing', async () => {
    loadIntoGlobalDocument('pages/column-list.html');
    const start = vi.fn();
    (globalThis as Scope).__noticeLensApp = start;
    await runContentScript(ctx);
    const replied = new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger({ type: 'read-as-notice' }, {} as never, resolve));
    expect(await replied).toEqual({ ok: false });
    expect(start).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(document.documentElement.getAttribute('data-notice-lens')).toBe('none');
  });

  it('run on all sites, judges a site once per visit, and leaves a site that is no government\'s alone, unwatched', async () => {
    loadIntoGlobalDocument('pages/sample-notice.html');
    const scope = globalThis as Record<string, unknown>;
    const judge = vi.fn(() => false);
    scope[ALL_SITES_FLAG] = true;
    installSiteJudge(judge);
    const start = vi.fn();
    (globalThis as Scope).__noticeLensApp = start;
    try {
      await runContentScript(ctx);
      // The watch for late content and the decision both ask; the judge reads the page once.
      expect(judge).toHaveBeenCalledTimes(1);
      expect(document.documentElement.getAttribute('data-notice-lens')).toBe('none');
      // Not watched: a body added later is not read.
      document.body.insertAdjacentHTML('beforeend', `<div>${'各单位要高度重视，认真落实。'.repeat(60)}</div>`);
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(judge).toHaveBeenCalledTimes(1);
      expect(start).not.toHaveBeenCalled();
    } finally {
      delete scope[ALL_SITES_FLAG];
      installSiteJudge(undefined as never);
    }
  });

  it('marks a page that is no notice "none", loads nothing and says so when asked', async () => {
    loadIntoGlobalDocument('pages/column-list.html');
    const start = vi.fn();
    (globalThis as Scope).__noticeLensApp = start;
    await runContentScript(ctx);
    expect(document.documentElement.getAttribute('data-notice-lens')).toBe('none');
    expect(start).not.toHaveBeenCalled();
    expect(await ask({ type: 'status' })).toMatchObject({ notice: false });
    expect(await ask({ type: 'orphans' })).toBeUndefined();
  });
});
