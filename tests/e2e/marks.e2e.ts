import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { writeFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import { openAnalyzed } from '../tools/browser';
import { highlights, selectText } from './helpers';
import { closedUi } from './closed-root';

// Issue 12, "Marks clash": a reader's highlight on a directive must be told apart from the directive's own
// mark, in light and in dark. Highlights are made with trusted input; the check reads computed styles and the
// pixels of a real screenshot. The screenshots are kept in docs/ (README, "Page-markup contract").
const env = useChromium();
let page: Page;

const FIVE = '[data-nl-directive][data-nl-ordinal="五是"]';
// Starts inside 五是's lead sentence and runs on past it: the case that used to read as one band.
const ACROSS = '企业搬迁。每周至少集中协调一次';
const YELLOW = { r: 0xff, g: 0xe0, b: 0x66 };
const DIM_YELLOW = { r: 0xd4, g: 0xb4, b: 0x40 };
const RULE = { r: 0x6f, g: 0x7d, b: 0x8f };

beforeAll(async () => {
  // The reader named two colours on the options page (stored as the options page stores them).
  await env.browser.worker.evaluate(() => chrome.storage.local.set({ readerSettings: { colorMeanings: { yellow: '重点', green: '落实' } } }));
  page = await openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
});

interface Box { x: number; y: number; width: number; height: number }

/** How many pixels of `box` (viewport CSS px) are within `tol` of a colour, out of how many, from a real screenshot. */
async function pixels(p: Page, box: Box, want: { r: number; g: number; b: number }, tol = 12): Promise<{ hits: number; total: number }> {
  const png = await p.screenshot({ clip: box });
  // Decoded by the browser itself, on a blank page of its own (the notice page is left alone).
  const blank = await p.context().newPage();
  try {
    return await blank.evaluate(async ({ b64, want, tol }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, img.width, img.height).data;
      let hits = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i]! - want.r) <= tol && Math.abs(d[i + 1]! - want.g) <= tol && Math.abs(d[i + 2]! - want.b) <= tol) hits++;
      }
      return { hits, total: d.length / 4 };
    }, { b64: png.toString('base64'), want, tol });
  } finally {
    await blank.close();
  }
}

/** The boxes and computed styles a reader's eye depends on, for 五是 and the highlight across it. */
function marks(p: Page) {
  return p.evaluate((sel) => {
    const dir = document.querySelector(sel)!;
    const box = (el: Element) => { const r = el.getClientRects()[0]!; return { x: r.x, y: r.y, width: r.width, height: r.height }; };
    const wrappers = [...document.querySelectorAll('[data-nl-annotation]')];
    const inside = wrappers.filter((w) => dir.contains(w));
    const outside = wrappers.filter((w) => !dir.contains(w) && w.getAttribute('data-nl-annotation') === inside[0]?.getAttribute('data-nl-annotation'));
    const ds = getComputedStyle(dir);
    const hs = inside[0] ? getComputedStyle(inside[0]) : null;
    return {
      level: dir.getAttribute('data-nl-level'),
      inside: inside.length, outside: outside.length,
      directive: { background: ds.backgroundColor, line: ds.textDecorationLine, style: ds.textDecorationStyle, color: ds.textDecorationColor },
      highlight: hs && { background: hs.backgroundColor, color: hs.color, line: hs.textDecorationLine },
      // Seen from outside: the highlight piece inside the directive still carries the directive's underline.
      marker: box(dir.querySelector('[data-nl-marker]')!),
      piece: inside[0] ? box(inside[0]) : null,
      paragraph: box(dir.closest('p') ?? dir.parentElement!),
    };
  }, FIVE);
}

// A test run never rewrites the repository: the screenshots land in tests/.tmp unless NL_UPDATE_SCREENSHOTS=1
// asks for the copies in docs/ to be refreshed (README, "Page-markup contract").
const SHOT_DIR = process.env.NL_UPDATE_SCREENSHOTS === '1' ? 'docs' : 'tests/.tmp/screenshots';
mkdirSync(SHOT_DIR, { recursive: true });

async function keepScreenshot(p: Page, name: string) {
  const m = await marks(p);
  const clip = { x: 0, y: Math.max(0, m.paragraph.y - 120), width: 1280, height: Math.min(420, m.paragraph.height + 260) };
  await writeFile(`${SHOT_DIR}/${name}`, await p.screenshot({ clip }));
}

