import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { normalizeNoticeUrl } from '../../utils/text/url';
import type { Annotation } from '../../utils/model';
import { closedUi, noteFrame } from './closed-root';
import { forgeInput, HOSTILE_SCRIPT } from './forged-input';
import { highlights, selectText } from './helpers';
import { controlPage, highlightInput, openTab, send } from './panel-helpers';

// A notice page's own scripts try every way in: pressing the panel's buttons, faking the
// reader's selection, stopping Notice Lens with the framework's signal, removing the panel,
// reading a note, framing the note editor for another annotation. Each attempt is followed by
// the same action done with real input, which works: only the real one may land.
const env = useChromium();
let ctl: Page;
let url: string;
let key: string;
const OTHER = 'https://www.gov.cn/zhengce/other-notice.html';
const SECRET = '别页的批注：不许外传';

const list = (page = key) => send<Annotation[]>(ctl, { type: 'annotations/list', page });
/** Lets every task and render the page's events started run to its end (the page's own next task). */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((r) => setTimeout(() => setTimeout(r, 0), 0)));

/**
 * A page script that holds a reference to one of the panel's controls (however it got it; the
 * test hands it over through the DevTools protocol) and presses it from the page's own world.
 */
const pressFromPage = async (page: Page, selector: string) => {
  await page.addScriptTag({ path: HOSTILE_SCRIPT });
  return closedUi(page).evaluate(selector, forgeInput);
};

beforeAll(async () => {
  ctl = await controlPage(env.browser);
  url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  key = normalizeNoticeUrl(url);
  await send(ctl, { type: 'annotation/put', annotation: highlightInput({ id: 'other-page-note', page: OTHER, exact: '别页', note: SECRET }) });
});

describe('the panel\'s root is closed', () => {
  it('a page script finds the host but not its root or controls', async () => {
    const page = await openAnalyzed(env.browser.context, url);
    const seen = await page.evaluate(() => ({
      hosts: document.querySelectorAll('notice-lens-ui').length,
      root: document.querySelector('notice-lens-ui')!.shadowRoot,
      buttons: document.querySelectorAll('[data-nl-action]').length,
    }));
    expect(seen).toEqual({ hosts: 1, root: null, buttons: 0 });
    // The controls are there, for the reader.
    expect(await closedUi(page).count('[data-nl-outline-item]')).toBe(6);
    await page.close();
  });
});

describe('forged clicks on the panel', () => {
  it('a page script pressing a colour makes no highlight; the reader\'s click does', async () => {
    const page = await openAnalyzed(env.browser.context, url);
    await selectText(page, '必须切实扛起生态保护政治责任');
    await closedUi(page).waitFor('[data-nl-action="highlight"]');
    await pressFromPage(page, '[data-nl-action="highlight"][data-nl-color="green"]');
    await pressFromPage(page, '[data-nl-action="note"]');
    await settle(page);
    expect(await list()).toEqual([]);
    // The selection is still there (a forged press would have used it up): the reader's click uses it.
    await closedUi(page).click('[data-nl-action="highlight"][data-nl-color="yellow"]');
    await expect.poll(async () => (await list()).map((a) => a.color)).toEqual(['yellow']);
    // The mark follows the save's reply, which can arrive just after the store already lists it.
    await expect.poll(() => highlights(page)).toEqual([expect.objectContaining({ text: '必须切实扛起生态保护政治责任', color: 'yellow' })]);
    expect(await closedUi(page).count('.nl-note-frame')).toBe(0);
    await page.close();
  });

  it('a page script cannot open a highlight\'s menu, delete it or recolour it; the reader can', async () => {
    const [h] = await list();
    await send(ctl, { type: 'annotation/put', annotation: { ...highlightInput({ id: h!.id, page: key, exact: '必须切实扛起生态保护政治责任', note: '要保留的批注' }), selectors: h!.selectors } });
    const page = await openAnalyzed(env.browser.context, url);
    const mark = page.locator(`[data-nl-annotation="${h!.id}"]`).first();
    await mark.waitFor();
    // The page clicks its own highlight mark: no menu.
    await mark.evaluate((el) => (el as HTMLElement).click());
    await settle(page);
    expect(await closedUi(page).count('.nl-menu')).toBe(0);
    // The reader's click opens it; the page then presses delete, confirm and a colour.
    await mark.click();
    await closedUi(page).waitFor('.nl-menu');
    await pressFromPage(page, '.nl-menu [data-nl-action="delete"]');
    await pressFromPage(page, '.nl-menu [data-nl-action="recolor"][data-nl-color="purple"]');
    await settle(page);
    expect(await closedUi(page).count('[data-nl-action="confirm-delete"]')).toBe(0);
    // The reader recolours: the one change that lands.
    await closedUi(page).click('.nl-menu [data-nl-action="recolor"][data-nl-color="blue"]');
    await expect.poll(async () => (await list()).map((a) => [a.id, a.color, a.note])).toEqual([[h!.id, 'blue', '要保留的批注']]);
    // And the reader's delete asks first (the highlight has a note).
    await mark.click();
    await closedUi(page).click('.nl-menu [data-nl-action="delete"]');
    await closedUi(page).waitFor('[data-nl-action="confirm-delete"]');
    await pressFromPage(page, '[data-nl-action="confirm-delete"]');
    await settle(page);
    expect((await list()).map((a) => a.id)).toEqual([h!.id]);
    await closedUi(page).click('[data-nl-action="confirm-delete"]');
    await expect.poll(async () => (await list()).length).toBe(0);
    await page.close();
  });
});

