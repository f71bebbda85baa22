import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { openAnalyzed } from '../tools/browser';
import { closedUi } from './closed-root';

// The sample notice as its real page prints it: the body twice, the second copy
// starting inside the last paragraph. A reader must see it once, with the six
// directives highlighted and outlined.
const seed = readFileSync(new URL('../fixtures/pages/sample-notice.html', import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
const OPENING = '9月4日上午，市工信委李初管主任主持召开全体干部大会';
const ORDINALS = ['一要', '二要', '三要', '四要', '五是', '六是'];
const LEADS = [
  '一要坚决打好秦岭保卫战。',
  '二要认真开展作风问题大排查。',
  '三要抓好省市考指标进度。',
  '四要加快推进“最多跑一次”改革项目建设。',
  '五是加快推进企业搬迁。',
  '六是切实抓好“散乱污”企业整治攻坚工作。',
];

const env = useChromium();

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
const visibleBody = (page: Page) => page.evaluate(() => (document.querySelector('#zoom') as HTMLElement).innerText);

describe('the sample notice on gxj.xa.gov.cn', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
  });

  it('is recognised as a notice', async () => {
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('notice');
  });

  it('shows the body exactly once, nothing deleted', async () => {
    const text = squash(await visibleBody(page));
    expect(count(text, OPENING)).toBe(1);
    expect(text.endsWith('确保“散乱污”企业整治工作顺利推进。')).toBe(true);
    for (const lead of LEADS) expect(count(text, lead)).toBe(1);
    // The duplicate is still in the page, only hidden.
    const all = squash(await page.evaluate(() => document.querySelector('#zoom')!.textContent!));
    expect(count(all, OPENING)).toBe(2);
    expect(all).toBe(squash(seed.slice(seed.indexOf('<div id="zoom"'), seed.indexOf('<div class="share">')).replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)))));
  });

  it('highlights the six directives in order, each starting at its marker', async () => {
    const found = await page.$$eval('[data-nl-directive]', (els) =>
      els.map((el) => ({
        ordinal: el.getAttribute('data-nl-ordinal'),
        level: el.getAttribute('data-nl-level'),
        text: el.textContent,
        lead: [el, ...document.querySelectorAll(`[data-nl-directive-part="${el.getAttribute('data-nl-directive')}"]`)].map((e) => e.textContent).join(''),
        visible: (el as HTMLElement).offsetParent !== null,
        // Issue 12: a directive's mark is an underline (fills are the reader's highlights).
        rule: getComputedStyle(el).textDecorationLine,
      })),
    );
    expect(found.map((d) => d.ordinal)).toEqual(ORDINALS);
    expect(found.map((d) => d.level)).toEqual(['1', '1', '1', '1', '1', '1']);
    found.forEach((d, i) => {
      expect(d.text!.startsWith(ORDINALS[i]!)).toBe(true);
      expect(d.lead).toBe(LEADS[i]);
      expect(d.visible).toBe(true);
      expect(d.rule).toBe('underline');
    });
  });

  it('lists the directives in the outline, and a click scrolls to one', async () => {
    const ui = closedUi(page);
    expect(await ui.count('[data-nl-outline-item]')).toBe(6);
    const labels = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => ui.text('[data-nl-outline-item]', i)));
    labels.forEach((label, i) => expect(squash(label).startsWith(ORDINALS[i]!)).toBe(true));
    expect(squash(labels[3]!)).toContain('加快推进“最多跑一次”改革项目建设');

    await page.evaluate(() => window.scrollTo(0, 0));
    const target = page.locator('[data-nl-directive="5"]');
    const inView = () => target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(await inView()).toBe(false);
    await ui.click('[data-nl-outline-item]', 5);
    await expect.poll(inView, { timeout: 5000 }).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('says a duplicate was hidden and can show it again', async () => {
    const ui = closedUi(page);
    const toggle = { click: () => ui.click('[data-nl-action="toggle-duplicate"]') };
    expect(await ui.text('.nl-banner')).toMatch(/已隐藏重复正文（\d+ 字）|Duplicated body hidden \(\d+ characters\)/);
    await toggle.click();
    expect(count(squash(await visibleBody(page)), OPENING)).toBe(2);
    await toggle.click();
    expect(count(squash(await visibleBody(page)), OPENING)).toBe(1);
  });
});

describe('a site with a strict Content-Security-Policy', () => {
  it('still gets the duplicate hidden, the directives marked and the panel', async () => {
    const page = await openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html?csp=strict'));
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('notice');
    // The policy is in force: the page's own inline stylesheet (a red header) is blocked.
    expect(await page.locator('.top').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(count(squash(await visibleBody(page)), OPENING)).toBe(1);
    expect(await page.locator('[data-nl-directive="0"]').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    expect(await closedUi(page).evaluate('.nl-panel', (el) => getComputedStyle(el).position)).toBe('fixed');
    await page.close();
  });
});

describe('pages that are not notices', () => {
  const untouched = (page: Page) =>
    page.evaluate(() => ({
      ui: document.querySelectorAll('notice-lens-ui').length,
      marks: document.querySelectorAll('[data-nl-directive],[data-nl-duplicate],[data-nl-marker]').length,
      style: document.getElementById('notice-lens-page-style') !== null,
    }));

  it('leaves a gov column list page as it is', async () => {
    const page = await openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/column-list.html'));
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('none');
    expect(await untouched(page)).toEqual({ ui: 0, marks: 0, style: false });
    await page.close();
  });

  it('leaves a 视频新闻 page (a player and its caption) as it is, and marks a meeting report that has its recording above the text', async () => {
    const video = await openAnalyzed(env.browser.context, env.server.url('www.jingmen.gov.cn', 'pages/video-news.html'));
    expect(await video.getAttribute('html', 'data-notice-lens')).toBe('none');
    expect(await untouched(video)).toEqual({ ui: 0, marks: 0, style: false });
    await video.close();
    const report = await openAnalyzed(env.browser.context, env.server.url('www.jingmen.gov.cn', 'pages/meeting-with-video.html'));
    expect(await report.getAttribute('html', 'data-notice-lens')).toBe('notice');
    await expect.poll(() => report.$$eval('[data-nl-directive]', (els) => els.map((el) => el.getAttribute('data-nl-ordinal')))).toEqual(['一要', '二要', '三要', '四要']);
    await report.close();
  });

  it("leaves a leader's biography page as it is, and reads a 任前公示 listing people as a notice", async () => {
    const profile = await openAnalyzed(env.browser.context, env.server.url('www.suining.gov.cn', 'pages/leader-profile.html'));
    expect(await profile.getAttribute('html', 'data-notice-lens')).toBe('none');
    expect(await untouched(profile)).toEqual({ ui: 0, marks: 0, style: false });
    await profile.close();
    const notice = await openAnalyzed(env.browser.context, env.server.url('www.suining.gov.cn', 'pages/appointment-notice.html'));
    expect(await notice.getAttribute('html', 'data-notice-lens')).toBe('notice');
    await expect.poll(() => notice.locator('notice-lens-ui').count()).toBe(1);
    await notice.close();
  });

  it('does not run on a non-government site', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('finance.example.com', 'pages/commercial-news.html'));
    // Prove the extension is live in this browser first, so absence below means "did not run".
    const control = await openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
    expect(await control.getAttribute('html', 'data-notice-lens')).toBe('notice');
    await control.close();
    expect(await page.getAttribute('html', 'data-notice-lens')).toBeNull();
    expect(await untouched(page)).toEqual({ ui: 0, marks: 0, style: false });
    await page.close();
  });
});
