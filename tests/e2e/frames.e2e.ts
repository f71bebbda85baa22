import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Frame, Page } from 'playwright-core';
import { closedUi } from './closed-root';
import { controlPage, extUrl, openTab, send, until } from './panel-helpers';
import type { Annotation, NoticeRecord } from '../../utils/model';

// Old 政府信息公开 pages show the article in a frame: a shell page with the title bar around an
// <iframe>, a <frameset>, or a frame the shell's script fills. Each frame is decided on its own,
// the frame holding the notice is marked and gets the tab's one panel, notes key to the frame's
// own URL, and the library's link opens the shell page at the note.
const env = useChromium();
let ctl: Page;

beforeAll(async () => {
  ctl = await controlPage(env.browser);
});

const state = (f: Frame) => f.evaluate(() => document.documentElement.getAttribute('data-notice-lens')).catch(() => null);

/** The frame whose document is marked a notice (waits for one). */
async function noticeFrame(page: Page): Promise<Frame> {
  return until(async () => {
    for (const f of page.frames()) if ((await state(f)) === 'notice') return f;
    return null;
  }, 15_000);
}

/** <notice-lens-ui> hosts in every frame of the tab, by frame URL. */
async function uiHosts(page: Page): Promise<string[]> {
  const out: string[] = [];
  for (const f of page.frames()) {
    const n = await f.evaluate(() => document.querySelectorAll('notice-lens-ui').length).catch(() => 0);
    for (let i = 0; i < n; i++) out.push(f.url());
  }
  return out;
}

const directives = (f: Frame) => f.evaluate(() => Array.from(document.querySelectorAll('[data-nl-directive]'), (el) => el.getAttribute('data-nl-ordinal')));
const visibleCount = (f: Frame, s: string) => f.evaluate((s) => document.body.innerText.replace(/\s+/g, '').split(s).length - 1, s);

/**
 * Selects `needle` in the frame's article as a reader's drag leaves it and releases the real mouse
 * over its end: the frame's coordinates are offset by where its element sits in the top page.
 */
async function selectInFrame(page: Page, frame: Frame, needle: string): Promise<void> {
  const end = await frame.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('#zoom')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(needle);
      if (at < 0 || n.parentElement!.closest('[data-nl-duplicate]')) continue;
      n.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      const rects = range.getClientRects();
      const r = rects[rects.length - 1]!;
      return { x: r.right - 1, y: r.top + r.height / 2 };
    }
    return null;
  }, needle);
  if (!end) throw new Error(`Text not found in the frame: ${needle}`);
  const box = (await (await frame.frameElement()).boundingBox())!;
  await page.mouse.move(box.x + end.x, box.y + end.y);
  await page.mouse.up();
}

describe('an <iframe> 信息公开 page: title bar and info table in the shell, body (printed twice) in the frame', () => {
  const host = 'www.yanggu.gov.cn';
  let shellUrl: string;
  let bodyUrl: string;
  let tab: Page;
  let tabId: number;
  let frame: Frame;
  let highlightId: string;

  beforeAll(async () => {
    shellUrl = env.server.url(host, 'corpus/pages/fr-yg-county-meeting.html');
    bodyUrl = env.server.url(host, 'corpus/pages/fr-yg-county-meeting.body.html');
    ({ page: tab, tabId } = await openTab(ctl, env.browser.context, shellUrl));
    frame = await noticeFrame(tab);
  });

  it('marks the framed document a notice and the shell none, with the duplicate hidden and the directives marked', async () => {
    expect(frame.url()).toBe(bodyUrl);
    expect(await state(tab.mainFrame())).toBe('none');
    expect(await directives(frame)).toEqual(['一要', '二要', '三要', '四要']);
    expect(await frame.locator('[data-nl-duplicate]').count()).toBeGreaterThan(0);
    // The second copy begins inside the last paragraph: the first sentence is shown once.
    expect(await visibleCount(frame, '县委副书记、县长李建华主持召开县政府第三十七次常务会议')).toBe(1);
  });

  it('shows exactly one panel in the tab, in the frame that holds the notice', async () => {
    await expect.poll(() => uiHosts(tab), { timeout: 10_000 }).toEqual([bodyUrl]);
    expect(await closedUi(tab).count('[data-nl-outline-item]')).toBe(4);
  });

  it('answers the side panel and popup from the notice frame, keyed to the frame’s own URL', async () => {
    const frameId = await ctl.evaluate((tabId) => chrome.runtime.sendMessage({ type: 'frame/panel-frame', tabId }), tabId);
    expect(typeof frameId === 'number' && frameId > 0).toBe(true);
    const status = await ctl.evaluate(({ tabId, frameId }) => chrome.tabs.sendMessage(tabId, { type: 'status' }, { frameId }), { tabId, frameId: frameId as number });
    expect(status).toMatchObject({ notice: true, page: bodyUrl, directives: 4 });
    const notice = await until(() => send<NoticeRecord | null>(ctl, { type: 'notice/get', page: bodyUrl }));
    expect(notice.shell).toBe(shellUrl);
  });

  it('highlights a passage inside the frame with the real mouse, and it comes back after a reload', async () => {
    await selectInFrame(tab, frame, '深入开展“万人助万企”活动');
    await closedUi(tab).click('[data-nl-action="highlight"][data-nl-color="green"]');
    const saved = await until(async () => (await send<Annotation[]>(ctl, { type: 'annotations/list', page: bodyUrl }))[0]);
    highlightId = saved.id;
    expect(saved.selectors).toContainEqual(expect.objectContaining({ type: 'TextQuoteSelector', exact: '深入开展“万人助万企”活动' }));

    await tab.reload();
    frame = await noticeFrame(tab);
    await expect.poll(() => frame.locator(`[data-nl-annotation="${highlightId}"]`).allTextContents(), { timeout: 10_000 }).toEqual(['深入开展“万人助万企”活动']);
  });

  it('opens the shell page from the library at the highlight, scrolled into view inside the frame', async () => {
    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    const link = lib.locator(`[data-nl-notice="${bodyUrl}"] [data-nl-action="open-at"]`).first();
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`${shellUrl}#notice-lens=${highlightId}`);
    const [opened] = await Promise.all([env.browser.context.waitForEvent('page'), link.click()]);
    const f = await noticeFrame(opened);
    await expect.poll(() => f.locator(`[data-nl-annotation="${highlightId}"][data-nl-flash]`).count(), { timeout: 15_000, interval: 50 }).toBeGreaterThan(0);
    // Where the highlight is in the tab's viewport: the frame's place in the shell plus its place in the frame.
    const box = await f.locator(`[data-nl-annotation="${highlightId}"]`).first().boundingBox();
    const viewport = await opened.evaluate(() => window.innerHeight);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport);
    await opened.close();
    await lib.close();
  });
});

