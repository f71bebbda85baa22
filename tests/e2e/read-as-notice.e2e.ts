import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './browser-setup';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { popupFor as openPopup, controlPage, download, extUrl, openTab } from './panel-helpers';

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

describe('the answer in the backup', () => {
  it('is saved with the backup, gone with "delete everything", and back when the backup is restored', async () => {
    const url = env.server.url('www.epa.gov', 'pages/undated-guidance.html?district=backup');
    const { tabId, page } = await openTab(ctl, env.browser.context, url);
    const popup = await popupFor(tabId);
    await popup.locator('[data-nl-action="read-as-notice"]').click();
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    await popup.close();

    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    await lib.waitForSelector('main.lib:not([data-nl-loading])');
    const file = await download(lib, () => lib.locator('[data-nl-action="backup-export"]').click());
    const pages: string[] = JSON.parse(file.data.toString('utf8')).readAsNotice;
    expect(pages).toContain(url);
    const dir = await mkdtemp(join(tmpdir(), 'notice-lens-read-as-notice-'));
    const path = join(dir, file.name);
    await writeFile(path, file.data);

    await lib.locator('[data-nl-action="wipe"]').click();
    await lib.locator('[data-nl-action="confirm-wipe"]').click();
    await expect.poll(() => lib.locator('[data-nl-outcome]').innerText()).toMatch(/^已删除/);
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="none"]', { timeout: 15_000 });
    expect(await page.locator('[data-nl-directive]').count()).toBe(0);

    await lib.locator('[data-nl-field="backup-file"]').setInputFiles(path);
    await expect.poll(() => lib.locator('[data-nl-outcome]').getAttribute('data-nl-outcome'), { timeout: 15_000 }).toBe('ok');
    expect(await lib.locator('[data-nl-outcome]').innerText()).toContain(`${pages.length} 个页面恢复为按公文阅读。`);
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    expect(await page.locator('[data-nl-directive]').count()).toBe(6);
    await rm(dir, { recursive: true, force: true });
    await lib.close();
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
