import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFirefox } from './browser-setup';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { FIXTURES } from '../tools/server';
import { highlights, uiClick, uiCount } from './firefox-ui';
import { changeMarksInPage } from './change-marks';

// Issues 15 and 16 in Firefox: what may differ from Chromium there. The directives' task attributes are written
// by the content script in Firefox's DOM; a revised notice is told apart from the stored version through
// Firefox's extension storage, and its marks wrap text beside the reader's highlights made with Firefox's mouse.
// The expected values are those tasks.e2e.ts and revisions.e2e.ts write by hand for Chromium.
const env = useFirefox();
let page: Page;
const REVISED = 'pages/revisions/notice.html';
const revision = (file: string) => readFileSync(`${FIXTURES}pages/revisions/${file}`, 'utf8');

async function openNotice(url: string) {
  await page.goto(url);
  await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
}

/** Selects `needle` (inside one text node of #zoom) by dragging the real mouse from its first character to past its last. */
async function dragSelect(needle: string): Promise<void> {
  const ends = await page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.querySelector('#zoom')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(needle);
      if (at < 0) continue;
      n.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const box = (i: number) => {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const b = r.getClientRects()[0]!;
        return { left: b.left, right: b.right, y: b.top + b.height / 2 };
      };
      const first = box(at);
      const last = box(at + needle.length - 1);
      document.getSelection()!.removeAllRanges();
      // Pressed on the first character's left edge, released on the last one's right edge.
      return { from: { x: first.left + 1, y: first.y }, to: { x: last.right - 1, y: last.y } };
    }
    return null;
  }, needle);
  if (!ends) throw new Error(`Text not found in #zoom: ${needle}`);
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move((ends.from.x + ends.to.x) / 2, ends.to.y, { steps: 5 });
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 5 });
  await page.mouse.up();
  expect(await page.evaluate(() => String(document.getSelection()))).toBe(needle);
}

/** Each directive's text and task attributes, in document order. */
const taskMarks = () => page.evaluate(() => [...document.querySelectorAll('[data-nl-directive]')].map((el) => ({
  text: el.textContent ?? '',
  due: el.getAttribute('data-nl-due'),
  lead: el.getAttribute('data-nl-lead'),
})));

/** The change marks as the reader sees them (tests/e2e/change-marks.ts). */
const changeMarks = () => page.evaluate(changeMarksInPage);

const revisedSince = () => page.evaluate(() => document.documentElement.getAttribute('data-nl-revised'));

beforeAll(async () => {
  page = await env.browser.newPage();
});
afterAll(async () => {
  env.server.override(REVISED, null);
});

describe('directives as tasks in Firefox', () => {
  it('marks the due date and lead unit of each dated directive, and neither on the heading that only mentions dates', async () => {
    await openNotice(env.server.url('www.beilin.gov.cn', 'pages/task-notice.html'));
    const marks = await taskMarks();
    const find = (start: string) => marks.find((m) => m.text.startsWith(start));
    expect(find('（一）开展重点行业领域排查')).toMatchObject({ due: '2025-11-30', lead: '区应急管理局' });
    // 12月底前 in a notice published 2025-10-08.
    expect(find('（二）完善应急预案')).toMatchObject({ due: '2025-12-31', lead: '区应急管理局' });
    // The trap beside them: 三、 holds a meeting date and a statistics date, neither a deadline.
    expect(find('三、工作要求')).toMatchObject({ due: null, lead: null });
  });
});

describe('a notice revised in place, in Firefox', () => {
  const YELLOW = '全面排查餐饮场所、老旧小区燃气管道和用气设施';
  const GREEN = '严格执行24小时值班和领导带班制度';

  it('is flagged once revised; the changed text is marked and the highlights made with the mouse stay', async () => {
    const url = env.server.url('www.changan.gov.cn', REVISED);
    await openNotice(url);
    await dragSelect(YELLOW);
    await uiClick(page, '[data-nl-action="highlight"][data-nl-color="yellow"]');
    await expect.poll(async () => (await highlights(page)).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(() => uiCount(page, '[data-nl-action="highlight"]')).toBe(0);
    await dragSelect(GREEN);
    await uiClick(page, '[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(async () => (await highlights(page)).length, { timeout: 10_000 }).toBe(2);
    expect(await revisedSince()).toBeNull();

    env.server.override(REVISED, revision('notice.edited.html'));
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
    await expect.poll(async () => (await highlights(page)).length, { timeout: 10_000 }).toBe(2);
    const since = await revisedSince();
    expect(since).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Date.now() - Date.parse(since!)).toBeLessThan(10 * 60_000);
    expect(await changeMarks()).toEqual([
      ['inserted', '（四）危险化学品安全。严格落实危险化学品储存、运输环节安全措施，严禁违规存放。'],
      ['changed', '12月10'],
    ]);
    // Nothing outside the body is marked (the view counter and 下一篇 changed too).
    expect(await page.evaluate(() => [...document.querySelectorAll('[data-nl-change]')].every((e) => e.closest('#zoom')))).toBe(true);
    expect((await highlights(page)).map((h) => [h.text, h.color])).toEqual([
      [YELLOW, 'yellow'],
      [GREEN, 'green'],
    ]);
    env.server.override(REVISED, null);
  });
});
