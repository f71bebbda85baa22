import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { closedUi } from './closed-root';

// Where the in-page panel sits, on the sample notice (its body is a centred 1000 px column): docked, it takes a
// column at the window's edge and the page moves aside, so the body text is never under it; the dock button
// moves it to the other edge, and a reload keeps it there; a narrow window starts with it collapsed to a slim tab.
const env = useChromium();
const open = () => openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));

// A test run never rewrites the repository: screenshots land in tests/.tmp unless NL_UPDATE_SCREENSHOTS=1.
const SHOT_DIR = process.env.NL_UPDATE_SCREENSHOTS === '1' ? 'docs' : 'tests/.tmp/screenshots';

beforeAll(async () => {
  await mkdir(SHOT_DIR, { recursive: true });
});

interface Box { left: number; right: number; top: number; bottom: number }
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The box of the notice's body text (every paragraph of #zoom), in viewport pixels. */
function textBox(page: Page): Promise<Box> {
  return page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#zoom')!);
    const { left, right, top, bottom } = range.getBoundingClientRect();
    return { left, right, top, bottom };
  });
}

function panelBox(page: Page): Promise<Box> {
  return closedUi(page).evaluate('.nl-panel', (el) => {
    const { left, right, top, bottom } = el.getBoundingClientRect();
    return { left, right, top, bottom };
  });
}

const pageDock = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-nl-panel'));

describe('the docked panel', () => {
  it('moves to the left edge with its dock button, the body text beside it, and stays there after a reload', async () => {
    const page = await open();
    const ui = closedUi(page);
    await ui.waitFor('.nl-panel');
    // Docked right by default, at the right edge.
    expect(await pageDock(page)).toBe('right');
    expect(await ui.attr('[data-nl-action="dock"]', 'aria-label')).toBe('停靠左侧');
    expect((await panelBox(page)).right).toBe(1280);

    await ui.click('[data-nl-action="dock"]');
    await expect.poll(() => pageDock(page)).toBe('left');
    const panel = await panelBox(page);
    expect(panel).toMatchObject({ left: 0, right: 320 });
    const text = await textBox(page);
    expect(text.right - text.left).toBeGreaterThan(900);
    expect(overlap(text, panel)).toBe(false);
    expect(await ui.attr('[data-nl-action="dock"]', 'aria-label')).toBe('停靠右侧');
    await writeFile(`${SHOT_DIR}/panel-dock-left.png`, await page.screenshot());

    // What the margin does: without it the centred column would run under the panel.
    await page.evaluate(() => document.documentElement.removeAttribute('data-nl-panel'));
    expect(overlap(await textBox(page), panel)).toBe(true);
    await page.evaluate(() => document.documentElement.setAttribute('data-nl-panel', 'left'));

    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    await ui.waitFor('.nl-panel[data-nl-dock="left"]');
    expect(await pageDock(page)).toBe('left');
    expect(overlap(await textBox(page), await panelBox(page))).toBe(false);
    await page.close();
  });

  it('gives the page its width back when collapsed to the slim tab, and takes it again when reopened', async () => {
    const page = await open();
    const ui = closedUi(page);
    await ui.waitFor('.nl-panel[data-nl-dock="left"]');
    const docked = await textBox(page);
    await ui.click('.nl-panel .nl-close:not([data-nl-action])');
    await ui.waitFor('.nl-launcher');
    expect(await pageDock(page)).toBeNull();
    // The centred column is back in the middle of the window, and the slim tab sits on the left edge.
    expect((await textBox(page)).left).toBeLessThan(docked.left);
    expect(await ui.evaluate('.nl-launcher', (el) => el.getBoundingClientRect().left)).toBe(0);
    await ui.click('.nl-launcher');
    await ui.waitFor('.nl-panel');
    expect(await pageDock(page)).toBe('left');
    expect((await textBox(page)).left).toBe(docked.left);
    await ui.click('[data-nl-action="dock"]');
    await expect.poll(() => pageDock(page)).toBe('right');
    await page.close();
  });
});

describe('in a narrow window', () => {
  it('starts collapsed under 1200 px, even though it was left open, and opens docked when the reader asks', async () => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
    await page.waitForSelector('html[data-notice-lens="notice"]');
    const ui = closedUi(page);
    await ui.waitFor('.nl-launcher');
    expect(await ui.count('.nl-panel')).toBe(0);
    expect(await pageDock(page)).toBeNull();
    const launcher = await ui.evaluate('.nl-launcher', (el) => { const r = el.getBoundingClientRect(); return { right: r.right, width: r.width }; });
    expect(launcher.right).toBe(1000);
    expect(launcher.width).toBeLessThan(40);
    await writeFile(`${SHOT_DIR}/panel-narrow.png`, await page.screenshot());

    await ui.click('.nl-launcher');
    await ui.waitFor('.nl-panel');
    expect(await pageDock(page)).toBe('right');
    await page.close();

    // The same window wide again: the panel was never collapsed by the reader, so it starts open.
    const wide = await open();
    await closedUi(wide).waitFor('.nl-panel');
    await wide.close();
  });
});
