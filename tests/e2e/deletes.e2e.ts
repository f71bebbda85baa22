import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { highlights, selectText } from './helpers';
import { closedUi } from './closed-root';
import { controlPage, extUrl, openTab, send } from './panel-helpers';
import { normalizeNoticeUrl } from '../../utils/text/url';
import type { Annotation } from '../../utils/model';

// Issue 12, "counts and deletes": one count of the reader's annotations (a highlight, a note, a status)
// in the popup, the side panel and the library; deletes from the side panel and the library go to the
// trash and come back with Undo. Real (trusted) input for every reader action.
const env = useChromium();
let ctl: Page;
let tab: Page;
let tabId: number;
let key: string;
let hId: string;

const QUOTE = '每周至少集中协调一次幸福路地区大企业搬迁工作';
const PAGE_NOTE = '全文要点：搬迁协调';
const trash = () => send<Annotation[]>(ctl, { type: 'trash/list' });
const stored = () => send<Annotation[]>(ctl, { type: 'annotations/list', page: key });

beforeAll(async () => {
  const url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  key = normalizeNoticeUrl(url);
  ctl = await controlPage(env.browser);
  ({ tabId, page: tab } = await openTab(ctl, env.browser.context, url));
  await tab.waitForSelector('html[data-notice-lens="notice"]');
});

describe('counts and deletes', () => {
  it('counts a highlight, a note and a status the same in the side panel, the popup and the library', async () => {
    await selectText(tab, QUOTE);
    await closedUi(tab).click('[data-nl-action="highlight"][data-nl-color="yellow"]');
    await expect.poll(async () => (await highlights(tab)).length).toBe(1);
    hId = (await highlights(tab))[0]!.id;
    // The page note is set up through the store; the status by the reader, in the side panel.
    await send(ctl, { type: 'annotation/put', annotation: { id: 'pn-1', page: key, kind: 'page-note', selectors: [], note: PAGE_NOTE, tags: [] } });

    const panel = await env.browser.context.newPage();
    await panel.goto(extUrl(env.browser, `sidepanel.html?tab=${tabId}`));
    await panel.locator('[data-nl-directive-entry="0"] [data-nl-action="directive-status"]').first().selectOption('doing');
    await expect.poll(async () => (await stored()).filter((a) => a.kind === 'directive' && a.status === 'doing').length).toBe(1);
    await expect.poll(() => panel.locator('[data-nl-field="annotation-total"]').innerText()).toBe('3 条批注');
    expect(await panel.locator('[data-nl-field="annotation-parts"]').innerText()).toContain('划线 1 · 笔记 1 · 状态 1');
    await panel.close();

    const popup = await env.browser.context.newPage();
    await popup.goto(extUrl(env.browser, `popup.html?tab=${tabId}`));
    await expect.poll(() => popup.locator('[data-nl-field="annotation-total"]').innerText()).toBe('3 条批注');
    expect(await popup.locator('[data-nl-field="annotation-parts"]').innerText()).toContain('划线 1 · 笔记 1 · 状态 1');
    await popup.close();

    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    const card = lib.locator(`[data-nl-notice="${key}"]`);
    await expect.poll(() => card.locator('[data-nl-field="annotation-total"]').innerText()).toBe('3 条批注');
    expect(await card.locator('[data-nl-field="annotation-parts"]').innerText()).toContain('划线 1 · 笔记 1 · 状态 1');
    await lib.close();

    // The in-page panel, in the notice's own tab: the same count.
    const ui = closedUi(tab);
    await expect.poll(() => ui.text('[data-nl-field="annotation-total"]')).toBe('3 条批注');
    expect(await ui.text('[data-nl-field="annotation-parts"]')).toContain('划线 1 · 笔记 1 · 状态 1');
  });

  it('deletes a highlight, then a note, from the side panel: gone, back with Undo', async () => {
    const panel = await env.browser.context.newPage();
    await panel.goto(extUrl(env.browser, `sidepanel.html?tab=${tabId}`));
    await panel.locator(`[data-nl-highlight="${hId}"] [data-nl-action="delete-highlight"]`).click();
    await expect.poll(async () => (await highlights(tab)).map((h) => h.id)).toEqual([]);
    expect((await trash()).map((a) => a.id)).toEqual([hId]);
    await expect.poll(() => panel.locator('[data-nl-field="annotation-total"]').innerText()).toBe('2 条批注');

    await panel.locator('.sp-message [data-nl-action="undo"]').click();
    await expect.poll(async () => (await highlights(tab)).map((h) => h.id)).toEqual([hId]);
    expect(await trash()).toEqual([]);
    await expect.poll(() => panel.locator('[data-nl-field="annotation-total"]').innerText()).toBe('3 条批注');

    // A note alone: the page note goes to the trash, Undo brings its text back.
    await panel.locator('[data-nl-page-note="pn-1"] [data-nl-action="delete-note"]').click();
    await expect.poll(() => panel.locator('[data-nl-page-note="pn-1"]').count()).toBe(0);
    expect((await trash()).map((a) => a.id)).toEqual(['pn-1']);
    await panel.locator('.sp-message [data-nl-action="undo"]').click();
    await expect.poll(() => panel.locator('[data-nl-page-note="pn-1"] [data-nl-field="page-note"]').innerText()).toBe(PAGE_NOTE);
    expect(await trash()).toEqual([]);
    await panel.close();
  });

  it("deletes a notice's annotations from the library after confirming: the card shows 0, the trash lists them", async () => {
    const before = (await stored()).map((a) => a.id).sort();
    expect(before).toHaveLength(3);
    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    const card = lib.locator(`[data-nl-notice="${key}"]`);
    await card.locator('[data-nl-action="delete-notice"]').click();
    // Cancelling first deletes nothing.
    await lib.locator('dialog[data-nl-dialog="delete-notice"] [data-nl-action="cancel-delete"]').click();
    expect((await stored()).map((a) => a.id).sort()).toEqual(before);

    await card.locator('[data-nl-action="delete-notice"]').click();
    expect(await lib.locator('dialog[data-nl-dialog="delete-notice"]').innerText()).toContain('3 条批注将移入回收站');
    await lib.locator('dialog[data-nl-dialog="delete-notice"] [data-nl-action="confirm-delete"]').click();
    await expect.poll(() => card.locator('[data-nl-field="annotation-total"]').innerText()).toBe('0 条批注');
    expect((await trash()).map((a) => a.id).sort()).toEqual(before);
    await expect.poll(async () => (await highlights(tab)).length).toBe(0);
    // The notice's tab hears of the one batch delete: its panel counts nothing, then all three after Undo.
    await expect.poll(() => closedUi(tab).text('[data-nl-field="annotation-total"]')).toBe('0 条批注');

    await lib.locator('[data-nl-field="message"] [data-nl-action="undo"]').click();
    await expect.poll(() => card.locator('[data-nl-field="annotation-total"]').innerText()).toBe('3 条批注');
    expect(await trash()).toEqual([]);
    await expect.poll(() => closedUi(tab).text('[data-nl-field="annotation-total"]')).toBe('3 条批注');
    await expect.poll(async () => (await highlights(tab)).length).toBe(1);
    await lib.close();
  });
});
