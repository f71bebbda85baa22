import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFirefox } from './browser-setup';
import type { Page } from 'puppeteer-core';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forgeInput, HOSTILE_SCRIPT } from './forged-input';
import { allowDownloads, clickIn, evaluateIn, extensionTabContext, highlights, noteFrameCenter, noteFrameContext, selectText, uiClick, uiCount } from './firefox-ui';

// A reader in Firefox: highlights with the toolbar (real mouse on the closed UI),
// finds the highlight again after a reload, writes a note in the note frame.
const env = useFirefox();
let page: Page;
let url: string;
let downloads: string;
let madeForDownloads: string;

const QUOTE = '必须切实扛起生态保护政治责任';
const NOTED = '每周至少集中协调一次幸福路地区大企业搬迁工作';
const NOTE = '本周五前报送排查台账 <b>不是HTML</b>';
const PAGE_NOTE = '9月全体干部大会要点';

async function openNotice(p: Page) {
  await p.goto(url);
  await p.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
}

beforeAll(async () => {
  downloads = madeForDownloads = await mkdtemp(join(tmpdir(), 'notice-lens-ff-downloads-'));
  url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  page = await env.browser.newPage();
  await openNotice(page);
});
afterAll(async () => {
  for (const dir of new Set([downloads, madeForDownloads])) if (dir) await rm(dir, { recursive: true, force: true });
});

