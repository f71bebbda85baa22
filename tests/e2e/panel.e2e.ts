import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import type { Annotation, NoticeRecord } from '../../utils/model';
import { normalizeNoticeUrl } from '../../utils/text/url';
import { selectText } from './helpers';
import { closedUi } from './closed-root';
import { controlPage, extUrl, highlightInput, openTab, send, until } from './panel-helpers';

// The side panel (opened as a page, pointed at the notice's tab with ?tab=) shows
// what a reader of the sample notice sees: metadata, the directive outline with
// statuses, highlights grouped under their directive, orphans marked, the page
// note; edits made there reach the page and edits in the page reach the panel.
const env = useChromium();
let ctl: Page;
let tab: Page;
let tabId: number;
let panel: Page;
let key: string;
let notice: NoticeRecord;
let url: string;

const NOTE_A = '落实到人：本周五前报送 <b>不是HTML</b>';
const ref = (i: number) => ({ ordinal: notice.directives[i]!.ordinal, index: i, lead: notice.directives[i]!.lead });
let hNote: string;
const entry = (i: number) => panel.locator(`[data-nl-directive-entry="${i}"]`);
const list = () => send<Annotation[]>(ctl, { type: 'annotations/list', page: key });

const quoteOf = (a: Annotation) => a.selectors.find((x) => x.type === 'TextQuoteSelector')?.exact;
async function highlightInPage(text: string, color: string): Promise<string> {
  await selectText(tab, text);
  await closedUi(tab).click(`[data-nl-action="highlight"][data-nl-color="${color}"]`);
  return until(async () => (await list()).find((a) => a.kind === 'highlight' && quoteOf(a) === text)?.id);
}

beforeAll(async () => {
  url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  key = normalizeNoticeUrl(url);
  ctl = await controlPage(env.browser);
  ({ tabId, page: tab } = await openTab(ctl, env.browser.context, url));
  await tab.waitForSelector('html[data-notice-lens="notice"]');
  notice = await until(() => send<NoticeRecord | null>(ctl, { type: 'notice/get', page: key }));

  // Highlights made the reader's way, in the page; a note, tags and the rest through the message API.
  await highlightInPage('必须切实扛起生态保护政治责任', 'green');
  hNote = await highlightInPage('每周至少集中协调一次幸福路地区大企业搬迁工作', 'blue');
  const { created: _c, modified: _m, ...stored } = (await list()).find((a) => a.id === hNote)!;
  await send(ctl, { type: 'annotation/put', annotation: { ...stored, note: NOTE_A, tags: ['搬迁'] } });
  await send(ctl, { type: 'annotation/put', annotation: highlightInput({ id: 'h-orphan', page: key, exact: '这句话并不在这篇通知里面出现过' }) });
  await send(ctl, { type: 'annotation/put', annotation: { id: 'd-1', page: key, kind: 'directive', selectors: [], tags: [], status: 'doing', directive: ref(1) } });
  await send(ctl, { type: 'annotation/put', annotation: { id: 'p-1', page: key, kind: 'page-note', selectors: [], tags: [], note: '9月全体干部大会要点' } });
  await tab.waitForSelector(`[data-nl-annotation="${hNote}"][data-nl-has-note]`);

  panel = await env.browser.context.newPage();
  await panel.goto(extUrl(env.browser, `sidepanel.html?tab=${tabId}`));
  await panel.waitForSelector('[data-nl-directive-entry]');
});

