import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { closedUi } from './closed-root';
import { selectText } from './helpers';
import { dispatchCommand, focusedInUi } from './keyboard-helpers';

// The reading view on the sample notice (a CMS page: red banner, menu bar, breadcrumb, share bar, related
// links, footer around a 1000 px column): the reader turns it on from the panel, by mouse or keyboard; only the
// notice's title, facts and body remain, with its directive marks and highlights; the font size and column
// width follow the controls; a highlight made there stays; printing shows only the notice. The settings are
// the reader's, so each test starts where the one before left them (one browser profile for the file).
const env = useChromium();
const url = () => env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');

const SHOT_DIR = process.env.NL_UPDATE_SCREENSHOTS === '1' ? 'docs' : 'tests/.tmp/screenshots';
const TITLE = '市工信委召开全体干部大会 安排部署下阶段重点工作';
/** The page's chrome around the notice: banner, menu, breadcrumb, its own title and info line, share bar, related links, footer. */
const CHROME = ['.top', '.nav', '.position', '.article-title', '.article-info', '.share', '.related', '.foot'];

beforeAll(async () => {
  await mkdir(SHOT_DIR, { recursive: true });
});

/** For each selector, whether its first match is rendered (checkVisibility: displayed, not hidden by an ancestor). */
function shown(page: Page, selectors: string[]): Promise<Record<string, boolean>> {
  return page.evaluate((sels) => Object.fromEntries(sels.map((s) => [s, document.querySelector(s)?.checkVisibility() ?? false])), selectors);
}

const reading = (page: Page) => page.evaluate(() => document.documentElement.hasAttribute('data-nl-reading'));

/** The rendered width of one CJK character of the body (the first of "李主任指出"): its font size, in px. */
function glyphWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('#zoom')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf('李主任指出');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      return Math.round(range.getBoundingClientRect().width);
    }
    return -1;
  });
}

/**
 * The highlights as the reader sees them: each id's text and colour, read from its outermost wrappers (the
 * page session can draw a new highlight twice over, nested, for a moment: one highlight on screen either way).
 */
function shownHighlights(page: Page): Promise<{ text: string; color: string; visible: boolean }[]> {
  return page.evaluate(() => {
    const byId = new Map<string, { text: string; color: string; visible: boolean }>();
    for (const el of document.querySelectorAll('[data-nl-annotation]')) {
      const id = el.getAttribute('data-nl-annotation')!;
      if (el.parentElement?.closest(`[data-nl-annotation="${CSS.escape(id)}"]`)) continue;
      const h = byId.get(id) ?? { text: '', color: el.getAttribute('data-nl-color') ?? '', visible: false };
      h.text += el.textContent ?? '';
      h.visible ||= el.checkVisibility();
      byId.set(id, h);
    }
    return [...byId.values()];
  });
}

/** The generated text of the reading view's head: its title and facts line as shown. */
function headText(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-nl-reading-head] > *'))
    .filter((el) => el.checkVisibility())
    .map((el) => getComputedStyle(el, '::before').content));
}

