import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tools/browser';
import { startFixtureServer, type FixtureServer } from '../tools/server';
import { normalizeNoticeUrl } from '../../utils/text/url';
import { closedUi } from './closed-root';
import { controlPage, extUrl, highlightInput, openTab, send } from './panel-helpers';

// Issue 12, "English and layout": at 320 px, in Chinese and in English, no control of the in-page panel (with
// the reading view's bar shown and a status set), the popup or the side panel is clipped, wrapped onto a
// second line, cut off at the edge, or shows a select's choice truncated ("In progre"). Measured in Chromium
// with the real fonts: scrollWidth against clientWidth, the lines of a button's text, a select's text
// against its box.
let server: FixtureServer;
const open: ExtensionBrowser[] = [];

afterAll(async () => {
  for (const b of open) await b.close();
  await server?.close();
});

/**
 * What is wrong with each visible control under `root` (the in-page panel; null: the whole page), as
 * `problem: control` strings; nothing may cross the root's edges (the window's, for a page). Runs in the
 * page, so it is self-contained.
 */
function layoutProblems(root: Element | null): string[] {
  const edges = root ? root.getBoundingClientRect() : { left: 0, right: document.documentElement.clientWidth };
  const problems: string[] = [];
  const controls = Array.from((root ?? document).querySelectorAll<HTMLElement>('button, select, input:not([type="checkbox"]):not([type="radio"]), summary'));
  const name = (el: HTMLElement) => `${el.tagName.toLowerCase()}[${el.getAttribute('data-nl-action') ?? el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20)}]`;
  for (const el of controls) {
    if (!el.checkVisibility()) continue;
    // The side panel's directive and quote buttons are the notice's own text, as long as it is: they wrap.
    if (el.getAttribute('data-nl-action')?.startsWith('jump-')) continue;
    const box = el.getBoundingClientRect();
    if (box.left < edges.left - 0.5 || box.right > edges.right + 0.5) problems.push(`outside: ${name(el)} ${Math.round(box.left)}–${Math.round(box.right)}`);
    // A select's own box may report an overflow of its drawn arrow (Chromium 150): what it shows is measured below.
    if (el.localName !== 'select' && el.scrollWidth > el.clientWidth + 1) problems.push(`clipped: ${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
    if (el.tagName === 'BUTTON' || el.tagName === 'SUMMARY') {
      const range = document.createRange();
      range.selectNodeContents(el);
      const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top / 3)));
      if (tops.size > 1) problems.push(`wraps: ${name(el)} ${tops.size} lines`);
    }
    if (el.tagName === 'SELECT') {
      const select = el as HTMLSelectElement;
      const probe = document.createElement('span');
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(select).font}`;
      probe.textContent = select.selectedOptions[0]?.textContent ?? '';
      (select.parentNode ?? document.body).appendChild(probe);
      const text = probe.getBoundingClientRect().width;
      probe.remove();
      const cs = getComputedStyle(select);
      // Chromium's drop-down arrow takes about 16 px of the box.
      const room = select.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 16;
      if (text > room + 0.5) problems.push(`truncated: ${name(el)} "${probe.textContent}" ${Math.round(text)} > ${Math.round(room)}`);
    }
  }
  return problems;
}

const pageProblems = (page: Page) => page.evaluate(layoutProblems, null);

for (const lang of ['en-US', 'zh-CN']) {
  describe(`at 320 px, ${lang}`, () => {
    let browser: ExtensionBrowser;
    let ctl: Page;
    let tab: Page;
    let tabId: number;

    it('sets up a notice with a highlight, a note and a status in progress', async () => {
      server ??= await startFixtureServer();
      browser = await launchWithExtension({ lang });
      open.push(browser);
      const url = server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
      const key = normalizeNoticeUrl(url);
      ctl = await controlPage(browser);
      await send(ctl, { type: 'annotation/put', annotation: highlightInput({ id: 'h-320', page: key, exact: '全力加快企业搬迁进度', note: 'note' }) });
      await send(ctl, { type: 'annotation/put', annotation: { id: 'd-320', page: key, kind: 'directive', selectors: [], directive: { ordinal: '一要', index: 0, lead: '一要坚决打好秦岭保卫战。' }, status: 'doing', note: '', tags: [] } });
      ({ tabId, page: tab } = await openTab(ctl, browser.context, url));
      await closedUi(tab).waitFor('.nl-panel');
      await expect.poll(() => closedUi(tab).text('[data-nl-field="annotation-total"]')).toBe(lang === 'en-US' ? '2 annotations' : '2 条批注');
    });

    it('the in-page panel, the reading view on: every control whole, on one line, inside the panel', async () => {
      const ui = closedUi(tab);
      await ui.click('[data-nl-action="reading"]');
      await ui.waitFor('[data-nl-action="reading-width"]');
      expect(await ui.value('.nl-outline-row select', 0)).toBe('doing');
      expect(await ui.evaluate('.nl-panel', (panel) => panel.getBoundingClientRect().width)).toBe(320);
      expect(await ui.evaluate('.nl-panel', layoutProblems)).toEqual([]);
    });

    it('the popup', async () => {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 320, height: 600 });
      await popup.goto(extUrl(browser, `popup.html?tab=${tabId}`));
      await popup.locator('[data-nl-field="annotation-total"]').waitFor();
      expect(await popup.evaluate(() => document.documentElement.clientWidth)).toBe(320);
      expect(await pageProblems(popup)).toEqual([]);
      await popup.close();
    });

    it('the side panel', async () => {
      const side = await browser.context.newPage();
      await side.setViewportSize({ width: 320, height: 800 });
      await side.goto(extUrl(browser, `sidepanel.html?tab=${tabId}`));
      await side.locator('[data-nl-highlight="h-320"]').waitFor();
      expect(await pageProblems(side)).toEqual([]);
      await side.close();
    });
  });
}

describe('the measure itself', () => {
  it('reports a clipped button, a wrapped one, a truncated select and one past the edge, and passes whole ones', async () => {
    const browser = open[0]!;
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 400 });
    await page.setContent(`<body style="margin:0;font:14px sans-serif">
      <button id="whole">Whole</button>
      <button style="width:40px;overflow:hidden;white-space:nowrap">Far too long a label</button>
      <div style="width:60px"><button>Two words</button></div>
      <select style="width:50px"><option>In progress</option></select>
      <button style="position:absolute;left:300px">Edge</button>
      <select><option>Done</option></select></body>`);
    const problems = await pageProblems(page);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['clipped', 'wraps', 'truncated', 'outside']);
    await page.close();
  });
});