describe('the side panel on the sample notice', () => {
  it('shows the notice metadata', async () => {
    expect(await panel.locator('[data-nl-field="title"]').innerText()).toBe(notice.title);
    expect(notice.title).toContain('全体干部大会');
    for (const field of ['source', 'published', 'site'] as const) {
      expect(notice[field], field).not.toBe('');
      expect(await panel.locator(`[data-nl-field="${field}"]`).innerText()).toBe(notice[field]);
    }
    expect(notice.published).toBe('2018-09-05');
    expect(await panel.locator('[data-nl-field="url"] a').getAttribute('href')).toBe(key);
  });

  it('lists the six directives in order as the outline', async () => {
    const ordinals = await panel.locator('[data-nl-directive-entry] .sp-jump b').allInnerTexts();
    expect(ordinals).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    expect(await entry(2).locator('.sp-jump').innerText()).toContain('抓好省市考指标进度');
  });

  it('groups highlights under their directive, then the rest', async () => {
    await expect.poll(() => entry(0).locator('[data-nl-highlight] blockquote').allInnerTexts()).toEqual(['必须切实扛起生态保护政治责任']);
    expect(await entry(4).locator(`[data-nl-highlight="${hNote}"] blockquote`).innerText()).toBe('每周至少集中协调一次幸福路地区大企业搬迁工作');
    // The note is page text for the panel too: shown as text, never as markup.
    expect(await entry(4).locator(`[data-nl-highlight="${hNote}"] [data-nl-field="note"]`).innerText()).toBe(NOTE_A);
    expect(await panel.locator('b:text("不是HTML")').count()).toBe(0);
    expect(await panel.locator('[data-nl-section="other-highlights"] [data-nl-highlight]').count()).toBe(1);
  });

  it('marks the highlights the page could not anchor', async () => {
    await expect.poll(() => panel.locator('[data-nl-highlight="h-orphan"]').getAttribute('data-nl-orphan')).toBe('');
    expect(await panel.locator(`[data-nl-highlight="${hNote}"]`).getAttribute('data-nl-orphan')).toBeNull();
    expect(await panel.locator('[data-nl-highlight="h-orphan"] [data-nl-action="jump-highlight"]').isDisabled()).toBe(true);
    expect(await panel.locator('[data-nl-field="counts"]').innerText()).toMatch(/未定位 1/);
  });

  it('shows each directive status and the page note', async () => {
    expect(await entry(1).locator('select[data-nl-action="directive-status"]').first().inputValue()).toBe('doing');
    expect(await entry(0).locator('select[data-nl-action="directive-status"]').first().inputValue()).toBe('');
    expect(await panel.locator('[data-nl-field="page-note"]').innerText()).toBe('9月全体干部大会要点');
  });

  it('sets a status in the panel, and the page follows', async () => {
    await entry(2).locator('select[data-nl-action="directive-status"]').first().selectOption('done');
    await expect.poll(() => closedUi(tab).value('[data-nl-outline-item="2"] ~ [data-nl-action="directive-status"]')).toBe('done');
    const d = (await list()).find((a) => a.kind === 'directive' && a.directive?.index === 2);
    expect(d).toMatchObject({ status: 'done', directive: ref(2) });
  });

  it('writes a directive note in the panel', async () => {
    await entry(3).locator('[data-nl-action="directive-note"]').first().click();
    const editor = entry(3).locator('[data-nl-editor] textarea[data-nl-field="note"]');
    await editor.fill('改革项目本月底前完成');
    await expect.poll(() => entry(3).locator('[data-nl-save-state]').getAttribute('data-nl-save-state')).toBe('saved');
    await editor.press('Escape'); // closes (and saves); focus goes back to the ✎ button
    await expect.poll(() => panel.evaluate(() => document.activeElement?.closest('[data-nl-directive-entry]')?.getAttribute('data-nl-directive-entry') + ':' + document.activeElement?.getAttribute('data-nl-action'))).toBe('3:directive-note');
    await expect.poll(() => entry(3).locator('[data-nl-field="directive-note"]').first().innerText()).toBe('改革项目本月底前完成');
    expect((await list()).find((a) => a.kind === 'directive' && a.directive?.index === 3)?.note).toBe('改革项目本月底前完成');
    await expect.poll(() => closedUi(tab).attr('[data-nl-outline-item="3"] ~ [data-nl-action="directive-note"]', 'data-has-note')).toBe('');
  });

  it('edits a highlight note without touching its colour, tags or place', async () => {
    const before = (await list()).find((a) => a.id === hNote)!;
    await panel.locator(`[data-nl-highlight="${hNote}"] [data-nl-action="edit-note"]`).click();
    await panel.locator(`[data-nl-highlight="${hNote}"] textarea`).fill('改为下周一报送');
    await expect.poll(() => panel.locator(`[data-nl-highlight="${hNote}"] [data-nl-save-state]`).getAttribute('data-nl-save-state')).toBe('saved');
    await panel.locator(`[data-nl-highlight="${hNote}"] [data-nl-action="close-note"]`).click();
    const after = (await list()).find((a) => a.id === hNote)!;
    expect(after).toEqual({ ...before, note: '改为下周一报送', modified: after.modified });
  });

  it('edits the page note', async () => {
    await panel.locator('[data-nl-action="edit-page-note"]').click();
    await panel.locator('[data-nl-page-note] textarea').fill('要点：秦岭、作风、搬迁');
    await expect.poll(() => panel.locator('[data-nl-page-note] [data-nl-save-state]').getAttribute('data-nl-save-state')).toBe('saved');
    await panel.locator('[data-nl-page-note] [data-nl-action="close-note"]').click();
    await expect.poll(() => panel.locator('[data-nl-field="page-note"]').innerText()).toBe('要点：秦岭、作风、搬迁');
  });

  it('shows a highlight made in the page at once', async () => {
    await selectText(tab, '全力加快企业搬迁进度');
    await closedUi(tab).click('[data-nl-action="highlight"][data-nl-color="purple"]');
    await expect.poll(() => entry(4).locator('[data-nl-highlight] blockquote').allInnerTexts(), { timeout: 10_000 }).toContain('全力加快企业搬迁进度');
  });

  it('jumps to a directive (from the keyboard) and to a highlight in the page', async () => {
    await entry(3).locator('[data-nl-action="jump-directive"]').first().focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => tab.locator('[data-nl-directive="3"][data-nl-flash]').count(), { timeout: 5_000, interval: 50 }).toBe(1);
    await panel.locator(`[data-nl-highlight="${hNote}"] [data-nl-action="jump-highlight"]`).click();
    await expect.poll(() => tab.locator(`[data-nl-annotation="${hNote}"][data-nl-flash]`).count(), { timeout: 5_000, interval: 50 }).toBeGreaterThan(0);
  });
});

