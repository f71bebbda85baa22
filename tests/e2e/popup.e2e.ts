import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { normalizeNoticeUrl } from '../../utils/text/url';
import { splitFrontMatter } from '../fixtures/export/md-helpers';
import { selectText } from './helpers';
import { closedUi } from './closed-root';
import { popupFor as openPopup, controlPage, download, extUrl, highlightInput, openTab, send } from './panel-helpers';

// The toolbar popup, opened as a page pointed at a tab (?tab=): what Notice Lens
// found there, and its buttons: side panel, export this notice, library.
const env = useChromium();
let ctl: Page;
let tabId: number;
let key: string;

const popupFor = (tab: number) => openPopup(env.browser, tab);

beforeAll(async () => {
  ctl = await controlPage(env.browser);
  const url = env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
  key = normalizeNoticeUrl(url);
  const opened = await openTab(ctl, env.browser.context, url);
  tabId = opened.tabId;
  await opened.page.waitForSelector('html[data-notice-lens="notice"]');
  await selectText(opened.page, '必须切实扛起生态保护政治责任');
  await closedUi(opened.page).click('[data-nl-action="highlight"][data-nl-color="green"]');
  await send(ctl, { type: 'annotation/put', annotation: highlightInput({ id: 'orphan-1', page: key, exact: '这句话并不在这篇通知里面出现过' }) });
  await opened.page.waitForSelector('[data-nl-annotation]');
});

describe('the popup on a notice', () => {
  let popup: Page;
  beforeAll(async () => {
    popup = await popupFor(tabId);
  });

  it('says what Notice Lens found', async () => {
    expect(await popup.locator('main').getAttribute('data-nl-state')).toBe('notice');
    expect(await popup.locator('[data-nl-field="verdict"]').innerText()).toBe('这是一篇公文。');
    expect(await popup.locator('[data-nl-field="directives"]').innerText()).toBe('6');
    await expect.poll(async () => {
      const p = await popupFor(tabId);
      const counts = [await p.locator('[data-nl-field="highlights"]').innerText(), await p.locator('[data-nl-field="orphans"]').innerText()];
      await p.close();
      return counts;
    }).toEqual(['1', '1']); // one highlight drawn, one that the page does not contain
    expect(await popup.locator('[data-nl-field="duplicate"]').innerText()).toMatch(/^已隐藏 \d+ 字$/);
  });

  it('exports this notice as Markdown', async () => {
    const f = await download(popup, () => popup.locator('[data-nl-action="export-notice"]').click());
    const { data, body } = splitFrontMatter(f.data.toString('utf8'));
    expect(f.name).toBe(`${String(data.title)}.md`);
    expect(data.source).toBe(key);
    expect(body).toContain('必须切实扛起生态保护政治责任');
  });

  it('opens the notes library', async () => {
    const [lib] = await Promise.all([env.browser.context.waitForEvent('page'), popup.locator('[data-nl-action="open-library"]').click()]);
    await lib.waitForLoadState();
    expect(lib.url()).toBe(extUrl(env.browser, 'library.html'));
    await lib.close();
  });

  it('opens the side panel', async () => {
    await popup.locator('[data-nl-action="open-side-panel"]').click();
    await expect.poll(() => ctl.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as never] })).map((c) => new URL(c.documentUrl!).pathname))).toEqual(['/sidepanel.html']);
    expect(await popup.locator('[data-nl-field="message"]').innerText()).not.toContain('无法打开侧边栏');
  });

  it('follows the dark colour scheme', async () => {
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(31, 35, 41)');
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});

describe('the popup elsewhere', () => {
  it('on an official page that is not a notice', async () => {
    const { tabId: id } = await openTab(ctl, env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/column-list.html'));
    const popup = await popupFor(id);
    expect(await popup.locator('main').getAttribute('data-nl-state')).toBe('none');
    expect(await popup.locator('[data-nl-field="verdict"]').innerText()).toBe('此页面不是公文页面。');
    expect(await popup.locator('[data-nl-action="export-notice"]').isDisabled()).toBe(true);
    expect(await popup.locator('[data-nl-action="enable-site"]').count()).toBe(0); // official: always on
  });

  it('on a site where Notice Lens does not run', async () => {
    const { tabId: id } = await openTab(ctl, env.browser.context, env.server.url('news.example.com', 'pages/commercial-news.html'), { analyzed: false });
    const popup = await popupFor(id);
    expect(await popup.locator('main').getAttribute('data-nl-state')).toBe('absent');
    expect(await popup.locator('[data-nl-field="verdict"]').innerText()).toContain('没有在此页面运行');
    expect(await popup.locator('[data-nl-action="export-notice"]').isDisabled()).toBe(true);
  });
});