describe('forged selection input', () => {
  it('a selection made by script with a synthetic mouseup or keyup shows no toolbar; the reader\'s drag does', async () => {
    const page = await openAnalyzed(env.browser.context, url);
    const ends = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('#zoom p')).find((x) => x.textContent!.includes('9月4日上午'))!;
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 12);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'H', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', shiftKey: true, bubbles: true }));
      document.dispatchEvent(new Event('selectionchange'));
      window.dispatchEvent(new Event('scroll'));
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { from: { x: first.left + 1, y: first.top + first.height / 2 }, to: { x: last.right - 1, y: last.top + last.height / 2 } };
    });
    await settle(page);
    expect(await closedUi(page).count('.nl-toolbar')).toBe(0);
    // The reader drags over the same words.
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    await page.mouse.move(ends.from.x, ends.from.y);
    await page.mouse.down();
    await page.mouse.move(ends.to.x, ends.to.y, { steps: 5 });
    await page.mouse.up();
    await closedUi(page).waitFor('.nl-toolbar');
    expect(await page.evaluate(() => document.getSelection()!.toString())).toContain('9月4日上午');
    await page.close();
  });
});

describe('the framework\'s signals', () => {
  it('a page announcing a "newer content script" by event or postMessage stops nothing', async () => {
    const page = await openAnalyzed(env.browser.context, url);
    await page.evaluate((id) => {
      for (const name of [`${id}:content:wxt:content-script-started`, `${id}:notice-app:wxt:content-script-started`]) {
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
        window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
      }
      window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }, env.browser.extensionId);
    await settle(page);
    expect(await page.locator('notice-lens-ui').count()).toBe(1);
    // Still alive: the reader's highlight is saved.
    await selectText(page, '确保规上工业实现稳定增长');
    await closedUi(page).click('[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(async () => (await list()).map((a) => a.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact)).toContain('确保规上工业实现稳定增长');
    await page.close();
  });

  it('a real newer copy of the content script (injected by the extension) does replace the old one', async () => {
    const { page, tabId } = await openTab(ctl, env.browser.context, url);
    // The old copy's host element: when the new copy starts, the old copy stops and takes it away.
    await page.evaluate(() => {
      const old = document.querySelector('notice-lens-ui')!;
      new MutationObserver(() => {
        if (!old.isConnected) document.documentElement.setAttribute('data-test-old-ui-gone', '');
      }).observe(document.body, { childList: true });
    });
    await env.browser.worker.evaluate(async (id) => {
      await chrome.scripting.executeScript({ target: { tabId: id }, files: ['content-scripts/content.js'] });
    }, tabId);
    await page.waitForSelector('html[data-test-old-ui-gone]', { state: 'attached' });
    await page.close();
  });
});

describe('a page that removes the panel', () => {
  it('gets it back, five times a minute, then Notice Lens leaves it and says so', async () => {
    const page = await openAnalyzed(env.browser.context, url);
    const warned = page.waitForEvent('console', { predicate: (m) => m.text().includes('keeps removing its panel'), timeout: 15_000 });
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => document.querySelector('notice-lens-ui')!.remove());
      await page.waitForSelector('notice-lens-ui', { state: 'attached' });
    }
    expect(await closedUi(page).count('[data-nl-outline-item]')).toBe(6);
    await page.evaluate(() => document.querySelector('notice-lens-ui')!.remove());
    await warned;
    expect(await page.locator('notice-lens-ui').count()).toBe(0);
    await page.close();
  });
});