describe('following the tab', () => {
  it('follows the tab to other pages and back', async () => {
    await tab.goto(env.server.url('news.example.com', 'pages/commercial-news.html'));
    await expect.poll(() => panel.locator('[data-nl-state="none"]').innerText(), { timeout: 15_000 }).toContain('没有在此页面运行');
    await tab.goto(env.server.url('gxj.xa.gov.cn', 'pages/column-list.html'));
    await expect.poll(() => panel.locator('[data-nl-state="none"]').innerText(), { timeout: 15_000 }).toContain('不是公文页面');
    await tab.goto(url);
    await expect.poll(() => panel.locator('[data-nl-field="title"]').innerText(), { timeout: 15_000 }).toBe(notice.title);
  });

  it('follows tab switches in its window', async () => {
    const win = await Promise.all([
      env.browser.context.waitForEvent('page'),
      ctl.evaluate(async (u) => {
        const w = await chrome.windows.create({ url: u });
        return { id: w!.id!, tab: w!.tabs![0]!.id! };
      }, url),
    ]).then(([, w]) => w);
    // Opened in the control page's window: a new page would land in the new window and watch itself.
    const home = await ctl.evaluate(async () => (await chrome.windows.getCurrent()).id!);
    const { page: follower } = await openTab(ctl, env.browser.context, extUrl(env.browser, `sidepanel.html?window=${win.id}`), { analyzed: false, windowId: home });
    await expect.poll(() => follower.locator('[data-nl-field="title"]').innerText(), { timeout: 15_000 }).toBe(notice.title);
    await openTab(ctl, env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/column-list.html'), { windowId: win.id });
    await expect.poll(() => follower.locator('[data-nl-state="none"]').count(), { timeout: 15_000 }).toBe(1);
    await ctl.evaluate((id) => chrome.tabs.update(id, { active: true }), win.tab);
    await expect.poll(() => follower.locator('[data-nl-field="title"]').count(), { timeout: 15_000 }).toBe(1);
    expect(await follower.locator(`[data-nl-highlight="${hNote}"]`).count()).toBe(1);
  });
});
