import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './browser-setup';
import { closedUi } from './closed-root';

// A responsive CMS page prints the article twice, a phone copy and a desktop copy, and shows one by a media query;
// a third copy waits for the 打印 button under display:none. The reader sees the article once at any width, so
// Notice Lens marks the copy on screen, collapses nothing, and leaves the copies the page hides alone.
const env = useChromium();

/** Written out by hand from the fixture: the meeting's six directives, each at level 1. */
const EXPECTED = ['一要', '二要', '三要', '四要', '五是', '六是'];

async function open(width: number, height: number): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/phone-desktop-copies.html'));
  await page.waitForSelector('html[data-notice-lens]', { timeout: 15_000 });
  await page.waitForSelector('[data-nl-directive]');
  return page;
}

const marks = (page: Page) =>
  page.$$eval('[data-nl-directive]', (els) =>
    els.map((el) => ({
      ordinal: el.getAttribute('data-nl-ordinal'),
      level: Number(el.getAttribute('data-nl-level')),
      shown: (el as HTMLElement).offsetParent !== null,
      copy: el.closest('.m-article') ? 'phone' : el.closest('.pc-article') ? 'desktop' : el.closest('.print-copy') ? 'print' : 'other',
    })),
  );

describe.each([
  ['a desktop window', 1280, 900, 'desktop'],
  ['a phone-sized window', 390, 844, 'phone'],
] as const)('an article printed for phones, desktops and the printer, in %s', (_name, width, height, copy) => {
  it('marks the six directives once, in the copy on screen', async () => {
    const page = await open(width, height);
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('notice');
    const found = await marks(page);
    expect(found.map((m) => m.ordinal)).toEqual(EXPECTED);
    for (const m of found) expect(m).toMatchObject({ level: 1, shown: true, copy });
    await page.close();
  });

  it('collapses nothing: the page already shows the article once', async () => {
    const page = await open(width, height);
    expect(await page.locator('[data-nl-duplicate]').count()).toBe(0);
    expect(await page.locator('.print-copy [data-nl-directive], .print-copy [data-nl-duplicate]').count()).toBe(0);
    await page.close();
  });
});

describe('the outline of that page', () => {
  it('has six rows, not twelve or eighteen', async () => {
    const page = await open(1280, 900);
    const ui = closedUi(page);
    expect(await ui.count('[data-nl-outline-item]')).toBe(EXPECTED.length);
    await page.close();
  });
});
