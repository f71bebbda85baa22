import { describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { highlights, selectText } from './helpers';
import { closedUi, noteFrame } from './closed-root';
import { dispatchCommand, focusedInPage, focusedInUi } from './keyboard-helpers';

// The panel and the note editor from the keyboard alone, on the sample notice (six directives): the panel
// shortcut, one tab stop for the outline, Enter to jump, Esc to collapse (remembered), and a note editor that
// takes the typing and gives the focus back. Keys are Playwright's (trusted) key presses.
const env = useChromium();
const PATH = 'pages/sample-notice.html';
const open = () => openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', PATH));

async function focusPanel(page: Page): Promise<void> {
  await page.bringToFront();
  await dispatchCommand(env.browser, 'focus-panel');
  await expect.poll(() => focusedInUi(page)).toMatch(/^item:\d$/);
}

describe('the outline from the keyboard', () => {
  it('is reached with the panel shortcut and is one tab stop, moved through with the arrow keys', async () => {
    const page = await open();
    await focusPanel(page);
    const ui = closedUi(page);
    // One row is in the Tab order, with its status and note controls; the other five rows' are not.
    expect(await ui.count('[data-nl-outline-item]')).toBe(6);
    expect(await ui.count('.nl-outline [tabindex="0"]')).toBe(3);
    expect(await ui.count('.nl-outline [tabindex="-1"]')).toBe(15);

    const keys: [string, string][] = [['Home', 'item:0'], ['ArrowDown', 'item:1'], ['ArrowDown', 'item:2'], ['End', 'item:5'], ['ArrowUp', 'item:4'], ['Home', 'item:0']];
    for (const [key, want] of keys) {
      await page.keyboard.press(key);
      expect(await focusedInUi(page), key).toBe(want);
    }
    // Tab: the row's status, its note button, then out of the outline; Shift+Tab back, and once more to the filter.
    await page.keyboard.press('ArrowDown');
    const order: [string, string | null][] = [['Tab', 'directive-status'], ['Tab', 'directive-note'], ['Shift+Tab', 'directive-status'], ['Shift+Tab', 'item:1'], ['Shift+Tab', 'outline-filter'], ['Tab', 'item:1']];
    for (const [key, want] of order) {
      await page.keyboard.press(key);
      expect(await focusedInUi(page), key).toBe(want);
    }
    expect(await ui.count('.nl-outline [tabindex="0"]')).toBe(3);
    expect(await ui.attr('[data-nl-outline-item="1"]', 'tabindex')).toBe('0');
    await page.close();
  });

  it('jumps to a directive with Enter: the page scrolls there and the directive has the focus', async () => {
    const page = await open();
    await page.evaluate(() => window.scrollTo(0, 0));
    await focusPanel(page);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const target = page.locator('[data-nl-directive="5"]');
    await expect.poll(() => target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(await focusedInPage(page)).toBe('directive:5');
    // The focus is lent, not kept in the markup: the directive is no Tab stop once the reader moves on.
    expect(await target.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('Tab');
    expect(await target.getAttribute('tabindex')).toBeNull();
    await page.close();
  });
});

describe('Esc and the panel', () => {
  it('clears the filter first, then collapses the panel, which stays collapsed on the next visit', async () => {
    const page = await open();
    await focusPanel(page);
    const ui = closedUi(page);
    await page.keyboard.press('Shift+Tab');
    expect(await focusedInUi(page)).toBe('outline-filter');
    await page.keyboard.type('秦岭');
    await expect.poll(() => ui.count('[data-nl-outline-item]')).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => ui.count('[data-nl-outline-item]')).toBe(6);
    expect(await ui.count('.nl-panel')).toBe(1);

    await page.keyboard.press('Escape');
    await ui.waitFor('.nl-launcher');
    expect(await ui.count('.nl-panel')).toBe(0);
    expect(await focusedInUi(page)).toBe('launcher');

    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    await ui.waitFor('.nl-launcher');
    expect(await ui.count('.nl-panel')).toBe(0);
    // The shortcut opens it again, with the focus in the outline, and that too is remembered.
    await focusPanel(page);
    expect(await ui.count('.nl-panel')).toBe(1);
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    await ui.waitFor('.nl-panel');
    expect(await ui.count('.nl-launcher')).toBe(0);
    await page.close();
  });
});

describe('the note editor from the keyboard', () => {
  it('takes the typing after the ✎ button, and Esc gives the focus back to the button', async () => {
    const page = await open();
    await focusPanel(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedInUi(page)).toBe('directive-note');
    await page.keyboard.press('Enter');
    const frame = await noteFrame(page);
    const field = frame.locator('textarea[data-nl-field="note"]');
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => document.hasFocus() && document.activeElement === el)).toBe(true);
    await page.keyboard.type('键盘写的批注');
    expect(await field.inputValue()).toBe('键盘写的批注');
    await page.keyboard.press('Escape');
    await closedUi(page).waitFor('.nl-note-frame', { state: 'detached' });
    expect(await focusedInUi(page)).toBe('directive-note');
    await expect.poll(() => closedUi(page).attr('[data-nl-outline-item="0"] ~ [data-nl-action="directive-note"]', 'data-has-note')).toBe('');
    await page.close();
  });

  it('takes the typing after Alt+Shift+N on a selection, and Esc gives the focus back to the passage', async () => {
    const page = await open();
    await page.bringToFront();
    await selectText(page, '确保规上工业实现稳定增长');
    await dispatchCommand(env.browser, 'note-selection');
    const frame = await noteFrame(page);
    const field = frame.locator('textarea[data-nl-field="note"]');
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => document.hasFocus() && document.activeElement === el)).toBe(true);
    await page.keyboard.type('增长目标');
    expect(await field.inputValue()).toBe('增长目标');
    await page.keyboard.press('Escape');
    await closedUi(page).waitFor('.nl-note-frame', { state: 'detached' });
    const [h] = await highlights(page);
    expect(h?.text).toBe('确保规上工业实现稳定增长');
    expect(await focusedInPage(page)).toBe(`annotation:${h!.id}`);
    await expect.poll(async () => (await highlights(page))[0]?.hasNote).toBe(true);
    await page.close();
  });
});

