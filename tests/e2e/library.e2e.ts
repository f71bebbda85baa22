import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import type { Annotation, NoticeRecord } from '../../utils/model';
import { normalizeNoticeUrl } from '../../utils/text/url';
import { checklist, ofType, parseMd, splitFrontMatter, textOf } from '../fixtures/export/md-helpers';
import { selectText } from './helpers';
import { closedUi } from './closed-root';
import * as D from './library-data';
import { controlPage, download, extUrl, openTab, send, until } from './panel-helpers';

// The notes library as a reader uses it: find notes by words, filters and sort,
// open a notice at a highlight, export Markdown (one, a zip, a combined file).
// Backup and restore: library-backup.e2e.ts.
const env = useChromium();
let ctl: Page;
let lib: Page;
let key: string;
let sampleTitle: string;
let hId: string;

const cards = () => lib.locator('[data-nl-notice]');
const titles = () => lib.locator('[data-nl-notice] h2').allInnerTexts();
const card = (page: string) => lib.locator(`[data-nl-notice="${page}"]`);
const search = async (text: string) => lib.locator('[data-nl-field="search"]').fill(text);
const filter = async (name: string, value: string) => lib.locator(`[data-nl-filter="${name}"]`).selectOption(value);

beforeAll(async () => {
  ctl = await controlPage(env.browser);
  const url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  key = normalizeNoticeUrl(url);
  const { page: tab } = await openTab(ctl, env.browser.context, url);
  await tab.waitForSelector('html[data-notice-lens="notice"]');
  await selectText(tab, '必须切实扛起生态保护政治责任');
  await closedUi(tab).click('[data-nl-action="highlight"][data-nl-color="green"]');
  const h = await until(async () => (await send<Annotation[]>(ctl, { type: 'annotations/list', page: key }))[0]);
  hId = h.id;
  const { created: _c, modified: _m, ...input } = h;
  await send(ctl, { type: 'annotation/put', annotation: { ...input, note: '秦岭保护：本月内完成排查', tags: ['秦岭'] } });
  sampleTitle = (await send<NoticeRecord>(ctl, { type: 'notice/get', page: key })).title;
  await tab.close();
  await send(ctl, { type: 'backup/import-items', notices: D.notices, annotations: D.annotations });
  lib = await env.browser.context.newPage();
  await lib.goto(extUrl(env.browser, 'library.html'));
  await lib.waitForSelector('[data-nl-notice]');
  await lib.waitForSelector('main.lib:not([data-nl-loading])');
});

describe('finding notes', () => {
  it('lists every annotated notice, most recent first', async () => {
    await expect.poll(() => cards().count()).toBe(4);
    expect(await lib.locator('[data-nl-field="totals"]').innerText()).toBe('共 4 篇公文，6 条批注');
    expect((await titles())[0]).toBe(sampleTitle);
  });

  it('searches quotes, notes and titles by Chinese substrings', async () => {
    await search('扛起生态');
    await expect.poll(titles).toEqual([sampleTitle]);
    expect(await card(key).locator('[data-nl-hit] blockquote').innerText()).toBe('必须切实扛起生态保护政治责任');
    await search('提前订票'); // a note
    await expect.poll(titles).toEqual([D.notices[0]!.title]);
    await search('安全生产 检查'); // title, two terms
    await expect.poll(titles).toEqual([D.notices[2]!.title]);
    await search('COUNCIL'); // case folded
    await expect.poll(titles).toEqual([D.notices[1]!.title]);
    await search('没有这样的词');
    await expect.poll(() => cards().count()).toBe(0);
    await search('');
  });

  it('filters by site, tag, colour, status and date', async () => {
    await filter('site', '西安市应急管理局');
    await expect.poll(titles).toEqual([D.notices[2]!.title]);
    await lib.locator('[data-nl-action="clear-filters"]').click();
    await filter('tag', '假期');
    await expect.poll(titles).toEqual([D.notices[0]!.title]);
    await filter('tag', '');
    await filter('color', 'green');
    await expect.poll(async () => (await titles()).sort()).toEqual([sampleTitle, D.notices[0]!.title].sort());
    await filter('color', '');
    await filter('status', 'doing');
    await expect.poll(titles).toEqual([D.notices[2]!.title]);
    expect(await card(D.SAFETY).locator('[data-nl-hit]').count()).toBe(1);
    await filter('status', '');
    await lib.locator('[data-nl-filter="from"]').fill('2024-01-01');
    await lib.locator('[data-nl-filter="to"]').fill('2024-04-30');
    await expect.poll(titles).toEqual([D.notices[1]!.title]);
    await lib.locator('[data-nl-action="clear-filters"]').click();
    await expect.poll(() => cards().count()).toBe(4);
  });

  it('sorts by publication date and by title', async () => {
    await filter('sort', 'date');
    await expect.poll(titles).toEqual([D.notices[2]!.title, D.notices[1]!.title, D.notices[0]!.title, sampleTitle]);
    await filter('sort', 'title');
    await expect.poll(async () => (await titles()).at(-1)).toBe(D.notices[1]!.title); // Han by pinyin, then Latin
    await filter('sort', 'recent');
  });

  it('opens the notice at the highlight', async () => {
    const link = card(key).locator('[data-nl-action="open-at"]').first();
    expect(await link.getAttribute('href')).toBe(`${key}#notice-lens=${hId}`);
    const [opened] = await Promise.all([env.browser.context.waitForEvent('page'), link.click()]);
    await expect.poll(() => opened.locator(`[data-nl-annotation="${hId}"][data-nl-flash]`).count(), { timeout: 15_000, interval: 50 }).toBeGreaterThan(0);
    await opened.close();
  });
});

