import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { highlights, selectText } from './helpers';
import { closedUi } from './closed-root';
import { dispatchCommand, focusedInPage, focusedInUi } from './keyboard-helpers';
import { until } from './panel-helpers';

// Highlights from the keyboard alone, on the sample notice: the "next highlight" command (Alt+Shift+J, fired
// as Chrome fires it, from the background's commands event) walks the highlights in reading order, whatever
// order they were made in, and opens each one's menu with the focus in it; ← → and Enter recolour, Esc closes
// the menu and leaves the focus on the highlight. Keys are Playwright's (trusted) key presses.
const env = useChromium();
let page: Page;
let ids: { first: string; second: string; third: string };

const FIRST = '认真总结工作经验';
const SECOND = '必须切实扛起生态保护政治责任';
const THIRD = '每周至少集中协调一次幸福路地区大企业搬迁工作';

async function highlight(text: string, color: string): Promise<void> {
  await selectText(page, text);
  await closedUi(page).click(`[data-nl-action="highlight"][data-nl-color="${color}"]`);
  await until(async () => (await highlights(page)).some((h) => h.text === text));
}

/** The colour of the menu swatch that has the focus, or what else has it. */
function focusedSwatch(): Promise<string | null> {
  return closedUi(page).evaluate('*', (any) => {
    const a = (any.getRootNode() as ShadowRoot).activeElement;
    return a?.getAttribute('data-nl-color') ?? a?.getAttribute('data-nl-action') ?? null;
  });
}

async function nextHighlight(): Promise<void> {
  await page.bringToFront();
  await dispatchCommand(env.browser, 'next-highlight');
  await closedUi(page).waitFor('.nl-menu');
}

beforeAll(async () => {
  page = await openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
  // Made out of reading order: the last passage first.
  await highlight(THIRD, 'blue');
  await highlight(FIRST, 'yellow');
  await highlight(SECOND, 'pink');
  const shown = await highlights(page);
  if (shown.map((h) => h.text).join('|') !== [FIRST, SECOND, THIRD].join('|')) throw new Error('the three highlights are not on the page in reading order');
  ids = { first: shown[0]!.id, second: shown[1]!.id, third: shown[2]!.id };
  // Nothing in the page has the focus to begin with.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
});

describe('the next-highlight command', () => {
  it('opens the first highlight in reading order with the focus on its colour, and Esc leaves the focus on it', async () => {
    await nextHighlight();
    await expect.poll(focusedSwatch).toBe('yellow');
    await page.keyboard.press('Escape');
    await closedUi(page).waitFor('.nl-menu', { state: 'detached' });
    expect(await focusedInPage(page)).toBe(`annotation:${ids.first}`);
    // Focusable only while focused: lent tabindex -1, never a Tab stop in the page's markup.
    expect(await page.locator(`[data-nl-annotation="${ids.first}"]`).first().getAttribute('tabindex')).toBe('-1');
  });

  it('goes on to the second, which the reader recolours with the arrow keys and Enter', async () => {
    await nextHighlight();
    await expect.poll(focusedSwatch).toBe('pink');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedSwatch()).toBe('green');
    await page.keyboard.press('Enter');
    await expect.poll(() => highlights(page)).toEqual([
      { id: ids.first, text: FIRST, color: 'yellow', hasNote: false },
      { id: ids.second, text: SECOND, color: 'green', hasNote: false },
      { id: ids.third, text: THIRD, color: 'blue', hasNote: false },
    ]);
    expect(await closedUi(page).attr('.nl-menu [data-nl-color="green"]', 'aria-pressed')).toBe('true');
    expect(await focusedSwatch()).toBe('green');
    await page.keyboard.press('Escape');
    await closedUi(page).waitFor('.nl-menu', { state: 'detached' });
    expect(await focusedInPage(page)).toBe(`annotation:${ids.second}`);
    // The first highlight gave its borrowed tabindex back when the focus left it.
    expect(await page.locator(`[data-nl-annotation="${ids.first}"]`).first().getAttribute('tabindex')).toBeNull();
  });

  it('moves on from an open menu, and wraps round from the last highlight to the first', async () => {
    await nextHighlight();
    await expect.poll(focusedSwatch).toBe('blue');
    await dispatchCommand(env.browser, 'next-highlight');
    await expect.poll(focusedSwatch).toBe('yellow');
    expect(await closedUi(page).count('.nl-menu')).toBe(1);
    await page.keyboard.press('Escape');
    await closedUi(page).waitFor('.nl-menu', { state: 'detached' });
    expect(await focusedInPage(page)).toBe(`annotation:${ids.first}`);
  });

  it('keeps the keyboard recolour after a reload', async () => {
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    await expect.poll(async () => (await highlights(page)).map((h) => h.color)).toEqual(['yellow', 'green', 'blue']);
    expect(await focusedInUi(page)).toBeNull();
  });
});
