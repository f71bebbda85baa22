import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { highlights, selectText } from './helpers';
import { closedUi, noteFrame } from './closed-root';
import { controlPage, send } from './panel-helpers';
import { stopServiceWorker } from './service-worker';
import { normalizeNoticeUrl } from '../../utils/text/url';
import type { Annotation } from '../../utils/model';

// A reader highlights and annotates the sample notice; everything must come back on
// exactly the same text after reloads and a killed service worker, show up in a
// second tab, and stay out of reach of the page's own scripts.
const env = useChromium();
let url: string;
let page: Page;
let before: Awaited<ReturnType<typeof highlights>>;

const NOTE = '落实到人：本周五前报送排查台账 <b>不是HTML</b>';
const DIRECTIVE_NOTE = '作风排查由机关纪委牵头';
const PAGE_NOTE = '9月全体干部大会要点';
// The in-page UI's root is closed: reached through the DevTools protocol, clicked with the real mouse.
const ui = (p: Page) => closedUi(p);

beforeAll(async () => {
  url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  page = await openAnalyzed(env.browser.context, url);
});

async function typeNote(p: Page, text: string) {
  const frame = await noteFrame(p);
  const area = frame.locator('textarea[data-nl-field="note"]');
  await area.waitFor();
  await area.fill(text);
  await expect.poll(() => frame.locator('[data-nl-save-state]').getAttribute('data-nl-save-state')).toBe('saved');
  await frame.locator('[data-nl-action="close-note"]').click();
  await ui(p).waitFor('.nl-note-frame', { state: 'detached' });
}