describe('exporting', () => {
  it('downloads one notice as Markdown with front matter', async () => {
    // The reader named what green means (options page): the export says it, where it said nothing of the colour.
    await lib.evaluate(() => chrome.storage.local.set({ readerSettings: { colorMeanings: { green: '落实' } } }));
    const f = await until(async () => {
      const d = await download(lib, () => card(key).locator('[data-nl-action="export-notice"]').click());
      return d.data.toString('utf8').includes('标记：落实') ? d : null;
    });
    await lib.evaluate(() => chrome.storage.local.remove('readerSettings'));
    expect(f.name).toBe(`${sampleTitle}.md`);
    const md = f.data.toString('utf8');
    const { data, body } = splitFrontMatter(md);
    expect(data).toMatchObject({ title: sampleTitle, source: key });
    const tree = parseMd(body);
    expect(ofType(tree, 'block_quote').map(textOf)).toContain('必须切实扛起生态保护政治责任 ↗');
    expect(ofType(tree, 'paragraph').map(textOf).join('\n')).toContain('秦岭保护：本月内完成排查');
    expect(ofType(tree, 'paragraph').map(textOf)).toContain('标记：落实 · 标签：秦岭');
    // The quote's link back (with a text fragment after :~:) opens the notice at the highlight.
    const back = ofType(tree, 'link').filter((l) => textOf(l) === '↗').map((l) => l.destination!);
    expect(back).toHaveLength(1);
    expect(back[0]).toMatch(new RegExp(`#notice-lens=${hId}:~:text=%E5%BF%85`));
    const opened = await env.browser.context.newPage();
    await opened.goto(back[0]!);
    await expect.poll(() => opened.locator(`[data-nl-annotation="${hId}"][data-nl-flash]`).count(), { timeout: 15_000, interval: 50 }).toBeGreaterThan(0);
    await opened.close();
  });

  it('copies the same Markdown to the clipboard', async () => {
    // The real clipboard: the extension's origin may write it (as a reader's browser lets it on a click)
    // and the test reads it back. It starts with other text, so a copy that never happened cannot pass.
    // (Chromium calls an extension origin opaque for Browser.grantPermissions: granted to every origin.)
    await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await lib.evaluate(() => navigator.clipboard.writeText('not copied yet'));
    expect(await lib.evaluate(() => navigator.clipboard.readText())).toBe('not copied yet');
    await card(D.HOLIDAY).locator('[data-nl-action="copy-notice"]').click();
    await expect.poll(() => lib.locator('[data-nl-field="message"]').innerText()).toBe('已复制到剪贴板。');
    const copied = await lib.evaluate(() => navigator.clipboard.readText());
    const f = await download(lib, () => card(D.HOLIDAY).locator('[data-nl-action="export-notice"]').click());
    const dropTime = (s: string) => s.replace(/^exported: .*$/m, '');
    expect(copied).toMatch(/^---\n/);
    expect(dropTime(copied)).toBe(dropTime(f.data.toString('utf8')));
  });

  it('exports the selected notices as a zip, one file each', async () => {
    await card(key).locator('[data-nl-select]').check();
    await card(D.FLOOD).locator('[data-nl-select]').check();
    await lib.locator('[data-nl-export-mode="zip"]').check();
    const f = await download(lib, () => lib.locator('[data-nl-action="export-all"]').click());
    expect(f.name).toMatch(/^notice-lens-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(f.data));
    expect(Object.keys(files).sort()).toEqual([`${sampleTitle}.md`, 'Flood plans for local authorities.md'].sort());
    const flood = splitFrontMatter(strFromU8(files['Flood plans for local authorities.md']!));
    expect(flood.data).toMatchObject({ title: 'Flood plans for local authorities', source: D.FLOOD, published: '2024-03-12' });
    expect(ofType(parseMd(flood.body), 'block_quote').map(textOf)).toEqual(['Local authorities should publish flood plans ↗']);
  });

  it('or as one combined file', async () => {
    await lib.locator('[data-nl-export-mode="combined"]').check();
    const f = await download(lib, () => lib.locator('[data-nl-action="export-all"]').click());
    expect(f.name).toMatch(/^notice-lens-\d{4}-\d{2}-\d{2}\.md$/);
    const { data, body } = splitFrontMatter(f.data.toString('utf8'));
    expect(data.notices).toBe(2);
    const headings = ofType(parseMd(body), 'heading').map(textOf);
    expect(headings).toContain(sampleTitle);
    expect(headings).toContain('Flood plans for local authorities');
    // Only the directives the reader touched are tasks, unless the reader asks for all of them.
    const items = checklist(parseMd(body)).map((i) => i.text);
    expect(items.length).toBeGreaterThan(2);
    expect(items.filter((i) => /^\[[ x]\] /.test(i)).length).toBeLessThan(items.length);
    await lib.locator('[data-nl-field="all-as-tasks"]').check();
    const all = await download(lib, () => lib.locator('[data-nl-action="export-all"]').click());
    const allItems = checklist(parseMd(splitFrontMatter(all.data.toString('utf8')).body)).map((i) => i.text);
    expect(allItems.map((i) => i.replace(/^\[[ x]\] /, ''))).toEqual(items.map((i) => i.replace(/^\[[ x]\] /, '')));
    expect(allItems.filter((i) => !/^\[[ x]\] /.test(i))).toEqual([]);
    await lib.locator('[data-nl-field="all-as-tasks"]').uncheck();
    await lib.locator('[data-nl-action="clear-selection"]').click();
  });
});
