import { describe, expect, it } from 'vitest';
import { RECORD_VERDICTS } from './helpers';
import { useChromium } from './browser-setup';
import { closedUi } from './closed-root';

// Notices whose body arrives after load, and portals that change page through the
// History API: the reader must get the same result as on a plain page.
const env = useChromium();
const ORDINALS = ['一要', '二要', '三要', '四要', '五是', '六是'];
const ordinals = (page: import('playwright-core').Page) =>
  page.$$eval('[data-nl-directive]', (els) => els.map((e) => e.getAttribute('data-nl-ordinal')));


describe('late and changing content', () => {
  it('reads a page its own ready handler fills, once, after the handler and before the page\'s load', async () => {
    const page = await env.browser.context.newPage();
    await page.addInitScript(RECORD_VERDICTS);
    // The page's visitor counter never answers: its load event never fires while the test looks.
    await page.route('**/stat/counter.gif*', () => new Promise(() => {}));
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/ready-template-notice.html'), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 10_000 });
    expect(await ordinals(page)).toEqual(ORDINALS);
    expect(await page.evaluate(() => document.readyState)).toBe('interactive');
    expect(await page.evaluate('window.__verdicts')).toEqual(['notice']);
    expect(await page.evaluate(() => performance.getEntriesByName('notice-lens:detect').length)).toBe(1);
    await page.close();
  });

  it('analyses a notice whose body a script adds after load', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/late-notice.html'));
    await page.waitForSelector('html[data-notice-lens="none"]');
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 10_000 });
    expect(await ordinals(page)).toEqual(ORDINALS);
    const text = (await page.locator('#zoom').innerText()).replace(/\s+/g, '');
    expect(text.split('9月4日上午，市工信委李初管主任').length - 1).toBe(1);
    await page.close();
  });

  it('follows History API navigation from a list to a notice', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('www.xa.gov.cn', 'pages/spa.html'));
    await page.waitForSelector('html[data-notice-lens="none"]');
    await page.click('a[data-route="article"]');
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 10_000 });
    expect(await ordinals(page)).toEqual(ORDINALS);
    expect(await closedUi(page).count('[data-nl-outline-item]')).toBe(6);
    // And back to the list: the marks and the panel go away.
    await page.click('a[data-route="list"]');
    await page.waitForSelector('html[data-notice-lens="none"]', { timeout: 10_000 });
    expect(await page.locator('[data-nl-directive]').count()).toBe(0);
    expect(await page.locator('notice-lens-ui').count()).toBe(0);
    await page.close();
  });
});
