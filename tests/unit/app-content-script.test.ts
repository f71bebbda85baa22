// @vitest-environment-options { "url": "http://gxj.xa.gov.cn/xwzx/gzdt/sample.html" }
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runContentScript } from '../../utils/app/content-script';
import type { NoticeApp } from '../../utils/app/controller';
import { loadIntoGlobalDocument } from './helpers/load-page';

// The always-loaded content script (utils/app/content-script.ts) on happy-dom: it only decides, hands a
// notice to the notice app (here a stand-in, as notice-app.js is a separate bundle), and answers "not a notice".
type Scope = { __noticeLensApp?: unknown };
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
});

describe('the content script', () => {
  it('hands a notice to the notice app, which then answers the tab', async () => {
    loadIntoGlobalDocument('pages/sample-notice.html');
    const app: NoticeApp = { reanalyse: vi.fn(async () => {}), answer: vi.fn(() => 'from the app'), stop: vi.fn() };
    const start = vi.fn(() => app);
    (globalThis as Scope).__noticeLensApp = start;
    await runContentScript(ctx);
    expect(start).toHaveBeenCalledTimes(1);
    expect(start.mock.calls[0]).toEqual([ctx, expect.objectContaining({ verdict: expect.objectContaining({ isNotice: true }) })]);
    expect(await ask({ type: 'status' })).toBe('from the app');
    ctx.abort();
    expect(app.stop).toHaveBeenCalledTimes(1);
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
