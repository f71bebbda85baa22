import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { closedUi } from './closed-root';
import { dispatchCommand, focusedInPage, focusedInUi } from './keyboard-helpers';

// The outline at scale: a 实施方案 with 90 directives (tests/fixtures/pages/long-plan.html: 6 parts 一、, each
// with three sections （一）（二）（三） of 4, 4 and 3 items 1. 2. …, so part N starts at directive 15(N-1)).
// Collapsed branches with counts, the filter, the reading position followed, all by real keys and wheel.
const env = useChromium();
let page: Page;
const ui = () => closedUi(page);
const rows = () => ui().count('[data-nl-outline-item]');
const current = () => ui().evaluate('[role="tree"]', (tree) => tree.querySelector('[aria-current]')?.getAttribute('data-nl-outline-item') ?? null);

beforeAll(async () => {
  page = await openAnalyzed(env.browser.context, env.server.url('www.xa.gov.cn', 'pages/long-plan.html'));
  await page.waitForSelector('html[data-notice-lens="notice"]');
});

/** Scrolls with the mouse wheel until directive `index` is just above the reading line (a third down the viewport). */
async function readAt(index: number): Promise<void> {
  const mark = page.locator(`[data-nl-directive="${index}"]`);
  const offLine = () => mark.evaluate((el) => el.getBoundingClientRect().top - (innerHeight / 3 - 10));
  const settled = async () => {
    for (let last = NaN, y = await page.evaluate(() => scrollY); y !== last; last = y, y = await page.evaluate(() => scrollY)) {
      await new Promise((r) => setTimeout(r, 150));
    }
  };
  await page.mouse.move(200, 300);
  // A wheel scroll is animated and may meet one still running (a jump): scroll, let it settle, correct.
  for (let tries = 0; tries < 6; tries++) {
    await settled();
    const delta = await offLine();
    if (Math.abs(delta) < 8) return;
    await page.mouse.wheel(0, delta);
  }
  throw new Error(`could not scroll directive ${index} to the reading line`);
}

describe('a 90-directive outline', () => {
  it('finds the 90 directives and starts with its first two levels, each branch with its count', async () => {
    expect(await page.locator('[data-nl-directive]').count()).toBe(90);
    expect(await ui().text('.nl-title small')).toBe('90 项');
    expect(await rows()).toBe(24);
    expect(await ui().text('[data-nl-outline-item="0"] .nl-branch-count')).toBe('14');
    expect(await ui().text('[data-nl-outline-item="1"] .nl-branch-count')).toBe('4');
    expect(await ui().attr('[data-nl-outline-item="1"]', 'aria-expanded')).toBe('false');
    expect(await ui().attr('[data-nl-outline-item="0"]', 'aria-expanded')).toBe('true');
  });

  it('shows one line per item, and the whole lead on hover (title) and on focus', async () => {
    const line = (sel: string) => ui().evaluate(sel, (el) => {
      const lead = el.querySelector('.nl-lead') as HTMLElement;
      return { height: lead.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(lead).lineHeight), cut: lead.scrollWidth > lead.clientWidth };
    });
    const before = await line('[data-nl-outline-item="1"]');
    expect(before.cut).toBe(true);
    expect(before.height).toBeLessThan(before.lineHeight * 1.5);
    expect(await ui().attr('[data-nl-outline-item="1"]', 'title')).toMatch(/^（一）总体要求的组织推进。/);
    await page.bringToFront();
    await dispatchCommand(env.browser, 'focus-panel');
    await expect.poll(() => focusedInUi(page)).toMatch(/^item:/);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    expect(await focusedInUi(page)).toBe('item:1');
    const focused = await line('[data-nl-outline-item="1"]');
    expect(focused.height).toBeGreaterThan(focused.lineHeight * 1.5);
  });

  it('opens and closes a branch with Right and Left', async () => {
    // Focus is on （一） of part 一 (directive 1), collapsed, with items 2–5 under it.
    await page.keyboard.press('ArrowRight');
    await expect.poll(rows).toBe(28);
    expect(await ui().attr('[data-nl-outline-item="1"]', 'aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focusedInUi(page)).toBe('item:2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedInUi(page)).toBe('item:5');
    await page.keyboard.press('ArrowDown');
    expect(await focusedInUi(page)).toBe('item:6');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedInUi(page)).toBe('item:1');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(rows).toBe(24);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedInUi(page)).toBe('item:0');
  });

  it('filters: the matching item shows with its ancestors, and Enter in the tree jumps to it', async () => {
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInUi(page)).toBe('outline-filter');
    await page.keyboard.type('冷链物流');
    await expect.poll(rows).toBe(3);
    const shown = await Promise.all([0, 1, 2].map((i) => ui().attr('[data-nl-outline-item]', 'data-nl-outline-item', i)));
    // Part 五 (directive 60), its section （二） (66), and that section's third item (69).
    expect(shown).toEqual(['60', '66', '69']);
    expect(await ui().text('[data-nl-outline-item="69"]')).toContain('冷链物流');
    expect(await ui().text('.nl-filter-count')).toBe('3 项匹配');
    await page.keyboard.press('ArrowDown');
    expect(await focusedInUi(page)).toBe('item:60');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedInPage(page)).toBe('directive:69');
    await expect.poll(() => page.locator('[data-nl-directive="69"]').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);

    // Esc in the filter box empties it (the panel stays open); a filter with no match says so.
    await ui().focus('[data-nl-field="outline-filter"]');
    await page.keyboard.press('Escape');
    await expect.poll(rows).toBe(24);
    expect(await ui().count('.nl-panel')).toBe(1);
    await page.keyboard.type('没有这个词');
    await expect.poll(() => ui().text('.nl-filter-count')).toBe('没有匹配的事项');
    expect(await rows()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(rows).toBe(24);
  });

  it('follows the reading position, and the panel shortcut lands on the row being read', async () => {
    await readAt(30); // part 三, a top-level row
    await expect.poll(current).toBe('30');
    await readAt(45); // part 四
    await expect.poll(current).toBe('45');
    await readAt(48); // item 2 of part 四's section （一） (46), collapsed away: the section is marked
    await expect.poll(current).toBe('46');
    await dispatchCommand(env.browser, 'focus-panel');
    await expect.poll(() => focusedInUi(page)).toBe('item:46');
    await page.keyboard.press('ArrowRight');
    await expect.poll(current).toBe('48');
  });
});
