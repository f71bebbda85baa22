import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './browser-setup';
import { popupFor as openPopup, controlPage, extUrl, openTab } from './panel-helpers';

// Detection puts precision first, so some notices are turned down: an agency's undated guidance page (no date, no
// labels, tests/fixtures/pages/undated-guidance.html) is one. The reader can say "read this page as a notice" in the
// popup: the page is outlined at once, and again on the next visit, until the reader takes it back.
const env = useChromium();
let ctl: Page;

const popupFor = (tab: number) => openPopup(env.browser, tab);

const drawnMarks = (page: Page) => page.$$eval('[data-nl-directive]', (els) => els.map((el) => `${el.getAttribute('data-nl-ordinal')} ${el.textContent!.slice(0, 12)}`));

beforeAll(async () => {
  ctl = await controlPage(env.browser);
});

describe('an undated guidance page, read as a notice at the reader\'s request', () => {
  let tab: { tabId: number; page: Page };

  it('is turned down by detection, and the popup offers to read it as a notice', async () => {
    tab = await openTab(ctl, env.browser.context, env.server.url('www.epa.gov', 'pages/undated-guidance.html'));
    expect(await tab.page.getAttribute('html', 'data-notice-lens')).toBe('none');
    const popup = await popupFor(tab.tabId);
    expect(await popup.locator('main').getAttribute('data-nl-state')).toBe('none');
    await popup.locator('[data-nl-action="read-as-notice"]').click();
    // The page is read at once: its six steps (two lists drawn by the browser) are marked, the panel is there.
    await tab.page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    expect(await drawnMarks(tab.page)).toEqual([
      '1. the purchase', '2. the name of ', '3. a signed sta', '1. Upload the f', '2. Scrap each r', '3. Keep all rec',
    ]);
    expect(await tab.page.locator('notice-lens-ui').count()).toBe(1);
    await expect.poll(() => popup.locator('main').getAttribute('data-nl-state')).toBe('notice');
    expect(await popup.locator('[data-nl-field="read-as-notice"]').innerText()).toBe('应您的要求按公文阅读。');
    await popup.close();
  });

  it('is read as a notice again on the next visit', async () => {
    await tab.page.reload();
    await tab.page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    expect(await tab.page.locator('[data-nl-directive]').count()).toBe(6);
  });

  it('is judged by detection alone again once the reader takes the answer back', async () => {
    const popup = await popupFor(tab.tabId);
    const reloaded = tab.page.waitForEvent('load');
    await popup.locator('[data-nl-action="stop-read-as-notice"]').click();
    await reloaded;
    await tab.page.waitForSelector('html[data-notice-lens="none"]', { timeout: 15_000 });
    expect(await tab.page.locator('[data-nl-directive], notice-lens-ui').count()).toBe(0);
    await popup.close();
  });
});

describe('the same from the side panel', () => {
  it('reads the page as a notice and shows its outline there', async () => {
    // Another address of the page (its own key), never read as a notice before.
    const { tabId, page } = await openTab(ctl, env.browser.context, env.server.url('www.epa.gov', 'pages/undated-guidance.html?district=panel'));
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('none');
    const panel = await env.browser.context.newPage();
    await panel.goto(extUrl(env.browser, `sidepanel.html?tab=${tabId}`));
    await expect.poll(() => panel.locator('[data-nl-state="none"]').innerText(), { timeout: 15_000 }).toContain('不是公文页面');
    await panel.locator('[data-nl-action="read-as-notice"]').click();
    await panel.waitForSelector('[data-nl-directive-entry]', { timeout: 15_000 });
    expect(await panel.locator('[data-nl-directive-entry]').count()).toBe(6);
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('notice');
    await panel.close();
    await page.close();
  });
});

describe('a page with no body to read', () => {
  it('says so, and changes nothing', async () => {
    const { tabId, page } = await openTab(ctl, env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/column-list.html'));
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('none');
    const popup = await popupFor(tabId);
    await popup.locator('[data-nl-action="read-as-notice"]').click();
    await expect.poll(() => popup.locator('[data-nl-field="message"]').innerText()).toBe('此页没有可按公文阅读的正文。');
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('none');
    expect(await page.locator('[data-nl-directive], notice-lens-ui').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
