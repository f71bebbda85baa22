import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FIXTURES } from '../tools/server';
import { highlights, selectText } from './helpers';
import { closedUi } from './closed-root';
import { controlPage, download, extUrl, highlightInput, openTab, send } from './panel-helpers';

// Issue 16 in Chromium, comparing versions: the reader annotates a district notice (one highlight on words the
// site later deletes); the site serves it edited at the same address; the page's orphan list says the passage
// was removed; the side panel compares the two versions word by word, with selects worked from the keyboard;
// the library marks the notice revised, filters to revised notices, and exports the revision.
const env = useChromium();
let ctl: Page;
const PATH = 'pages/revisions/notice-diff.html';
const fixture = (file: string) => readFileSync(`${FIXTURES}pages/revisions/${file}`, 'utf8');
const OTHER = 'http://www.changan.gov.cn/zwgk/tzgg/2026/other.html';
let tab: Page;
let tabId: number;
let key: string;

/** The reader's local date of now, as the extension names days. */
const today = (p: Page) =>
  p.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

beforeAll(async () => {
  ctl = await controlPage(env.browser);
  env.server.override(PATH, fixture('notice.html'));
});
afterAll(async () => {
  env.server.override(PATH, null);
});

describe('comparing the versions of a notice revised in place', () => {
  it('the page says a highlight\'s passage was removed by the revision', async () => {
    ({ tabId, page: tab } = await openTab(ctl, env.browser.context, env.server.url('www.changan.gov.cn', PATH)));
    const ui = closedUi(tab);
    await selectText(tab, '分管负责同志要靠前指挥');
    await ui.click('[data-nl-action="highlight"][data-nl-color="pink"]');
    await selectText(tab, '严格执行24小时值班和领导带班制度');
    await ui.click('[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(async () => (await highlights(tab)).length).toBe(2);
    const list = await send<{ page: string }[]>(ctl, { type: 'library/list' });
    key = list.find((e) => e.page.includes('notice-diff'))!.page;

    env.server.override(PATH, fixture('notice.edited.html'));
    await tab.reload();
    await tab.waitForSelector('html[data-nl-revised]');
    await expect.poll(async () => (await highlights(tab)).map((h) => h.text)).toEqual(['严格执行24小时值班和领导带班制度']);
    await expect.poll(() => ui.count('[data-nl-orphan]')).toBe(1);
    expect(await ui.text('[data-nl-orphan] q')).toBe('分管负责同志要靠前指挥');
    expect(await ui.text('[data-nl-orphan] [data-nl-gone]')).toBe(`原文已于 ${await today(tab)} 删除`);
    expect(await ui.attr('[data-nl-orphan] [data-nl-gone]', 'data-nl-gone')).toBe('deleted');
  });

  it('the side panel shows a word-level diff of any two versions, picked from the keyboard', async () => {
    const panel = await env.browser.context.newPage();
    await panel.goto(extUrl(env.browser, `sidepanel.html?tab=${tabId}`));
    const section = panel.locator('[data-nl-section="versions"]');
    await expect.poll(() => section.count()).toBe(1);
    expect(await section.locator('summary').innerText()).toBe('版本对比 2 个版本');
    expect(await section.locator('select[data-nl-action="version-from"] option').count()).toBe(2);

    // Newest against the one before, by default: one insertion, one change, one deletion, as <ins>/<del>.
    expect(await section.locator('[data-nl-diff-state="changed"]').innerText()).toBe('新增 1 处，修改 1 处，删除 1 处');
    const parts = (op: string) => section.locator(`[data-nl-diff="${op}"]`).evaluateAll((els) =>
      els.map((e) => [e.tagName, [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('')]));
    expect(await parts('insert')).toEqual([
      ['INS', '（四）危险化学品安全。严格落实危险化学品储存、运输环节安全措施，严禁违规存放。'],
      ['INS', '12月10'],
    ]);
    expect(await parts('delete')).toEqual([['DEL', '，分管负责同志要靠前指挥、一线督导'], ['DEL', '11月30']]);
    // Screen readers hear what each is: the label is in the text, visually hidden.
    expect(await section.locator('[data-nl-diff="delete"] .nl-sr-only').first().innerText()).toBe('删除：');
    // Those lists are all the marks: the phone number now in full-width digits (０２９) and the 主送 line
    // re-flowed over two lines are shown as they are now, unmarked.
    expect(await section.locator('[data-nl-diff-body]').innerText()).toContain('值班电话：０２９-８５２９１２３４');

    // The keyboard: the older select moved to the newest version: the same version twice, nothing changed.
    await section.locator('select[data-nl-action="version-from"]').focus();
    await panel.keyboard.press('ArrowUp');
    await expect.poll(() => section.locator('[data-nl-diff-state="same"]').count()).toBe(1);
    expect(await section.locator('[data-nl-diff]').count()).toBe(0);
    // …and the newer one to the older: the diff the other way round (what was inserted is now deleted).
    await section.locator('select[data-nl-action="version-to"]').focus();
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => section.locator('[data-nl-diff-state="changed"]').count()).toBe(1);
    expect(await parts('insert')).toEqual([['INS', '，分管负责同志要靠前指挥、一线督导'], ['INS', '11月30']]);

    // The orphan in the side panel says the same as in the page.
    const orphan = panel.locator('[data-nl-orphan] [data-nl-gone="deleted"]');
    await expect.poll(() => orphan.count()).toBe(1);
    expect(await orphan.innerText()).toBe(`原文已于 ${await today(panel)} 删除`);
    await panel.close();
  });

  it('the library marks the revised notice, filters to revised notices and exports the revision', async () => {
    // A second notice, annotated, never revised.
    await send(ctl, { type: 'annotation/put', annotation: highlightInput({ id: 'other-1', page: OTHER, exact: '燃气' }) });
    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    const revisedCard = lib.locator(`[data-nl-notice="${key}"]`);
    const otherCard = lib.locator(`[data-nl-notice="${OTHER}"]`);
    await expect.poll(() => revisedCard.locator('[data-nl-revised]').count()).toBe(1);
    expect(await revisedCard.locator('[data-nl-revised]').innerText()).toBe('有改动');
    expect(await otherCard.count()).toBe(1);
    expect(await otherCard.locator('[data-nl-revised]').count()).toBe(0);

    // "Revised only", by keyboard: the other notice leaves the list, and comes back.
    await lib.locator('[data-nl-filter="revised"]').focus();
    await lib.keyboard.press('Space');
    await expect.poll(() => otherCard.count()).toBe(0);
    expect(await revisedCard.count()).toBe(1);
    await lib.keyboard.press('Space');
    await expect.poll(() => otherCard.count()).toBe(1);

    // The export states the revision; with the option it lists the changes as quotes.
    const md = async () => (await download(lib, () => revisedCard.locator('[data-nl-action="export-notice"]').click())).data.toString('utf8');
    const plain = await md();
    expect(plain).toMatch(/\n本通知自 \d{4}-\d\d-\d\d 以来有改动：新增 1 处，修改 1 处，删除 1 处。\n/);
    expect(plain).not.toContain('## 改动');
    await lib.locator('[data-nl-action="export-changes"]').click();
    const full = await md();
    expect(full).toContain('## 改动\n\n新增：\n> （四）危险化学品安全。严格落实危险化学品储存、运输环节安全措施，严禁违规存放。\n');
    expect(full).toContain('修改（原为“11月30”）：\n> 12月10\n');
    expect(full).toContain('删除：\n> ，分管负责同志要靠前指挥、一线督导\n');
    await lib.close();
  });
});