describe('reading a notice in Firefox', () => {
  it('shows the toolbar over a selection and highlights in the colour clicked', async () => {
    expect(await highlights(page)).toEqual([]);
    await selectText(page, QUOTE);
    await uiClick(page, '[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(() => highlights(page), { timeout: 10_000 }).toEqual([{ text: QUOTE, color: 'green', hasNote: false }]);
    // The toolbar goes away once the highlight is made.
    await expect.poll(() => uiCount(page, '[data-nl-action="highlight"]')).toBe(0);
  });

  it('a click the page script makes on its own does nothing', async () => {
    await selectText(page, NOTED);
    expect(await uiCount(page, '[data-nl-action="highlight"]')).toBe(5);
    // The attack under test, first: the page's own script (untrusted events, as any page could make) forges a
    // click on the host it can see, and Enter on whatever has the focus (the toolbar's first colour, were it
    // honoured); it cannot reach the closed root.
    await page.addScriptTag({ path: HOSTILE_SCRIPT });
    await page.$eval('notice-lens-ui', forgeInput);
    await page.$eval('html', forgeInput);
    // Then the reader's real click beside the text, and its effect: the toolbar goes away. Events are handled in
    // order, so by now the forged ones had every chance to act.
    await page.mouse.click(4, 4);
    await expect.poll(() => uiCount(page, '[data-nl-action="highlight"]')).toBe(0);
    // They had none: no highlight was made from the selection they targeted.
    expect(await highlights(page)).toEqual([{ text: QUOTE, color: 'green', hasNote: false }]);
  });

  it('writes a note in the note frame; the note text never enters the page', async () => {
    // A click beside the text first: the toolbar left by the previous test goes away.
    await page.mouse.click(4, 4);
    await expect.poll(() => uiCount(page, '[data-nl-action="note"]')).toBe(0);
    await selectText(page, NOTED);
    await uiClick(page, '[data-nl-action="note"]');
    const frame = await noteFrameContext(page);
    await expect.poll(() => evaluateIn(page, frame, `!!document.querySelector('textarea[data-nl-field="note"]')`)).toBe(true);
    const area = await noteFrameCenter(page, frame, 'textarea[data-nl-field="note"]');
    await page.mouse.click(area.x, area.y);
    await page.keyboard.type(NOTE);
    const state = () => evaluateIn(page, frame, `document.querySelector('[data-nl-save-state]')?.getAttribute('data-nl-save-state')`);
    await expect.poll(state, { timeout: 10_000 }).toBe('saved');
    expect(await evaluateIn(page, frame, `document.querySelector('textarea[data-nl-field="note"]').value`)).toBe(NOTE);
    const close = await noteFrameCenter(page, frame, '[data-nl-action="close-note"]');
    await page.mouse.click(close.x, close.y);
    await expect.poll(() => uiCount(page, '.nl-note-frame')).toBe(0);
    expect(await highlights(page)).toEqual([
      { text: QUOTE, color: 'green', hasNote: false },
      { text: NOTED, color: 'yellow', hasNote: true },
    ]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('本周五前报送排查台账');
  });

  it('brings the highlights and the note back after a reload', async () => {
    await openNotice(page);
    await expect.poll(() => highlights(page), { timeout: 10_000 }).toEqual([
      { text: QUOTE, color: 'green', hasNote: false },
      { text: NOTED, color: 'yellow', hasNote: true },
    ]);
  });

  it('backs up the highlights, the note and a page note from the library', async () => {
    // The library is an extension page the driver may not navigate to; it is opened here from the note frame
    // (an extension page the reader opened in the notice), as the popup's and side panel's buttons open it.
    await uiClick(page, '[data-nl-action="page-note"]');
    const frame = await noteFrameContext(page);
    await expect.poll(() => evaluateIn(page, frame, `!!document.querySelector('textarea[data-nl-field="note"]')`)).toBe(true);
    const area = await noteFrameCenter(page, frame, 'textarea[data-nl-field="note"]');
    await page.mouse.click(area.x, area.y);
    await page.keyboard.type(PAGE_NOTE);
    const state = () => evaluateIn(page, frame, `document.querySelector('[data-nl-save-state]')?.getAttribute('data-nl-save-state')`);
    await expect.poll(state, { timeout: 10_000 }).toBe('saved');
    // An extension frame in a web page has no tabs API in Firefox: it opens the library as a link would.
    await evaluateIn(page, frame, `!!window.open(browser.runtime.getURL('/library.html'), '_blank')`, { userActivation: true });
    const library = await extensionTabContext(env.browser, 'library.html');
    const ready = `!!document.querySelector('[data-nl-notice]') && !document.querySelector('main.lib[data-nl-loading]')`;
    await expect.poll(() => evaluateIn(page, library, ready), { timeout: 10_000 }).toBe(true);
    // What the reader sees in the library: this notice's card with the quote and the note.
    const card = await evaluateIn<string>(page, library, `document.querySelector('[data-nl-notice]').innerText`);
    expect(card).toContain(QUOTE);
    expect(card).toContain(NOTE);
    expect(card).toContain(PAGE_NOTE);
    downloads = await allowDownloads(env.browser, downloads);
    await clickIn(env.browser, library, '[data-nl-action="backup-export"]');
    type Item = { motivation: string; body?: { value: string }; target: { selector: { type: string; exact?: string }[] } };
    type Backup = { format: string; total: number; items: Item[] };
    // Firefox creates the file before it has written it: read until it holds a whole JSON document.
    const read = async (): Promise<Backup | null> => {
      const names = (await readdir(downloads)).filter((f) => /^notice-lens-backup-\d{4}-\d{2}-\d{2}\.json$/.test(f));
      if (names.length !== 1) return null;
      try {
        return JSON.parse(await readFile(join(downloads, names[0]!), 'utf8')) as Backup;
      } catch {
        return null;
      }
    };
    await expect.poll(read, { timeout: 10_000 }).not.toBeNull();
    const backup = (await read())!;
    expect(backup.format).toBe('notice-lens-backup');
    // Each item as the reader would read it back: the quoted text and the note.
    const items = backup.items.map((x) => ({ exact: x.target.selector.find((sel) => sel.type === 'TextQuoteSelector')?.exact, note: x.body?.value ?? '' }));
    expect(items).toHaveLength(3);
    expect(items).toEqual(expect.arrayContaining([{ exact: QUOTE, note: '' }, { exact: NOTED, note: NOTE }, { exact: undefined, note: PAGE_NOTE }]));
    expect(backup.total).toBe(3);
  });

  it('exports the notice as Markdown from its library card, quotes and notes as text', async () => {
    const library = await extensionTabContext(env.browser, 'library.html');
    await clickIn(env.browser, library, '[data-nl-notice] [data-nl-action="export-notice"]');
    const read = async (): Promise<string | null> => {
      const names = (await readdir(downloads)).filter((f) => f.endsWith('.md'));
      if (names.length !== 1) return null;
      const text = await readFile(join(downloads, names[0]!), 'utf8');
      return text.includes(PAGE_NOTE) ? text : null;
    };
    await expect.poll(read, { timeout: 10_000 }).not.toBeNull();
    const md = (await read())!;
    expect(md).toContain('市工信委召开全体干部大会');
    expect(md).toContain(QUOTE);
    expect(md).toContain(NOTED);
    // The note keeps its Markdown, but its HTML is escaped: shown as text, never as HTML.
    expect(md).toContain('\\<b>不是HTML\\</b>');
  });
});
