import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { closedUi } from './closed-root';

// Where the in-page panel sits, on the sample notice (its body is a centred 1000 px column, 1060 px with its
// padding): docked, it takes a column at the window's edge and the page moves aside, so the body text is never
// under it; the dock button moves it to the other edge, and a reload keeps it there; a narrow window, or one that
// leaves the column no room beside the panel, starts with it collapsed to a slim tab.
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
    expect((await panelBox(page)).right).toBe(1536);
    // The window (1536 px) leaves the centred 1060 px column room beside the panel: no line runs under it.
    expect(overlap(await textBox(page), await panelBox(page))).toBe(false);

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

describe('a page laid out wider than the room beside the panel', () => {
  const sample = () => env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  const visit = async (url: string, width: number) => {
    const page = await env.browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await page.waitForSelector('html[data-notice-lens="notice"]');
    return page;
  };
  /** The page area's width: the window less a classic scroll bar, where the panel's fixed column ends. */
  const pageArea = (page: Page) => page.evaluate(() => document.documentElement.clientWidth);

  it('starts collapsed in a 1280 px window, its text all in view, without changing what the reader chose', async () => {
    // 1060 px of column and 320 px of panel do not fit in 1280 px: docked, the lines' ends would lie under it.
    const page = await visit(sample(), 1280);
    const ui = closedUi(page);
    await ui.waitFor('.nl-launcher');
    expect(await ui.count('.nl-panel')).toBe(0);
    expect(await pageDock(page)).toBeNull();
    const text = await textBox(page);
    expect(text.left).toBeGreaterThanOrEqual(0);
    expect(text.right).toBeLessThanOrEqual(await pageArea(page));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(await pageArea(page));

    // The remembered setting is still "open": the same notice in a wider window starts with the panel open.
    const wide = await visit(sample(), 1536);
    await closedUi(wide).waitFor('.nl-panel');
    expect(await pageDock(wide)).toBe('right');
    expect(overlap(await textBox(wide), await panelBox(wide))).toBe(false);
    await wide.close();

    // Opened by the reader, it opens docked and stays open: the lines run under it and the page scrolls sideways,
    // as the reader chose.
    await ui.click('.nl-launcher');
    await ui.waitFor('.nl-panel');
    await page.waitForTimeout(200);
    expect(await ui.count('.nl-panel')).toBe(1);
    expect(await pageDock(page)).toBe('right');
    expect(overlap(await textBox(page), await panelBox(page))).toBe(true);
    await page.close();
  });

  it('opens docked on a fluid page in the same window: the text narrows beside the panel', async () => {
    // GOV.UK's column is fluid up to 960 px: in 1280 px less the panel it narrows to fit.
    const page = await visit(env.server.url('www.gov.uk', 'pages/govuk-ol-guidance.html'), 1280);
    const ui = closedUi(page);
    await ui.waitFor('.nl-panel');
    expect(await pageDock(page)).toBe('right');
    const text = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('main') ?? document.body);
      const { left, right, top, bottom } = range.getBoundingClientRect();
      return { left, right, top, bottom };
    });
    expect(text.right - text.left).toBeGreaterThan(500);
    expect(overlap(text, await panelBox(page))).toBe(false);
    await page.close();
  });
});