describe('the reading view', () => {
  it('shows only the notice when the reader turns it on with the mouse; A+ and the width control change what is rendered', async () => {
    const page = await openAnalyzed(env.browser.context, url());
    const ui = closedUi(page);
    await ui.waitFor('.nl-panel');
    // Before: the page as the site made it (the positive beside the hidden check below).
    expect(await shown(page, [...CHROME, '#zoom'])).toEqual(Object.fromEntries([...CHROME, '#zoom'].map((s) => [s, true])));
    expect(await ui.attr('[data-nl-action="reading"]', 'aria-pressed')).toBe('false');
    expect(await glyphWidth(page)).toBe(16);

    await ui.click('[data-nl-action="reading"]');
    await expect.poll(() => reading(page)).toBe(true);
    expect(await ui.attr('[data-nl-action="reading"]', 'aria-pressed')).toBe('true');
    expect(await shown(page, [...CHROME, '#zoom'])).toEqual({ ...Object.fromEntries(CHROME.map((s) => [s, false])), '#zoom': true });
    // The view's own head: the title and the facts the analysis read, in the reader's language.
    expect(await headText(page)).toEqual([`"${TITLE}"`, '"来源：市工信委 · 日期：2018-09-05"']);
    // The directive marks and the panel are still there, beside the text.
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('[data-nl-directive]')).filter((el) => el.checkVisibility()).length)).toBe(6);
    expect(await ui.count('[data-nl-outline-item]')).toBe(6);
    const panelLeft = await ui.evaluate('.nl-panel', (el) => el.getBoundingClientRect().left);
    expect(await page.evaluate(() => document.querySelector('#zoom')!.getBoundingClientRect().right)).toBeLessThanOrEqual(panelLeft);

    // The reader's size: 18 px by default, 20 after A+; the column is 36 characters of that size, 28 when narrow.
    expect(await glyphWidth(page)).toBe(18);
    await ui.click('[data-nl-action="reading-larger"]');
    await expect.poll(() => glyphWidth(page)).toBe(20);
    const columnWidth = () => page.evaluate(() => getComputedStyle(document.querySelector('#zoom')!).width);
    expect(await columnWidth()).toBe('720px');
    await ui.select('[data-nl-action="reading-width"]', 'narrow');
    await expect.poll(columnWidth).toBe('560px');
    await page.evaluate(() => window.scrollTo(0, 0));
    await writeFile(`${SHOT_DIR}/reading-view.png`, await page.screenshot());
    await page.close();
  });

  it('is remembered, and the keyboard turns it off and on from the panel', async () => {
    const page = await openAnalyzed(env.browser.context, url());
    const ui = closedUi(page);
    await ui.waitFor('.nl-panel');
    // Remembered from the test before: on, at 20 px, narrow.
    expect(await reading(page)).toBe(true);
    expect(await glyphWidth(page)).toBe(20);

    await dispatchCommand(env.browser, 'focus-panel');
    await expect.poll(() => focusedInUi(page)).toBe('item:0');
    // From the outline back to the view's toggle: the filter box, the duplicate banner's button, the reading
    // controls (print, width, A+, A−), the toggle.
    const stops: (string | null)[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Shift+Tab');
      stops.push(await focusedInUi(page));
    }
    expect(stops).toEqual(['outline-filter', 'toggle-duplicate', 'print', 'reading-width', 'reading-larger', 'reading-smaller', 'reading']);
    await page.keyboard.press('Enter');
    await expect.poll(() => reading(page)).toBe(false);
    expect(await shown(page, ['.nav', '.foot'])).toEqual({ '.nav': true, '.foot': true });
    expect(await glyphWidth(page)).toBe(16);
    await page.keyboard.press('Space');
    await expect.poll(() => reading(page)).toBe(true);
    expect(await shown(page, ['.nav', '.foot', '#zoom'])).toEqual({ '.nav': false, '.foot': false, '#zoom': true });
    // A− by keyboard: the toggle's next stop.
    await page.keyboard.press('Tab');
    expect(await focusedInUi(page)).toBe('reading-smaller');
    await page.keyboard.press('Enter');
    await expect.poll(() => glyphWidth(page)).toBe(18);
    await page.close();
  });

  it('keeps a highlight made in the reading view, shown in it after a reload', async () => {
    const page = await openAnalyzed(env.browser.context, url());
    const ui = closedUi(page);
    await ui.waitFor('.nl-panel');
    expect(await reading(page)).toBe(true);
    await selectText(page, '全力加快企业搬迁进度');
    await ui.click('[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(() => shownHighlights(page)).toEqual([{ text: '全力加快企业搬迁进度', color: 'green', visible: true }]);

    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    await expect.poll(() => shownHighlights(page)).toEqual([{ text: '全力加快企业搬迁进度', color: 'green', visible: true }]);
    expect(await reading(page)).toBe(true);
    await page.close();
  });

  it('prints only the notice in the reading view, and the page as the site made it without our panel otherwise', async () => {
    const page = await openAnalyzed(env.browser.context, url());
    const ui = closedUi(page);
    await ui.waitFor('.nl-panel');
    expect(await reading(page)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await shown(page, [...CHROME, '#zoom', 'notice-lens-ui'])).toEqual({
      ...Object.fromEntries(CHROME.map((s) => [s, false])), '#zoom': true, 'notice-lens-ui': false,
    });
    // The panel's margin is not printed: the notice takes the paper's width.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    expect(await headText(page)).toEqual([`"${TITLE}"`, '"来源：市工信委 · 日期：2018-09-05"']);

    await page.emulateMedia({ media: 'screen' });
    await ui.click('[data-nl-action="reading"]');
    await expect.poll(() => reading(page)).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await shown(page, [...CHROME, '#zoom', 'notice-lens-ui'])).toEqual({
      ...Object.fromEntries(CHROME.map((s) => [s, true])), '#zoom': true, 'notice-lens-ui': false,
    });
    await page.close();
  });
});
