import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import type { NoticeRecord } from '../../utils/model';
import { normalizeNoticeUrl } from '../../utils/text/url';
import { closedUi } from './closed-root';
import { selectText } from './helpers';
import { controlPage, extUrl, openTab, send, until } from './panel-helpers';

// No reading history by default: a notice merely opened is not stored; the first highlight stores it
// (with the title its visit read); the reader's option "remember the notices I open" stores visits too.
const env = useChromium();
let ctl: Page;
beforeAll(async () => {
  ctl = await controlPage(env.browser);
});

type Entry = { page: string; notice: NoticeRecord | null; count: number };
const stored = async () => (await send<Entry[]>(ctl, { type: 'library/list' })).map((e) => [e.page, e.count, e.notice?.title ?? null]);
/** Waits until the background has handled the visit's notice/save (it then describes the open notice). */
const visited = (page: string) => until(() => send<NoticeRecord | null>(ctl, { type: 'notice/get', page }));

describe('what the store keeps', () => {
  const url = () => env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');

  it('opening a notice stores nothing; highlighting in it stores the notice with its title', async () => {
    const key = normalizeNoticeUrl(url());
    const { page } = await openTab(ctl, env.browser.context, url());
    await page.waitForSelector('html[data-notice-lens="notice"]');
    const title = (await visited(key)).title;
    expect(title.length).toBeGreaterThan(5);
    expect(await stored()).toEqual([]);

    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    await expect.poll(() => lib.locator('[data-nl-field="totals"]').innerText()).toBe('共 0 篇公文，0 条批注');
    // The library asked the browser once to keep the notes (utils/store/persist.ts), unless they already are kept.
    await expect
      .poll(() => lib.evaluate(async () => [await navigator.storage.persisted(), typeof (await chrome.storage.local.get('storagePersistAsked')).storagePersistAsked]))
      .toSatisfy(([persisted, asked]) => persisted === true || asked === 'string');

    await selectText(page, '必须切实扛起生态保护政治责任');
    await closedUi(page).click('[data-nl-action="highlight"][data-nl-color="yellow"]');
    await expect.poll(stored).toEqual([[key, 1, title]]);
    await lib.reload();
    await expect.poll(() => lib.locator('[data-nl-field="totals"]').innerText()).toBe('共 1 篇公文，1 条批注');
    await lib.close();
    await page.close();
  });

  it('with "remember the notices I open" turned on in the library, opening a notice stores it', async () => {
    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    const box = lib.locator('[data-nl-field="remember-opened"]');
    await expect.poll(() => box.isChecked()).toBe(false);
    await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect
      .poll(() => ctl.evaluate(async () => (await chrome.storage.local.get('readerSettings')).readerSettings))
      .toMatchObject({ rememberOpened: true });

    const other = env.server.url('www.gov.cn', 'pages/sample-notice.html');
    const { page } = await openTab(ctl, env.browser.context, other);
    await page.waitForSelector('html[data-notice-lens="notice"]');
    await expect.poll(async () => (await stored()).map(([p, count]) => [p, count])).toContainEqual([normalizeNoticeUrl(other), 0]);
    await page.close();
    await lib.close();
  });
});