interface AxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  parentId?: string;
}

describe('the panel for assistive technology', () => {
  it('is a named complementary region with a navigation, a search box and a tree of named, levelled items', async () => {
    const page = await open();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const live = nodes.filter((n) => !n.ignored);
    const byRole = (role: string) => live.filter((n) => n.role?.value === role);
    const byId = new Map(live.map((n) => [n.nodeId, n]));
    const within = (n: AxNode, ancestor: AxNode) => {
      for (let p = n.parentId; p; p = byId.get(p)?.parentId) if (p === ancestor.nodeId) return true;
      return false;
    };

    const region = byRole('complementary').find((n) => n.name?.value === '公文批注');
    expect(region).toBeDefined();
    const nav = byRole('navigation').find((n) => n.name?.value.startsWith('部署事项'));
    expect(nav && within(nav, region!)).toBe(true);
    const search = byRole('searchbox').find((n) => n.name?.value === '筛选事项');
    expect(search && within(search, nav!)).toBe(true);
    const tree = byRole('tree');
    expect(tree.map((n) => n.name?.value)).toEqual(['部署事项']);
    const items = byRole('treeitem');
    expect(items.length).toBe(6);
    expect(items.every((n) => within(n, tree[0]!))).toBe(true);
    expect(items.map((n) => n.name?.value.slice(0, 2))).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    expect(items[3]!.name?.value).toContain('加快推进“最多跑一次”改革项目建设');
    const level = (n: AxNode) => n.properties?.find((p) => p.name === 'level')?.value.value;
    expect(items.map(level)).toEqual([1, 1, 1, 1, 1, 1]);
    // Each item's status and note controls are its own (aria-owns), named with its ordinal.
    const combo = byRole('combobox').find((n) => n.name?.value === '状态 三要');
    expect(combo && within(combo, items[2]!)).toBe(true);
    await page.close();
  });
});