describe('annotating the sample notice', () => {
  it('highlights a selection in the colour chosen from the toolbar', async () => {
    await selectText(page, '必须切实扛起生态保护政治责任');
    await ui(page).click('[data-nl-action="highlight"][data-nl-color="green"]');
    await expect.poll(() => highlights(page)).toEqual([
      expect.objectContaining({ text: '必须切实扛起生态保护政治责任', color: 'green', hasNote: false }),
    ]);
  });

  it('highlights across paragraphs and overlapping another highlight', async () => {
    await selectText(page, '确保不出问题。三要抓好省市考指标进度');
    await ui(page).click('[data-nl-action="highlight"][data-nl-color="blue"]');
    await expect.poll(async () => (await highlights(page)).length).toBe(2);
    await selectText(page, '三要抓好省市考指标进度。相关责任处室');
    await ui(page).click('[data-nl-action="highlight"][data-nl-color="pink"]');
    await expect.poll(async () => (await highlights(page)).length).toBe(3);
    const texts = (await highlights(page)).map((h) => h.text);
    expect(texts).toContain('确保不出问题。三要抓好省市考指标进度');
    expect(texts).toContain('三要抓好省市考指标进度。相关责任处室');
  });

  it('adds a note in the extension frame; the note text never enters the page', async () => {
    await selectText(page, '每周至少集中协调一次幸福路地区大企业搬迁工作');
    await ui(page).click('[data-nl-action="note"]');
    await typeNote(page, NOTE);
    const h = (await highlights(page)).find((x) => x.text === '每周至少集中协调一次幸福路地区大企业搬迁工作');
    expect(h?.hasNote).toBe(true);
    const pageSees = await page.evaluate(() => document.documentElement.outerHTML + (document.querySelector('notice-lens-ui')?.shadowRoot?.innerHTML ?? ''));
    expect(pageSees).not.toContain('本周五前报送排查台账');
  });

  it('sets a directive status, a directive note and a page note', async () => {
    await ui(page).select('[data-nl-outline-item="0"] ~ [data-nl-action="directive-status"]', 'done');
    await ui(page).click('[data-nl-outline-item="1"] ~ [data-nl-action="directive-note"]');
    await typeNote(page, DIRECTIVE_NOTE);
    await ui(page).click('[data-nl-action="page-note"]');
    await typeNote(page, PAGE_NOTE);
    await expect.poll(() => ui(page).attr('[data-nl-action="page-note"]', 'data-has-note')).toBe('');
  });


  it('brings every annotation back on exactly the same text after a reload', async () => {
    before = await highlights(page);
    expect(before).toHaveLength(4);
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    expect(await highlights(page)).toEqual(before);
    // The panel re-renders on the next frame after the annotations load.
    await expect.poll(() => ui(page).value('[data-nl-outline-item="0"] ~ [data-nl-action="directive-status"]')).toBe('done');
    await expect.poll(() => ui(page).attr('[data-nl-outline-item="1"] ~ [data-nl-action="directive-note"]', 'data-has-note')).toBe('');
    expect(await ui(page).count('[data-nl-orphan]')).toBe(0);
  });

  it('opens at a directive note from a library link (#notice-lens=<id>)', async () => {
    const ext = await env.browser.context.newPage();
    await ext.goto(`chrome-extension://${env.browser.extensionId}/library.html`);
    type Row = { id: string; kind: string; directive?: { index: number } };
    const rows = await ext.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: Row[] }> } } }).chrome.runtime;
      return (await runtime.sendMessage({ type: 'library/annotations' })).value;
    });
    await ext.close();
    const note = rows.find((r) => r.kind === 'directive' && r.directive?.index === 1)!;
    const linked = await openAnalyzed(env.browser.context, `${url}#notice-lens=${note.id}`);
    const target = linked.locator('[data-nl-directive="1"]');
    await expect
      .poll(() => target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }))
      .toBe(true);
    await linked.close();
  });

  it('keeps everything when the service worker is terminated', async () => {
    // Resolves only once DevTools reports the worker stopped: what follows runs on a worker started afresh.
    await stopServiceWorker(env.browser);
    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    expect(await highlights(page)).toEqual(before);
  });

  it('opens the note of a highlight again from the highlight itself', async () => {
    await page.locator('[data-nl-annotation][data-nl-has-note]').first().click();
    await ui(page).click('[data-nl-action="edit-note"]');
    const frame = await noteFrame(page);
    await expect.poll(() => frame.locator('textarea').inputValue()).toBe(NOTE);
    await frame.locator('[data-nl-action="close-note"]').click();
  });

  it('asks before deleting a highlight with a note, and undo brings it back', async () => {
    await page.locator('[data-nl-annotation][data-nl-has-note]').first().click();
    await ui(page).click('.nl-menu [data-nl-action="delete"]');
    await ui(page).click('[data-nl-action="confirm-delete"]');
    await expect.poll(async () => (await highlights(page)).length).toBe(3);
    await ui(page).click('[data-nl-action="undo"]');
    await expect.poll(() => highlights(page)).toEqual(before);
  });

  it('shows edits made in one tab in another tab on the same notice', async () => {
    const other = await openAnalyzed(env.browser.context, url);
    expect(await highlights(other)).toEqual(before);
    await selectText(page, '全力加快企业搬迁进度');
    await ui(page).click('[data-nl-action="highlight"][data-nl-color="purple"]');
    await expect.poll(async () => (await highlights(other)).map((h) => h.text), { timeout: 10_000 }).toContain('全力加快企业搬迁进度');
    await other.close();
  });
});

