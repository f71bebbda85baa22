import { describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';

// What a page or a link can throw at Notice Lens. Nothing may break the page or stop
// later analyses of the tab.
const env = useChromium();
const ORDINALS = ['一要', '二要', '三要', '四要', '五是', '六是'];
const ordinals = (page: import('playwright-core').Page) =>
  page.$$eval('[data-nl-directive]', (els) => els.map((e) => e.getAttribute('data-nl-ordinal')));

describe('a hostile fragment in the address', () => {
  it('is ignored, and the tab keeps following the page afterwards', async () => {
    const page = await env.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // `%0A` decodes to a newline: not an id the store could have written.
    await page.goto(env.server.url('www.xa.gov.cn', 'pages/spa.html?article=1#notice-lens=a%0Ab'));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 10_000 });
    expect(await ordinals(page)).toEqual(ORDINALS);
    // The next in-page navigation is analysed afresh: the failing link did not stop the tab's analyses.
    await page.click('a[data-route="list"]');
    await page.waitForSelector('html[data-notice-lens="none"]', { timeout: 10_000 });
    expect(await page.locator('[data-nl-directive]').count()).toBe(0);
    await page.click('a[data-route="article"]');
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 10_000 });
    expect(await ordinals(page)).toEqual(ORDINALS);
    expect(errors).toEqual([]);
    await page.close();
  });
});
