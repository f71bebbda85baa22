import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { normalizeNoticeUrl } from '../../utils/text/url';
import { closedUi } from './closed-root';
import { focusedInUi } from './keyboard-helpers';
import { controlPage, download, extUrl, openTab } from './panel-helpers';

// Directives as tasks (issue 15) on a 区政府办公室 notice with deadlines and units: the page markup, the panel's
// due date, a correction typed by keyboard that survives a reload, the library's Tasks view, the Markdown
// checklist export and the popup's count.
const env = useChromium();
let ctl: Page;
let url: string;

beforeAll(async () => {
  ctl = await controlPage(env.browser);
  url = env.server.url('www.beilin.gov.cn', 'pages/task-notice.html');
});

/** The reader's local day, `days` from today, as YYYY-MM-DD (what "还有3天" is counted from). */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Each directive's marker, lead and task attributes, in document order. */
function taskMarks(page: Page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-nl-directive]')].map((el) => ({
    index: Number(el.getAttribute('data-nl-directive')),
    text: el.textContent ?? '',
    due: el.getAttribute('data-nl-due'),
    lead: el.getAttribute('data-nl-lead'),
  })));
}

/** Store round trips (a save, the change reaching another context) on a busy 2-core machine. */
const WAIT = { timeout: 10_000 };

const indexOf = async (page: Page, start: string) => (await taskMarks(page)).find((m) => m.text.startsWith(start))!.index;