describe('the note editor frame', () => {
  it('a page script cannot read the note the reader is editing; the reader sees it', async () => {
    const page = await openAnalyzed(env.browser.context, url);
    await selectText(page, '进驻工作专班要抓好各项任务的督促落实');
    await closedUi(page).click('[data-nl-action="note"]');
    const frame = await noteFrame(page);
    await frame.locator('textarea[data-nl-field="note"]').fill('只给读者看的批注');
    await expect.poll(() => frame.locator('[data-nl-save-state]').getAttribute('data-nl-save-state')).toBe('saved');
    const pageSees = await page.evaluate(() => {
      const seen = [document.documentElement.outerHTML, String(document.querySelector('notice-lens-ui')?.shadowRoot)];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          seen.push(window.frames[i]!.document.body.innerText);
        } catch {
          seen.push('no access');
        }
      }
      return seen.join('\n');
    });
    expect(pageSees).not.toContain('只给读者看的批注');
    expect(await frame.locator('textarea[data-nl-field="note"]').inputValue()).toBe('只给读者看的批注');
    await page.close();
  });

  it('framed by the page with another annotation, it shows nothing of it; framed by us, it shows ours', async () => {
    const page = await openAnalyzed(env.browser.context, url);
    // Ours, opened by the reader: it shows the note.
    const mine = (await list()).find((a) => a.note === '只给读者看的批注')!;
    await page.locator(`[data-nl-annotation="${mine.id}"]`).first().click();
    await closedUi(page).click('.nl-menu [data-nl-action="edit-note"]');
    const ours = await noteFrame(page);
    await expect.poll(() => ours.locator('textarea').inputValue()).toBe('只给读者看的批注');
    const dynamicSrc = (await closedUi(page).attr('.nl-note-frame iframe', 'src'))!;
    // (Node's URL gives no origin for an extension address.)
    const dynamicOrigin = /^[a-z-]+:\/\/[^/]+/.exec(dynamicSrc)![0];
    expect(dynamicOrigin).not.toBe(`chrome-extension://${env.browser.extensionId}`);

    // The page frames the editor itself: at the fixed address (blocked: only the per-session one works) and,
    // as if it had learned the per-session one, with another page's annotation and with its own page.
    const attempts = [
      `chrome-extension://${env.browser.extensionId}/note-frame.html?id=other-page-note&page=${encodeURIComponent(OTHER)}`,
      `${dynamicOrigin}/note-frame.html?id=other-page-note&page=${encodeURIComponent(OTHER)}`,
      `${dynamicOrigin}/note-frame.html?id=other-page-note&page=${encodeURIComponent(key)}`,
    ];
    expect(attempts.length).toBe(3);
    await page.evaluate((srcs) => Promise.all(srcs.map((src) => new Promise<void>((loaded) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.className = 'forged-note-frame';
      f.addEventListener('load', () => loaded());
      document.body.append(f);
    }))), attempts);
    const forged = page.frames().filter((f) => f.url().includes('id=other-page-note'));
    // The fixed address never loads the editor; the other two load it and it finds nothing it may show.
    expect(forged.length).toBe(2);
    for (const f of forged) {
      await f.locator('[role="alert"]').waitFor();
      expect(await f.locator('body').innerText()).not.toContain(SECRET);
      expect(await f.locator('textarea').count()).toBe(0);
    }
    expect((await list(OTHER)).map((a) => a.note)).toEqual([SECRET]);
    await page.close();
  });
});