describe('a <frameset> page: a column menu beside the article frame', () => {
  it('marks the article frame a notice with its duplicate hidden, leaves the menu alone, and shows one panel', async () => {
    const url = env.server.url('www.hanzhong.gov.cn', 'corpus/pages/fr-hz-frameset-notice.html');
    const { page } = await openTab(ctl, env.browser.context, url);
    const frame = await noticeFrame(page);
    expect(frame.url()).toBe(env.server.url('www.hanzhong.gov.cn', 'corpus/pages/fr-hz-frameset-notice.body.html'));
    expect(await state(page.mainFrame())).toBe('none');
    expect(await directives(frame)).toEqual(['一、', '二、', '（一）', '（二）', '（三）', '三、', '四、']);
    expect(await visibleCount(frame, '为切实做好今冬明春森林防火工作')).toBe(1);
    // The 180-pixel menu frame is too narrow to hold a body: it is not analysed at all.
    const menu = page.frames().find((f) => f.url().endsWith('.menu.html'))!;
    expect(await state(menu)).toBeNull();
    await expect.poll(() => uiHosts(page), { timeout: 10_000 }).toEqual([frame.url()]);
    await page.close();
  });
});

describe('an about:blank frame that the shell’s script fills', () => {
  it('marks the filled frame a notice, leaves the shell none, and shows one panel there', async () => {
    const { page } = await openTab(ctl, env.browser.context, env.server.url('www.tongchuan.gov.cn', 'pages/framed-script.html'));
    const frame = await noticeFrame(page);
    expect(frame.url()).toBe('about:blank');
    expect(await state(page.mainFrame())).toBe('none');
    expect(await directives(frame)).toEqual(['一是', '二是', '三是', '四是']);
    await expect.poll(() => uiHosts(page), { timeout: 10_000 }).toEqual(['about:blank']);
    await page.close();
  });
});

describe('two notice frames in one shell', () => {
  it('marks both, and shows the one panel in the larger frame only', async () => {
    const { page } = await openTab(ctl, env.browser.context, env.server.url('xxgk.ly.gov.cn', 'pages/two-framed-notices.html'));
    const large = env.server.url('xxgk.ly.gov.cn', 'corpus/pages/fr-ly-consumption.body.html');
    const small = env.server.url('xxgk.ly.gov.cn', 'corpus/pages/fr-wh-xxgk-interpretation.body.html');
    await expect.poll(async () => {
      const marked = await Promise.all(page.frames().map(async (f) => [f.url(), await state(f)]));
      return marked.filter(([, s]) => s === 'notice').map(([u]) => u).sort();
    }, { timeout: 15_000 }).toEqual([large, small]);
    await expect.poll(() => uiHosts(page), { timeout: 10_000 }).toEqual([large]);
    await page.close();
  });
});
