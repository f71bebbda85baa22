import { afterAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { FIXTURES } from '../tools/server';
import { highlights, selectText } from './helpers';
import { closedUi } from './closed-root';
import { changeMarksInPage } from './change-marks';

// Issue 16 in Chromium: the reader annotates a county notice; the site then changes only its chrome (view
// counter, 上一篇/下一篇, a line re-flowed in full-width digits), which is not flagged; then it revises the
// notice in place (a sentence added, a date corrected, words deleted), which is: the changed text is marked and
// nothing else, the panel says what changed and lists the deleted words, the marks hide and show, and the
// reader's highlights stay where they were.
const env = useChromium();
const PATH = 'pages/revisions/notice.html';
const page = (file: string) => readFileSync(`${FIXTURES}pages/revisions/${file}`, 'utf8');
const ui = (p: Page) => closedUi(p);

/** The change marks as the reader sees them (tests/e2e/change-marks.ts). */
const changeMarks = (p: Page) => p.evaluate(changeMarksInPage);

async function reload(p: Page) {
  await p.reload();
  await p.waitForSelector('html[data-notice-lens="notice"]');
  await expect.poll(async () => (await highlights(p)).length).toBe(2);
}

afterAll(async () => {
  env.server.override(PATH, null);
});

describe('a notice revised in place', () => {
  it('is not flagged for its chrome; its revision is marked, counted and listed, and the highlights stay', async () => {
    const url = env.server.url('www.changan.gov.cn', PATH);
    const p = await openAnalyzed(env.browser.context, url);
    await selectText(p, '全面排查餐饮场所、老旧小区燃气管道和用气设施');
    await ui(p).click('[data-nl-action="highlight"][data-nl-color="yellow"]');
    await selectText(p, '严格执行24小时值班和领导带班制度');
    await ui(p).click('[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(async () => (await highlights(p)).length).toBe(2);
    expect(await p.getAttribute('html', 'data-nl-revised')).toBeNull();

    // Only the chrome changed: no flag, no mark, no banner.
    env.server.override(PATH, page('notice.chrome.html'));
    await reload(p);
    expect(await p.textContent('#hits')).toBe('2046');
    expect(await p.getAttribute('html', 'data-nl-revised')).toBeNull();
    expect(await changeMarks(p)).toEqual([]);
    expect(await ui(p).count('[data-nl-revision]')).toBe(0);

    // The revision: flagged with the time of the version the reader annotated, the new and changed text marked.
    env.server.override(PATH, page('notice.edited.html'));
    await reload(p);
    const since = await p.getAttribute('html', 'data-nl-revised');
    expect(since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.now() - Date.parse(since!)).toBeLessThan(10 * 60_000);
    expect(await changeMarks(p)).toEqual([
      ['inserted', '（四）危险化学品安全。严格落实危险化学品储存、运输环节安全措施，严禁违规存放。'],
      ['changed', '12月10'],
    ]);
    // Nothing in the chrome is marked (the counter and 下一篇 changed there too).
    expect(await p.evaluate(() => [...document.querySelectorAll('[data-nl-change]')].every((e) => e.closest('#zoom')))).toBe(true);

    // The panel: the sentence with the date and the counts, the deleted words as text.
    const day = await p.evaluate((iso) => {
      const d = new Date(iso);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    }, since!);
    expect(await ui(p).text('[data-nl-revision] > span')).toBe(`本通知自 ${day} 以来有改动：新增 1 处，修改 1 处，删除 1 处`);
    expect(await ui(p).count('[data-nl-deleted]')).toBe(1);
    expect(await ui(p).text('[data-nl-deleted]')).toBe('，分管负责同志要靠前指挥、一线督导');

    // The marks' look: an outline (solid for inserted), no fill; hidden and shown again by the panel's button.
    const look = () =>
      p.evaluate(() => {
        const s = getComputedStyle(document.querySelector('[data-nl-change="inserted"]')!);
        return [s.outlineStyle, s.outlineColor, s.backgroundColor];
      });
    expect(await look()).toEqual(['solid', 'rgb(43, 138, 62)', 'rgba(0, 0, 0, 0)']);
    await ui(p).click('[data-nl-action="toggle-changes"]');
    await expect.poll(() => p.evaluate(() => document.documentElement.hasAttribute('data-nl-hide-changes'))).toBe(true);
    expect((await look())[0]).toBe('none');
    expect(await ui(p).attr('[data-nl-action="toggle-changes"]', 'aria-pressed')).toBe('true');
    await ui(p).click('[data-nl-action="toggle-changes"]');
    await expect.poll(() => p.evaluate(() => document.documentElement.hasAttribute('data-nl-hide-changes'))).toBe(false);
    expect((await look())[0]).toBe('solid');

    // The reader's highlights are where they were.
    expect((await highlights(p)).map((h) => [h.text, h.color])).toEqual([
      ['全面排查餐饮场所、老旧小区燃气管道和用气设施', 'yellow'],
      ['严格执行24小时值班和领导带班制度', 'green'],
    ]);

    // Seen once, the revision is the newest version: the next visit has nothing new to flag.
    await reload(p);
    expect(await p.getAttribute('html', 'data-nl-revised')).toBeNull();
    expect(await changeMarks(p)).toEqual([]);
    env.server.override(PATH, null);
    await p.close();
  });

  it('on a site that starts printing the body twice, flags and marks only the visible copy, never its chrome', async () => {
    // The CMS's second container of the same body, after the first (the duplicate Notice Lens hides).
    const twice = (html: string) => html.replace(/<div class="TRS_Editor" id="zoom">[\s\S]*?\n  <\/div>/, (m) => `${m}\n  ${m.replace(' id="zoom"', '')}`);
    expect(twice(page('notice.edited.html')).split('class="TRS_Editor"')).toHaveLength(3);
    const url = env.server.url('xxgk.changan.gov.cn', PATH);
    const p = await openAnalyzed(env.browser.context, url);
    await selectText(p, '全面排查餐饮场所、老旧小区燃气管道和用气设施');
    await ui(p).click('[data-nl-action="highlight"][data-nl-color="yellow"]');
    await selectText(p, '严格执行24小时值班和领导带班制度');
    await ui(p).click('[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(async () => (await highlights(p)).length).toBe(2);

    // Printed twice, with a new counter and 下一篇 around the copies: the same body, not flagged.
    env.server.override(PATH, twice(page('notice.chrome.html')));
    await reload(p);
    expect(await p.locator('[data-nl-duplicate]').count()).toBeGreaterThan(0);
    expect(await p.getAttribute('html', 'data-nl-revised')).toBeNull();
    expect(await changeMarks(p)).toEqual([]);

    env.server.override(PATH, twice(page('notice.edited.html')));
    await reload(p);
    expect(await p.getAttribute('html', 'data-nl-revised')).not.toBeNull();
    expect(await changeMarks(p)).toEqual([
      ['inserted', '（四）危险化学品安全。严格落实危险化学品储存、运输环节安全措施，严禁违规存放。'],
      ['changed', '12月10'],
    ]);
    expect(await p.evaluate(() => [...document.querySelectorAll('[data-nl-change]')].filter((e) => e.closest('[data-nl-duplicate]') || !e.closest('#zoom')).length)).toBe(0);
    expect(await ui(p).text('[data-nl-revision] > span')).toMatch(/以来有改动：新增 1 处，修改 1 处，删除 1 处$/);
    expect((await highlights(p)).map((h) => h.text)).toEqual(['全面排查餐饮场所、老旧小区燃气管道和用气设施', '严格执行24小时值班和领导带班制度']);
    env.server.override(PATH, null);
    await p.close();
  });
});
