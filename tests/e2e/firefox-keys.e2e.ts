import { beforeAll, describe, expect, it } from 'vitest';
import { useFirefox } from './browser-setup';
import type { KeyInput, Page } from 'puppeteer-core';
import { evaluateIn, extensionTabContext, highlights, noteFrameContext, selectText, uiClick, uiCount, uiFocused, uiText } from './firefox-ui';

// The keyboard and the trash in Firefox (issue 11's Firefox gaps), with real keys through WebDriver BiDi. What
// differs from Chromium: headless Firefox turns no key press into an extension command (nor does headless
// Chromium), and there is no worker to dispatch one in; so the panel is reached the way a keyboard reader
// without shortcuts reaches it, by Tab from the page, and the panel command is sent to the tab as the
// background relays it. The note editor is a moz-extension frame in a web page: its focus is the part most
// likely to differ, and is typed into without a click.
const env = useFirefox();
let page: Page;
let url: string;

const NOTED = '确保规上工业实现稳定增长';
const DELETED = '必须切实扛起生态保护政治责任';

async function openNotice() {
  await page.goto(url);
  await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
  await expect.poll(() => uiCount(page, '.nl-panel')).toBe(1);
}

/** What the page's own focus is on: `directive:N`, `annotation` (a highlight's mark), or a tag name. */
const focusedInPage = () => page.evaluate(() => {
  const a = document.activeElement;
  if (a?.hasAttribute('data-nl-directive')) return `directive:${a.getAttribute('data-nl-directive')}`;
  if (a?.hasAttribute('data-nl-annotation')) return 'annotation';
  return a?.tagName.toLowerCase() ?? null;
});

beforeAll(async () => {
  url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  page = await env.browser.newPage();
});

describe('the keyboard in Firefox', () => {
  it('reaches the panel by Tab from the page; the outline is one stop, moved through with the arrows; Enter jumps and focuses the directive', async () => {
    await openNotice();
    // Tab from the top of the page: the sample's 24 links and controls, then the panel's header and reading
    // bar, the duplicate banner, the filter, the outline's one row.
    const stops: (string | null)[] = [];
    for (let i = 0; i < 32; i++) {
      await page.keyboard.press('Tab');
      stops.push(await uiFocused(page));
    }
    expect(stops.slice(0, 24)).toEqual(Array.from({ length: 24 }, () => null));
    expect(stops.slice(24, 31)).toEqual(['page-note', 'open-sidepanel', 'dock', 'button', 'reading', 'toggle-duplicate', 'outline-filter']);
    expect(stops[31]).toMatch(/^item:\d$/);
    const keys: [KeyInput, string][] = [['Home', 'item:0'], ['ArrowDown', 'item:1'], ['End', 'item:5'], ['ArrowUp', 'item:4']];
    for (const [key, want] of keys) {
      await page.keyboard.press(key);
      expect(await uiFocused(page), key).toBe(want);
    }
    await page.keyboard.press('Enter');
    await expect.poll(focusedInPage).toBe('directive:4');
  });

  it('puts the typing in the note editor opened from the toolbar, without a click in it; Esc gives the focus back to the passage', async () => {
    await openNotice();
    await selectText(page, NOTED);
    await uiClick(page, '[data-nl-action="note"]');
    const frame = await noteFrameContext(page);
    await expect.poll(() => evaluateIn(page, frame, `document.activeElement?.getAttribute('data-nl-field') ?? null`), { timeout: 10_000 }).toBe('note');
    await page.keyboard.type('火狐键盘批注');
    expect(await evaluateIn(page, frame, `document.querySelector('textarea[data-nl-field="note"]').value`)).toBe('火狐键盘批注');
    const state = () => evaluateIn(page, frame, `document.querySelector('[data-nl-save-state]')?.getAttribute('data-nl-save-state')`);
    await expect.poll(state, { timeout: 10_000 }).toBe('saved');
    await page.keyboard.press('Escape');
    await expect.poll(() => uiCount(page, '.nl-note-frame')).toBe(0);
    await expect.poll(focusedInPage).toBe('annotation');
    // Highlights in document order: the deleted one came first.
    await expect.poll(() => highlights(page)).toEqual([{ text: NOTED, color: 'yellow', hasNote: true }]);
  });

  it('opens the panel and focuses the row being read on the panel command, sent to the tab as the background relays it', async () => {
    await openNotice();
    // An extension page in its own tab (opened from the page note's frame, as in firefox-reader) sends it.
    await uiClick(page, '[data-nl-action="page-note"]');
    const frame = await noteFrameContext(page);
    await evaluateIn(page, frame, `!!window.open(browser.runtime.getURL('/library.html'), '_blank')`, { userActivation: true });
    const library = await extensionTabContext(env.browser, 'library.html');
    await page.bringToFront();
    // The panel collapsed (Esc in it, the editor closed first), so the command has something to do.
    await page.keyboard.press('Escape');
    await expect.poll(() => uiCount(page, '.nl-note-frame')).toBe(0);
    await uiClick(page, '[data-nl-field="outline-filter"]');
    await page.keyboard.press('Escape');
    await expect.poll(() => uiCount(page, '.nl-launcher')).toBe(1);
    const sent = await evaluateIn<boolean>(page, library, `(async () => {
      const tab = (await browser.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
      await browser.tabs.sendMessage(tab.id, { type: 'command', command: 'focus-panel' });
      return true;
    })()`);
    expect(sent).toBe(true);
    await expect.poll(() => uiCount(page, '.nl-panel')).toBe(1);
    await expect.poll(() => uiFocused(page)).toMatch(/^item:\d$/);
    await page.keyboard.press('Home');
    expect(await uiFocused(page)).toBe('item:0');
  });
});

describe('the trash in Firefox', () => {
  it('a deleted highlight is in the panel trash after a reload, and the restore puts it back on its text', async () => {
    await openNotice();
    await selectText(page, DELETED);
    await uiClick(page, '[data-nl-action="highlight"][data-nl-color="blue"]');
    await expect.poll(() => highlights(page)).toEqual([
      { text: DELETED, color: 'blue', hasNote: false },
      { text: NOTED, color: 'yellow', hasNote: true },
    ]);
    // The reader's click on the mark opens its menu; delete (no note: no question).
    const mark = await page.evaluate((text: string) => {
      const el = Array.from(document.querySelectorAll('[data-nl-annotation]')).find((m) => m.textContent === text)!;
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, DELETED);
    await page.mouse.click(mark.x, mark.y);
    await uiClick(page, '.nl-menu [data-nl-action="delete"]');
    // Highlights in document order: the deleted one came first.
    await expect.poll(() => highlights(page)).toEqual([{ text: NOTED, color: 'yellow', hasNote: true }]);

    await openNotice();
    await expect.poll(() => uiCount(page, '[data-nl-trash]')).toBe(1);
    await uiClick(page, '[data-nl-action="toggle-trash"]');
    expect(await uiText(page, '[data-nl-trash]')).toContain(DELETED);
    await uiClick(page, '[data-nl-trash] [data-nl-action="restore"]');
    await expect.poll(() => highlights(page)).toEqual([
      { text: DELETED, color: 'blue', hasNote: false },
      { text: NOTED, color: 'yellow', hasNote: true },
    ]);
    expect(await uiCount(page, '[data-nl-trash]')).toBe(0);
  });
});