describe('the page cannot reach the annotations', () => {
  it('has no database of ours in the website origin and cannot message the extension', async () => {
    const result = await page.evaluate(async (id) => {
      const dbs = (await indexedDB.databases()).map((d) => d.name);
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } };
      let reply: unknown = 'no runtime';
      try {
        if (w.chrome?.runtime?.sendMessage) reply = await w.chrome.runtime.sendMessage(id, { type: 'annotations/list', page: location.href });
      } catch (e) {
        reply = `refused: ${String(e)}`;
      }
      return { dbs, reply: String(reply) };
    }, env.browser.extensionId);
    expect(result.dbs).not.toContain('notice-lens');
    expect(result.reply).toMatch(/no runtime|refused/);
  });

  it('cannot read the note frame, and a forged close message is ignored', async () => {
    const noted = page.locator('[data-nl-annotation][data-nl-has-note]').first();
    // The id of the note being edited is in the page's markup: the forged message carries it, so only
    // the check of who sent it (the frame's own window and origin) can stop it.
    const id = await noted.getAttribute('data-nl-annotation');
    await noted.click();
    await ui(page).click('[data-nl-action="edit-note"]');
    const frame = await noteFrame(page);
    await frame.locator('textarea').waitFor();
    const peek = await page.evaluate(async (id) => {
      // The root is closed (no shadowRoot); the note frame sits inside it, so the page's list of frames
      // never holds it. Beside it, a frame the page adds itself is listed and readable.
      const own = document.createElement('iframe');
      own.srcdoc = '<p>本页自己的框架</p>';
      await new Promise((loaded) => {
        own.onload = loaded;
        document.body.append(own);
      });
      const seen: string[] = [String(document.querySelector('notice-lens-ui')?.shadowRoot ?? 'no root')];
      for (let i = 0; i < window.frames.length; i++) {
        try {
          seen.push(window.frames[i]!.document.body.innerText);
        } catch {
          seen.push('no access');
        }
      }
      own.remove();
      window.postMessage({ type: 'notice-lens:close-note', id }, '*');
      // Messages arrive in order: once this one is here, the forged one has been handled.
      await new Promise<void>((done) => {
        addEventListener('message', (e) => e.data === 'after-forged' && done());
        window.postMessage('after-forged', '*');
      });
      return seen;
    }, id);
    expect(peek).toEqual(['no root', '本页自己的框架']);
    expect(await ui(page).count('.nl-note-frame')).toBe(1);
    // Beside it, the frame's own close button (its message from its own window) does close the editor.
    await frame.locator('[data-nl-action="close-note"]').click();
    await ui(page).waitFor('.nl-note-frame', { state: 'detached' });
  });

  it('a page script that forges highlight markup creates no annotation', async () => {
    const ctl = await controlPage(env.browser);
    const stored = async () => (await send<Annotation[]>(ctl, { type: 'annotations/list', page: normalizeNoticeUrl(url) }))
      .filter((a) => a.kind === 'highlight').map((a) => a.id);
    const storedBefore = await stored();
    expect(storedBefore).toHaveLength(before.length + 1);
    // Beside it, a real highlight clicked with the mouse opens its menu.
    await page.locator('[data-nl-annotation]:not([data-nl-has-note])').first().click();
    await ui(page).waitFor('.nl-menu');
    await ui(page).click('.nl-menu .nl-close');
    await ui(page).waitFor('.nl-menu', { state: 'detached' });

    await page.evaluate(() => {
      const span = document.createElement('span');
      span.setAttribute('data-nl-annotation', 'forged');
      span.setAttribute('data-nl-color', 'purple');
      span.textContent = '伪造的批注标记';
      document.querySelector('#zoom p')!.appendChild(span);
    });
    // The forged mark is clicked with the real mouse while it is in the page, then the reader makes a
    // real highlight: once its toolbar has shown, the click on the forged mark has been handled.
    await page.locator('[data-nl-annotation="forged"]').click();
    await selectText(page, '主动协调各单位加快项目建设');
    await ui(page).waitFor('[data-nl-action="highlight"][data-nl-color="blue"]');
    expect(await ui(page).count('.nl-menu')).toBe(0);
    await ui(page).click('[data-nl-action="highlight"][data-nl-color="blue"]');
    await expect.poll(async () => (await stored()).length).toBe(storedBefore.length + 1);
    expect(await stored()).not.toContain('forged');

    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    const ids = (await highlights(page)).map((h) => h.id);
    expect(ids).not.toContain('forged');
    expect(ids.sort()).toEqual((await stored()).sort());
    await ctl.close();
  });
});

// Last: with the side panel open, the page's view is narrower than the emulated viewport, and a
// real click inside the note frame no longer lands where Playwright aims.
describe('the side panel', () => {
  it('opens from the in-page panel', async () => {
    await ui(page).click('[data-nl-action="open-sidepanel"]');
    type Runtime = { getContexts(f: object): Promise<{ documentUrl?: string }[]> };
    await expect
      .poll(() => env.browser.worker.evaluate(async () => {
        const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
        return (await runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => new URL(c.documentUrl!).pathname);
      }))
      .toEqual(['/sidepanel.html']);
  });
});
