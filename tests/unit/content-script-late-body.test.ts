// @vitest-environment-options { "url": "http://gxj.xa.gov.cn/xwzx/gzdt/5d4906d3fd850833ac5a3b48.html" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '../../utils/app/content-script';
import { marksKit } from '../../utils/app/ready-analysis';
import { loadIntoGlobalDocument } from './helpers/load-page';

// A CMS that renders or fetches its body as the page opens (tests/fixtures/pages/ready-template-notice.html renders
// the sample's article from an inline template): the body can arrive while the content script's first detection
// runs, after detection read the page. The watch for late content must
// count that arrival as a change, or the notice stays "none" for good. Detection is wrapped so the body arrives
// at exactly that moment: after the real detection read the page, before its verdict is acted on.
const hook = vi.hoisted(() => ({ afterDetect: null as null | (() => void) }));
vi.mock('../../utils/page/detect', async (importActual) => {
  const actual = await importActual<typeof import('../../utils/page/detect')>();
  return {
    ...actual,
    detectPageSliced: async (...args: Parameters<typeof actual.detectPageSliced>) => {
      const detection = await actual.detectPageSliced(...args);
      const insert = hook.afterDetect;
      hook.afterDetect = null;
      insert?.();
      return detection;
    },
  };
});

type Scope = { __noticeLensApp?: unknown; __noticeLensKit?: unknown };
let ctx: ContentScriptContext;

/** What the page's own ready handler does (happy-dom runs no page script): the template's article replaces the loading tip. */
function renderArticle(): void {
  const app = document.getElementById('app')!;
  app.innerHTML = document.getElementById('article-tpl')!.textContent!;
  app.className = '';
}

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.removeAttribute('data-notice-lens');
  ctx = new ContentScriptContext('content', {});
  (globalThis as Scope).__noticeLensKit = marksKit;
});
afterEach(() => {
  ctx.abort();
  hook.afterDetect = null;
  delete (globalThis as Scope).__noticeLensApp;
  delete (globalThis as Scope).__noticeLensKit;
});

describe('a body that arrives while the first detection runs', () => {
  it('is read as a notice once the page is quiet, though the first reading found only the loading tip', async () => {
    loadIntoGlobalDocument('pages/ready-template-notice.html');
    const start = vi.fn(() => ({ reanalyse: async () => {}, answer: () => undefined, stop: () => {} }));
    (globalThis as Scope).__noticeLensApp = start;
    let detections = 0;
    hook.afterDetect = () => {
      detections++;
      renderArticle();
    };
    await runContentScript(ctx);
    // The first reading saw no body: not a notice, then.
    expect(detections).toBe(1);
    expect(document.documentElement.getAttribute('data-notice-lens')).toBe('none');
    expect(start).not.toHaveBeenCalled();
    // The body that came meanwhile is read after the watch's quiet period, and the notice marked and handed on.
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(1), { timeout: 4000, interval: 50 });
    expect(document.querySelectorAll('[data-nl-directive]').length).toBeGreaterThan(0);
  });

  it('is not needed on a page whose body never comes: the page stays "none" and nothing loads', async () => {
    loadIntoGlobalDocument('pages/ready-template-notice.html');
    const start = vi.fn();
    (globalThis as Scope).__noticeLensApp = start;
    await runContentScript(ctx);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(document.documentElement.getAttribute('data-notice-lens')).toBe('none');
    expect(start).not.toHaveBeenCalled();
  });
});