describe('directives as tasks', () => {
  const corrected = dayFromToday(3);

  it('marks the due date and lead unit of each directive in the page, and the panel shows them', async () => {
    const { page } = await openTab(ctl, env.browser.context, url);
    await page.waitForSelector('html[data-notice-lens="notice"]');
    const marks = await taskMarks(page);
    const first = marks.find((m) => m.text.startsWith('（一）开展重点行业领域排查'))!;
    const second = marks.find((m) => m.text.startsWith('（二）完善应急预案'))!;
    expect([first.due, first.lead]).toEqual(['2025-11-30', '区应急管理局']);
    // 12月底前 in a notice published 2025-10-08.
    expect([second.due, second.lead]).toEqual(['2025-12-31', '区应急管理局']);
    // Traps beside them: the heading 三、 holds a meeting date and a statistics date, neither a deadline.
    const heading = marks.find((m) => m.text.startsWith('三、工作要求'))!;
    expect([heading.due, heading.lead]).toEqual([null, null]);

    const ui = closedUi(page);
    await ui.waitFor(`[data-nl-task="${first.index}"]`);
    const shown = await ui.text(`[data-nl-task="${first.index}"] [data-nl-field="task-due"]`);
    // The notice is from 2025: by now the date has passed.
    expect(shown).toMatch(/^已逾期\d+天 · 2025-11-30$/);
    expect(await ui.text(`[data-nl-task="${first.index}"] [data-nl-field="task-lead"]`)).toBe('牵头：区应急管理局');
    await page.close();
  });

  it('takes a correction typed by keyboard, and the correction wins after a reload', async () => {
    const { page } = await openTab(ctl, env.browser.context, url);
    await page.waitForSelector('html[data-notice-lens="notice"]');
    const i = await indexOf(page, '（二）完善应急预案');
    const ui = closedUi(page);
    // From the directive's outline row: Tab past its status and note to the correction button, Enter opens the form.
    await ui.focus(`[data-nl-outline-item="${i}"]`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedInUi(page)).toBe('task-edit');
    await page.keyboard.press('Enter');
    await ui.waitFor('[data-nl-task-form]');
    await expect.poll(() => focusedInUi(page), WAIT).toBe('task-due-input');
    expect(await ui.value('[data-nl-field="task-due-input"]')).toBe('2025-12-31');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(corrected.replace(/-/g, '/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('区消防救援大队');
    await page.keyboard.press('Enter');
    await ui.waitFor('[data-nl-task-form]', { state: 'detached' });

    await expect.poll(async () => (await taskMarks(page)).find((m) => m.index === i), WAIT).toMatchObject({ due: corrected, lead: '区消防救援大队' });
    expect(await ui.text(`[data-nl-task="${i}"] [data-nl-field="task-due"]`)).toBe(`还有3天 · ${corrected}`);
    // The focus is back on the button that opened the form.
    await expect.poll(() => focusedInUi(page)).toBe('task-edit');

    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    await expect.poll(async () => (await taskMarks(page)).find((m) => m.index === i), WAIT).toMatchObject({ due: corrected, lead: '区消防救援大队' });
    // (The stored corrections arrive a moment after the panel is drawn.)
    await expect.poll(() => ui.text(`[data-nl-task="${i}"] [data-nl-field="task-lead"]`), WAIT).toBe('牵头：区消防救援大队');
    expect(await ui.text(`[data-nl-task="${i}"] [data-nl-field="task-due"]`)).toBe(`还有3天 · ${corrected}`);
    // A directive the reader did not correct keeps what the notice says.
    const first = (await taskMarks(page)).find((m) => m.text.startsWith('（一）开展重点行业领域排查'))!;
    expect(first.due).toBe('2025-11-30');
    await page.close();
  });

  it('lists the tasks in the library, filters them, and exports them as Obsidian Tasks lines', async () => {
    const lib = await env.browser.context.newPage();
    await lib.goto(extUrl(env.browser, 'library.html'));
    await lib.locator('[data-nl-view-switch="tasks"]').click();
    const row = (text: string) => lib.locator('[data-nl-task-row]', { hasText: text });
    // The corrected directive (touched) and the notice's other dated directive, stored with the notice.
    await expect.poll(() => row('（二）完善应急预案').locator('[data-nl-field="task-due"]').innerText(), WAIT).toBe(`还有3天 · ${corrected}`);
    expect(await row('（二）完善应急预案').locator('[data-nl-field="task-lead"]').innerText()).toBe('牵头：区消防救援大队');
    expect(await row('（一）开展重点行业领域排查').locator('[data-nl-field="task-due"]').innerText()).toMatch(/^已逾期\d+天 · 2025-11-30$/);
    // Grouped by status: neither has one, so both are to do, the earlier due date first.
    expect(await lib.locator('[data-nl-task-group="todo"] [data-nl-field="task-text"]').allInnerTexts())
      .toEqual(['（一）开展重点行业领域排查。', '（二）完善应急预案。']);

    await lib.locator('[data-nl-task-filter="soon"]').click();
    await expect.poll(() => lib.locator('[data-nl-field="task-text"]').allInnerTexts()).toEqual(['（二）完善应急预案。']);
    await lib.locator('[data-nl-task-filter="overdue"]').click();
    await expect.poll(() => lib.locator('[data-nl-field="task-text"]').allInnerTexts()).toEqual(['（一）开展重点行业领域排查。']);
    await lib.locator('[data-nl-task-filter="all"]').click();
    await lib.locator('[data-nl-field="task-search"]').fill('应急预案');
    await expect.poll(() => lib.locator('[data-nl-field="task-text"]').allInnerTexts()).toEqual(['（二）完善应急预案。']);
    await lib.locator('[data-nl-field="task-search"]').fill('');

    // The link opens the notice at the directive (its annotation's #notice-lens=ID).
    const href = await row('（二）完善应急预案').locator('[data-nl-action="open-task"]').getAttribute('href');
    expect(href).toContain(`${normalizeNoticeUrl(url)}#notice-lens=`);

    const md = (await download(lib, () => lib.locator('[data-nl-action="tasks-export-md"]').click())).data.toString('utf8');
    expect(md).toContain('- [ ] （一）开展重点行业领域排查（牵头：区应急管理局）📅 2025-11-30');
    expect(md).toContain(`- [ ] （二）完善应急预案（牵头：区消防救援大队）📅 ${corrected}`);
    await lib.close();
  });

  it('shows them in the side panel, where a directive the notice gave no date can get one', async () => {
    const { tabId, page } = await openTab(ctl, env.browser.context, url);
    await page.waitForSelector('html[data-notice-lens="notice"]');
    const panel = await env.browser.context.newPage();
    await panel.goto(extUrl(env.browser, `sidepanel.html?tab=${tabId}`));
    // A directive's own badge (its entry also holds its sub-directives' entries).
    const badge = async (start: string) => panel.locator(`[data-nl-directive-entry="${await indexOf(page, start)}"] > [data-nl-task]`);
    const second = await badge('（二）完善应急预案');
    await expect.poll(() => second.locator('[data-nl-field="task-due"]').innerText(), WAIT).toBe(`还有3天 · ${corrected}`);
    expect(await second.locator('[data-nl-field="task-lead"]').innerText()).toBe('牵头：区消防救援大队');

    // 严格落实值班制度 says 即日起 (no date): the reader gives it one, by keyboard.
    const duty = await badge('（一）严格落实值班制度');
    await duty.locator('[data-nl-action="task-edit"]').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-nl-field')), WAIT).toBe('task-due-input');
    await panel.keyboard.type(dayFromToday(5));
    await panel.keyboard.press('Enter');
    await expect.poll(() => duty.locator('[data-nl-field="task-due"]').innerText(), WAIT).toBe(`还有5天 · ${dayFromToday(5)}`);
    // The page's markup follows (the store tells the tab).
    const i = await indexOf(page, '（一）严格落实值班制度');
    await expect.poll(async () => (await taskMarks(page)).find((m) => m.index === i)?.due, WAIT).toBe(dayFromToday(5));
    await panel.close();
    await page.close();
  });

  it('counts in the popup the tasks that fall due within 7 days', async () => {
    const { tabId, page } = await openTab(ctl, env.browser.context, url);
    const popup = await env.browser.context.newPage();
    await popup.goto(extUrl(env.browser, `popup.html?tab=${tabId}`));
    await expect.poll(() => popup.locator('[data-nl-field="due-soon"]').innerText(), WAIT).toBe('2 项任务 7 天内到期');
    await popup.close();
    await page.close();
  });
});
