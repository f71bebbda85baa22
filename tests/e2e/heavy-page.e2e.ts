import { describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { closedUi } from './closed-root';

// A notice on a page heavy to lay out (a statistics widget of 25,000 elements beside it): the docked panel's margin
// would make the browser lay the whole page out again, a long pause before the reader asked for anything, so the
// panel starts as the slim tab and the page keeps its width; the reader's click opens it, docked, as anywhere.
const env = useChromium();
const HOST = 'gxj.xa.gov.cn';
const SAMPLE = readFileSync(new URL('../fixtures/pages/sample-notice.html', import.meta.url), 'utf8');
const HEAVY = SAMPLE.replace('</body>', `<div class="stats" aria-hidden="true">${'<span class="pv">·</span>'.repeat(25_000)}</div></body>`);

async function open(path: string, html: string): Promise<Page> {
  env.server.override(path, html);
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(HOST, path), { timeout: 30_000 });
  await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 30_000 });
  return page;
}

const pageDock = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-nl-panel'));
const ordinals = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-nl-directive]')].map((el) => el.getAttribute('data-nl-ordinal')));

describe('the panel on a page heavy to lay out', () => {
  it('an ordinary notice opens with the panel docked (the page moved aside)', async () => {
    const page = await open('pages/heavy/ordinary.html', SAMPLE);
    const ui = closedUi(page);
    await ui.waitFor('.nl-panel');
    expect(await pageDock(page)).toBe('right');
    await page.close();
  });

  it('beside 25,000 elements: marked, the panel a slim tab, the page its full width; a click opens it docked', async () => {
    const page = await open('pages/heavy/stats.html', HEAVY);
    expect(await ordinals(page)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    const ui = closedUi(page);
    await ui.waitFor('.nl-launcher');
    expect(await ui.count('.nl-panel')).toBe(0);
    expect(await pageDock(page)).toBeNull();

    await ui.click('.nl-launcher');
    await ui.waitFor('.nl-panel');
    expect(await pageDock(page)).toBe('right');
    await page.close();
  });
});
