import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { highlights, selectText } from './helpers';
import { closedUi, noteFrame } from './closed-root';
import { controlPage, download, extUrl, openTab, send } from './panel-helpers';
import { normalizeNoticeUrl } from '../../utils/text/url';
import type { Annotation } from '../../utils/model';

// Issue 11, "no note is ever lost": a delete moves the highlight and its note to a trash kept for
// 30 days, restorable from the in-page panel (also after a reload: the undo no longer lives in
// memory), the side panel and the library; emptying the trash asks first. Real (trusted) input.
const env = useChromium();
let ctl: Page;
let tab: Page;
let tabId: number;
let key: string;

const QUOTE = '每周至少集中协调一次幸福路地区大企业搬迁工作';
const NOTE = '搬迁协调：周三例会前报送进度';
const ui = (p: Page) => closedUi(p);
const trash = () => send<(Annotation & { deletedAt: string })[]>(ctl, { type: 'trash/list' });

beforeAll(async () => {
  const url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  key = normalizeNoticeUrl(url);
  ctl = await controlPage(env.browser);
  ({ tabId, page: tab } = await openTab(ctl, env.browser.context, url));
  await tab.waitForSelector('html[data-notice-lens="notice"]');
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

/** Deletes a highlight from its menu in the page, confirming when it has a note. */
async function deleteInPage(id: string, hasNote: boolean) {
  await tab.locator(`[data-nl-annotation="${id}"]`).first().click();
  await ui(tab).click('.nl-menu [data-nl-action="delete"]');
  if (hasNote) await ui(tab).click('[data-nl-action="confirm-delete"]');
  await expect.poll(async () => (await highlights(tab)).some((h) => h.id === id)).toBe(false);
}

describe('the trash', () => {
  let noted: Awaited<ReturnType<typeof highlights>>[number];

  it('a highlight with a note, deleted, is in the trash after a reload and comes back from the in-page panel', async () => {
    await selectText(tab, QUOTE);
    await ui(tab).click('[data-nl-action="note"]');
    await typeNote(tab, NOTE);
    noted = (await highlights(tab)).find((h) => h.text === QUOTE)!;
    expect(noted).toMatchObject({ text: QUOTE, hasNote: true });

    await deleteInPage(noted.id, true);
    await tab.reload();
    await tab.waitForSelector('html[data-notice-lens="notice"]');
    expect(await highlights(tab)).toEqual([]);
    // The undo no longer lives in memory: the panel's trash offers the deletion after the reload.
    await ui(tab).waitFor(`[data-nl-trash="${noted.id}"]`);
    await ui(tab).click('[data-nl-action="toggle-trash"]');
    const shown = await ui(tab).text(`[data-nl-trash="${noted.id}"]`);
    expect(shown).toContain(QUOTE);
    expect(shown).not.toContain(NOTE); // a note's text never enters the page
    await ui(tab).click(`[data-nl-trash="${noted.id}"] [data-nl-action="restore"]`);

    // Back on exactly the same text, with its note; the trash is empty again.
    await expect.poll(() => highlights(tab)).toEqual([noted]);
    expect(await ui(tab).count('[data-nl-trash]')).toBe(0);
    expect(await trash()).toEqual([]);
    const panel = await env.browser.context.newPage();
    await panel.goto(extUrl(env.browser, `sidepanel.html?tab=${tabId}`));
    await expect.poll(() => panel.locator(`[data-nl-highlight="${noted.id}"] [data-nl-field="note"]`).innerText()).toBe(NOTE);
    await panel.close();
  });

  it('deleted in the page, backed up with the trash, restored from the library: the page places it again', async () => {
    await deleteInPage(noted.id, true);
    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    const row = lib.locator(`[data-nl-trash="${noted.id}"]`);
    // The library shows the note (an extension page) and the notice it was on.
    await expect.poll(() => row.locator('[data-nl-field="note"]').innerText()).toBe(NOTE);
    expect(await row.locator('[data-nl-field="trash-page"]').innerText()).toContain('全体干部大会');

    await lib.waitForSelector('main.lib:not([data-nl-loading])');
    const backup = await download(lib, () => lib.locator('[data-nl-action="backup-export"]').click());
    const json = JSON.parse(backup.data.toString('utf8')) as { items: unknown[]; trash: { noticeLens: { deletedAt: string } }[] };
    expect(json.trash).toHaveLength(1);
    expect(json.trash[0]!.noticeLens.deletedAt).toBe((await trash())[0]!.deletedAt);

    await row.locator('[data-nl-action="restore"]').click();
    await expect.poll(() => highlights(tab)).toEqual([noted]);
    await expect.poll(() => lib.locator('[data-nl-trash]').count()).toBe(0);
    await lib.close();
  });

  it('a deletion is restored from the side panel, which shows the note', async () => {
    await deleteInPage(noted.id, true);
    const panel = await env.browser.context.newPage();
    await panel.goto(extUrl(env.browser, `sidepanel.html?tab=${tabId}`));
    const row = panel.locator(`[data-nl-trash="${noted.id}"]`);
    await row.waitFor({ state: 'attached' });
    await panel.locator('[data-nl-section="trash"] [data-nl-action="toggle-trash"]').click();
    expect(await row.locator('[data-nl-field="note"]').innerText()).toBe(NOTE);
    await row.locator('[data-nl-action="restore"]').click();
    await expect.poll(() => highlights(tab)).toEqual([noted]);
    await expect.poll(() => panel.locator(`[data-nl-highlight="${noted.id}"] [data-nl-field="note"]`).innerText()).toBe(NOTE);
    await panel.close();
  });

  it('opening the page-note editor and closing it without text stores no page note; text stores one', async () => {
    const pageNotes = async () => (await send<Annotation[]>(ctl, { type: 'annotations/list', page: key })).filter((a) => a.kind === 'page-note');
    await ui(tab).click('[data-nl-action="page-note"]');
    const frame = await noteFrame(tab);
    await frame.locator('textarea[data-nl-field="note"]').waitFor();
    await frame.locator('[data-nl-action="close-note"]').click();
    await ui(tab).waitFor('.nl-note-frame', { state: 'detached' });
    expect(await pageNotes()).toEqual([]);
    await ui(tab).click('[data-nl-action="page-note"]');
    await typeNote(tab, '全体干部大会要点');
    expect((await pageNotes()).map((a) => a.note)).toEqual(['全体干部大会要点']);
    await expect.poll(() => ui(tab).attr('[data-nl-action="page-note"]', 'data-has-note')).toBe('');
  });

  it('emptying the trash asks first; Cancel keeps it, confirming empties it and keeps the live highlights', async () => {
    for (const text of ['必须切实扛起生态保护政治责任', '确保不出问题']) {
      await selectText(tab, text);
      await ui(tab).click('[data-nl-action="highlight"][data-nl-color="green"]');
      await expect.poll(async () => (await highlights(tab)).some((h) => h.text === text)).toBe(true);
      await deleteInPage((await highlights(tab)).find((h) => h.text === text)!.id, false);
    }
    expect(await trash()).toHaveLength(2);
    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    await expect.poll(() => lib.locator('[data-nl-trash]').count()).toBe(2);

    await lib.locator('[data-nl-action="empty-trash"]').click();
    await expect.poll(() => lib.locator('dialog[data-nl-dialog="empty-trash"][open]').count()).toBe(1);
    expect(await lib.locator('dialog[data-nl-dialog="empty-trash"]').innerText()).toContain('2 条批注');
    await lib.locator('[data-nl-action="cancel-empty-trash"]').click();
    await expect.poll(() => lib.locator('dialog[data-nl-dialog="empty-trash"]').count()).toBe(0);
    expect(await trash()).toHaveLength(2);

    await lib.locator('[data-nl-action="empty-trash"]').click();
    await lib.locator('[data-nl-action="confirm-empty-trash"]').click();
    await expect.poll(() => lib.locator('[data-nl-outcome="ok"]').innerText()).toBe('已清空回收站，永久删除 2 条批注。');
    expect(await trash()).toEqual([]);
    expect(await lib.locator('[data-nl-trash]').count()).toBe(0);
    const live = await send<Annotation[]>(ctl, { type: 'annotations/list', page: key });
    expect(live.filter((a) => a.kind === 'highlight').map((a) => a.id)).toEqual([noted.id]);
    expect(await highlights(tab)).toEqual([noted]);
    await lib.close();
  });
});
