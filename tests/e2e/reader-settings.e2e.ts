import { afterEach, describe, expect, it } from 'vitest';
import { launchWithExtension, openAnalyzed, type ExtensionBrowser } from '../tools/browser';
import { startFixtureServer, type FixtureServer } from '../tools/server';
import { closedUi } from './closed-root';

// The browser's language picks the UI language, its colour scheme the panel's
// colours, and everything in the panel works from the keyboard.
let browser: ExtensionBrowser | undefined;
let server: FixtureServer | undefined;
afterEach(async () => {
  await browser?.close();
  await server?.close();
});

async function open(options: Parameters<typeof launchWithExtension>[0]) {
  server = await startFixtureServer();
  browser = await launchWithExtension(options);
  return openAnalyzed(browser.context, server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
}

describe('reader settings', () => {
  it('speaks English in an English browser', async () => {
    const page = await open({ lang: 'en-US' });
    expect(await closedUi(page).text('.nl-banner')).toMatch(/^Duplicated body hidden \(\d+ characters\)/);
    expect(await closedUi(page).text('.nl-title')).toContain('Directives');
  });

  it('speaks Chinese in a Chinese browser', async () => {
    const page = await open({ lang: 'zh-CN' });
    expect(await closedUi(page).text('.nl-banner')).toMatch(/^已隐藏重复正文（\d+ 字）/);
  });

  it('uses dark colours when the system is dark', async () => {
    const page = await open({ colorScheme: 'dark' });
    const bg = await closedUi(page).evaluate('.nl-panel', (el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(200);
  });

  it('jumps to a directive from the keyboard', async () => {
    const page = await open({});
    await page.evaluate(() => window.scrollTo(0, 0));
    await closedUi(page).focus('[data-nl-outline-item="5"]');
    await page.keyboard.press('Enter');
    const target = page.locator('[data-nl-directive="5"]');
    await expect
      .poll(() => target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }))
      .toBe(true);
  });
});