describe('a reader\'s highlight on a directive', () => {
  it('is made with the toolbar, whose swatches carry the reader\'s colour names', async () => {
    await page.locator(FIVE).scrollIntoViewIfNeeded();
    await selectText(page, ACROSS);
    const ui = closedUi(page);
    await ui.waitFor('[data-nl-action="highlight"][data-nl-color="yellow"]');
    expect(await ui.attr('[data-nl-action="highlight"][data-nl-color="yellow"]', 'title')).toBe('划线 · 黄色：重点');
    expect(await ui.text('[data-nl-action="highlight"][data-nl-color="green"]')).toBe('落实');
    expect(await ui.attr('[data-nl-action="highlight"][data-nl-color="blue"]', 'title')).toBe('划线 · 蓝色');
    const para = (await marks(page)).paragraph;
    await writeFile(`${SHOT_DIR}/marks-toolbar.png`, await page.screenshot({ clip: { x: 100, y: Math.max(0, para.y - 70), width: 900, height: 150 } }));
    await ui.click('[data-nl-action="highlight"][data-nl-color="yellow"]');
    await expect.poll(() => highlights(page)).toEqual([expect.objectContaining({ text: ACROSS, color: 'yellow' })]);
  });

  it('follows a name the reader types on the options page while the notice is open', async () => {
    const options = await env.browser.context.newPage();
    await options.goto(`chrome-extension://${env.browser.extensionId}/options.html`);
    const blue = options.locator('input[data-nl-field="color-meaning"][data-nl-color="blue"]');
    await expect.poll(() => options.locator('input[data-nl-color="yellow"]').inputValue()).toBe('重点');
    expect(await blue.getAttribute('aria-label')).toBe('蓝色的含义');
    await blue.click();
    await options.keyboard.type('  疑问 ');
    await options.keyboard.press('Tab');
    await expect.poll(() => options.locator('[data-nl-save-state]').getAttribute('data-nl-save-state')).toBe('saved');
    expect(await blue.inputValue()).toBe('疑问');
    await options.close();

    await page.bringToFront();
    await selectText(page, '全力加快企业搬迁进度');
    const ui = closedUi(page);
    await expect.poll(() => ui.attr('[data-nl-action="highlight"][data-nl-color="blue"]', 'title')).toBe('划线 · 蓝色：疑问');
    expect(await ui.attr('[data-nl-action="highlight"][data-nl-color="green"]', 'title')).toBe('划线 · 绿色：落实');
    expect(await ui.attr('[data-nl-action="highlight"][data-nl-color="pink"]', 'title')).toBe('划线 · 粉色');
    await page.mouse.click(5, 5);
  });

  it('light: a yellow fill where the reader highlighted, the directive only ruled (solid, level 1)', async () => {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const m = await marks(page);
    expect(m.level).toBe('1');
    expect(m.inside).toBeGreaterThanOrEqual(1);
    expect(m.outside).toBeGreaterThanOrEqual(1);
    expect(m.directive.background).toBe('rgba(0, 0, 0, 0)');
    expect(m.directive).toMatchObject({ line: 'underline', style: 'solid', color: 'rgb(111, 125, 143)' });
    expect(m.highlight).toMatchObject({ background: 'rgb(255, 224, 102)', color: 'rgb(26, 26, 26)' });
    expect(m.highlight!.background).not.toBe(m.directive.background);
    // The pixels: the highlight piece is mostly yellow; the marker 五是 (directive, not highlighted) has no
    // yellow at all, and its lower edge shows the slate rule.
    const piece = await pixels(page, m.piece!, YELLOW);
    expect(piece.total).toBeGreaterThan(100);
    expect(piece.hits / piece.total).toBeGreaterThan(0.5);
    const marker = await pixels(page, { ...m.marker, height: m.marker.height + 8 }, YELLOW);
    expect(marker.total).toBeGreaterThan(100);
    expect(marker.hits).toBe(0);
    const rule = await pixels(page, { ...m.marker, height: m.marker.height + 8 }, RULE, 20);
    expect(rule.hits).toBeGreaterThan(m.marker.width);
    await keepScreenshot(page, 'marks-light.png');
  });

  it('dark: a dimmed fill with dark text, the same rule, still no fill on the directive', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const m = await marks(page);
    expect(m.directive.background).toBe('rgba(0, 0, 0, 0)');
    expect(m.directive).toMatchObject({ line: 'underline', style: 'solid', color: 'rgb(111, 125, 143)' });
    expect(m.highlight).toMatchObject({ background: 'rgb(212, 180, 64)', color: 'rgb(20, 20, 20)' });
    const piece = await pixels(page, m.piece!, DIM_YELLOW);
    expect(piece.hits / piece.total).toBeGreaterThan(0.5);
    expect((await pixels(page, { ...m.marker, height: m.marker.height + 8 }, DIM_YELLOW)).hits).toBe(0);
    await keepScreenshot(page, 'marks-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('each level shows its own line style; a green highlight on a level-3 item stays a fill', async () => {
    // The sample has one level; the long 方案 has three (一、 / （一） / 1.).
    const plan = await openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/long-plan.html'));
    const third = plan.locator('[data-nl-directive][data-nl-level="3"]').first();
    await third.scrollIntoViewIfNeeded();
    const lead = await third.evaluate((el) => (el.textContent ?? '').replace(/^\d+\./, '').slice(0, 8));
    expect(lead.length).toBe(8);
    await selectText(plan, lead);
    await closedUi(plan).click('[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(async () => (await highlights(plan)).length).toBe(1);
    const seen = await plan.evaluate(() => {
      const level = (l: number) => document.querySelector(`[data-nl-directive][data-nl-level="${l}"]`)!;
      const h = document.querySelector('[data-nl-annotation]')!;
      return {
        styles: [1, 2, 3].map((l) => getComputedStyle(level(l)).textDecorationStyle),
        fills: [1, 2, 3].map((l) => getComputedStyle(level(l)).backgroundColor),
        highlightLevel: h.closest('[data-nl-directive]')?.getAttribute('data-nl-level'),
        highlightFill: getComputedStyle(h).backgroundColor,
      };
    });
    expect(seen.styles).toEqual(['solid', 'dashed', 'dotted']);
    expect(seen.fills).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    expect(seen.highlightLevel).toBe('3');
    expect(seen.highlightFill).toBe('rgb(140, 233, 154)');
    await plan.evaluate(() => { getSelection()?.removeAllRanges(); window.scrollTo(0, 0); });
    await plan.mouse.click(5, 5);
    await writeFile(`${SHOT_DIR}/marks-levels.png`, await plan.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 520 } }));
    await plan.close();
  });
});
