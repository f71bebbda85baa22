import { describe, expect, it } from 'vitest';
import { RECORD_VERDICTS } from './helpers';
import { useFirefox } from './browser-setup';

// The Firefox build on the sample notice: detected, duplicate hidden, the six
// directives marked and outlined (the app part loads with import() there too).
const env = useFirefox();

describe('Firefox', () => {
  it('handles the sample notice like Chromium', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
    const seen = await page.evaluate(() => ({
      ordinals: Array.from(document.querySelectorAll('[data-nl-directive]')).map((e) => e.getAttribute('data-nl-ordinal')),
      body: (document.querySelector('#zoom') as HTMLElement).innerText.replace(/\s+/g, ''),
      // One panel host, its root closed to the page's scripts (the outline inside is checked in Chromium).
      ui: Array.from(document.querySelectorAll('notice-lens-ui'), (el) => el.shadowRoot === null),
    }));
    expect(seen.ordinals).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    expect(seen.body.split('9月4日上午，市工信委李初管主任').length - 1).toBe(1);
    expect(seen.ui).toEqual([true]);
  });

  it('outlines the numbers it draws before an <ol>\'s items, and not the lists of links', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('zjj.wuxi.gov.cn', 'pages/ueditor-ol-notice.html'));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
    await page.waitForSelector('[data-nl-drawn]', { timeout: 20_000 });
    const seen = await page.evaluate(() => ({
      drawn: Array.from(document.querySelectorAll('[data-nl-drawn]'), (e) => `${e.getAttribute('data-nl-level')} ${e.getAttribute('data-nl-ordinal')}`),
      elsewhere: document.querySelectorAll('.crumb [data-nl-directive], table [data-nl-directive], .side [data-nl-directive]').length,
    }));
    // Written out by hand from the fixture (the same in Chromium: drawn-lists.e2e.ts).
    expect(seen.drawn).toEqual(['3 1.', '3 2.', '3 3.', '4 a.', '4 b.']);
    expect(seen.elsewhere).toBe(0);
  });

  it('reads a page its own ready handler fills once, after the handler (Firefox starts the script before it)', async () => {
    const page = await env.browser.newPage();
    await page.evaluateOnNewDocument(RECORD_VERDICTS);
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/ready-template-notice.html'));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('[data-nl-directive]'), (e) => e.getAttribute('data-nl-ordinal'))))
      .toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    expect(await page.evaluate('window.__verdicts')).toEqual(['notice']);
    expect(await page.evaluate(() => performance.getEntriesByName('notice-lens:detect').length)).toBe(1);
  });

  it('leaves a column list page alone', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/column-list.html'));
    await page.waitForSelector('html[data-notice-lens="none"]', { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelectorAll('notice-lens-ui,[data-nl-directive]').length)).toBe(0);
  });
});
