import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox } from './browser-setup';
import { uiClick, uiCount } from './firefox-ui';

// The panel's room in Firefox (tests/e2e/panel-dock.e2e.ts has the whole story in Chromium): the sample's centred
// 1060 px column does not fit beside a docked panel in a 1280 px window, so the panel starts collapsed there, and
// opens docked in a 1536 px window, where it does. Firefox lays out and reports the text's boxes on its own.
const env = useFirefox();

async function visit(width: number): Promise<Page> {
  const page = await env.browser.newPage();
  // WebDriver BiDi's own command: puppeteer's setViewport also asks for a screen orientation override, which
  // Firefox ESR 140 does not have.
  const frame = page.mainFrame() as unknown as { browsingContext: { setViewport(o: { viewport: { width: number; height: number } }): Promise<void> } };
  await frame.browsingContext.setViewport({ viewport: { width, height: 900 } });
  expect(await page.evaluate(() => window.innerWidth)).toBe(width);
  await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
  await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
  return page;
}

const pageDock = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-nl-panel'));

describe('the panel in Firefox, on a page laid out wider than the room beside it', () => {
  it('starts collapsed in a 1280 px window with the text all in view, open in a 1536 px one, and opens when the reader asks', async () => {
    const narrow = await visit(1280);
    await expect.poll(() => uiCount(narrow, '.nl-launcher'), { timeout: 10_000 }).toBe(1);
    expect(await uiCount(narrow, '.nl-panel')).toBe(0);
    expect(await pageDock(narrow)).toBeNull();
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

    const wide = await visit(1536);
    await expect.poll(() => uiCount(wide, '.nl-panel'), { timeout: 10_000 }).toBe(1);
    expect(await pageDock(wide)).toBe('right');
    await wide.close();

    await uiClick(narrow, '.nl-launcher');
    await expect.poll(() => uiCount(narrow, '.nl-panel')).toBe(1);
    expect(await pageDock(narrow)).toBe('right');
    await narrow.close();
  });
});
