import { describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { readFileSync } from 'node:fs';
import { openAnalyzed } from '../tools/browser';
import { FIXTURES } from '../tools/server';
import { highlights, selectText } from './helpers';
import { closedUi } from './closed-root';

// The website edits its notice: highlights on text that is still there come back,
// a highlight whose text is gone is listed as an orphan (never placed on a guess)
// and the reader can re-attach it. The keyboard shortcut path is covered too.
const env = useChromium();
const PATH = 'pages/sample-notice.html';
const original = readFileSync(`${FIXTURES}${PATH}`, 'utf8');
// The in-page UI's root is closed: reached through the DevTools protocol, clicked with the real mouse.
const ui = (p: import('playwright-core').Page) => closedUi(p);


describe('when the site edits the notice', () => {
  it('keeps what still exists, lists what is gone, and re-attaches it to a new selection', async () => {
    const url = env.server.url('gxj.xa.gov.cn', PATH);
    const page = await openAnalyzed(env.browser.context, url);
    await selectText(page, '每周至少集中协调一次幸福路地区大企业搬迁工作');
    await ui(page).click('[data-nl-action="highlight"][data-nl-color="yellow"]');
    await selectText(page, '确保规上工业实现稳定增长');
    await ui(page).click('[data-nl-action="highlight"][data-nl-color="blue"]');
    await expect.poll(async () => (await highlights(page)).length).toBe(2);

    // The site rewrites one sentence (in both printed copies) and adds a paragraph at the top.
    env.server.override(PATH, original
      .replaceAll('每周至少集中协调一次幸福路地区大企业搬迁工作。', '由专班统筹推进相关企业的搬迁协调工作。')
      .replace('<p>9月4日上午', '<p>（本文于9月6日更新）</p>\n<p>9月4日上午'));
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    expect((await highlights(page)).map((h) => h.text)).toEqual(['确保规上工业实现稳定增长']);
    await expect.poll(() => ui(page).count('[data-nl-orphan]')).toBe(1);
    expect(await ui(page).text('[data-nl-orphan] .nl-quote')).toContain('每周至少集中协调一次幸福路地区大企业搬迁工作');

    await selectText(page, '由专班统筹推进相关企业的搬迁协调工作');
    await ui(page).click('[data-nl-orphan] [data-nl-action="reattach"]');
    await expect.poll(async () => (await highlights(page)).map((h) => h.text).sort()).toEqual(['由专班统筹推进相关企业的搬迁协调工作', '确保规上工业实现稳定增长'].sort());
    expect(await ui(page).count('[data-nl-orphan]')).toBe(0);
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    expect((await highlights(page)).map((h) => h.text).sort()).toEqual(['由专班统筹推进相关企业的搬迁协调工作', '确保规上工业实现稳定增长'].sort());
    env.server.override(PATH, null);
    await page.close();
  });
});

describe('keyboard shortcut', () => {
  // Headless Chromium does not turn key presses into extension commands (Alt+Shift+H pressed here
  // reaches only the page), so the test fires the browser's own commands.onCommand event in the
  // service worker: the background's registered listener runs, finds the active tab and messages it.
  const dispatchCommand = (command: string) =>
    env.browser.worker.evaluate(async (command) => {
      type Commands = { onCommand: { hasListeners(): boolean; dispatch(command: string, tab?: unknown): void } };
      type Tabs = { query(q: object): Promise<unknown[]> };
      const c = (globalThis as unknown as { chrome: { commands: Commands; tabs: Tabs } }).chrome;
      if (!c.commands.onCommand.hasListeners()) throw new Error('the background registered no commands listener');
      const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
      c.commands.onCommand.dispatch(command, tab);
    }, command);

  it('highlights the selection when the background relays the command', async () => {
    const page = await openAnalyzed(env.browser.context, env.server.url('www.gov.cn', PATH));
    await selectText(page, '进驻工作专班要抓好各项任务的督促落实');
    await dispatchCommand('highlight-selection');
    await expect.poll(async () => (await highlights(page)).map((h) => h.text)).toEqual(['进驻工作专班要抓好各项任务的督促落实']);
    expect((await highlights(page))[0]!.color).toBe('yellow');
    await page.close();
  });

  it('opens the note editor on the selection for the note command', async () => {
    const page = await openAnalyzed(env.browser.context, env.server.url('www.gov.cn', PATH));
    await selectText(page, '确保规上工业实现稳定增长');
    expect(await ui(page).count('.nl-note-frame')).toBe(0);
    await dispatchCommand('note-selection');
    await ui(page).waitFor('.nl-note-frame');
    await expect.poll(async () => (await highlights(page)).map((h) => h.text)).toContain('确保规上工业实现稳定增长');
    await page.close();
  });
});
