import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../tools/browser';
import { startFixtureServer, type FixtureServer } from '../tools/server';
import { controlPage, extUrl, openTab } from './panel-helpers';

// "Run on all sites": the mode is the all-sites host permission, whoever granted it.
// Chromium cannot answer a permission prompt here, so the granted path runs on a copy
// of the build whose manifest grants the permission at install (launchWithExtension's
// allSites), and the normal build shows the mode off and the request's UI state.
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

const CITY = ['www.springfieldmo.org', 'pages/all-sites/city-hearing.html'] as const;
const NPC = ['www.jzrd.org.cn', 'pages/all-sites/npc-decision.html'] as const;
const REPUBLISHED = ['news.example.com', 'pages/all-sites/republished.html'] as const;

async function contract(page: Page) {
  return page.evaluate(() => ({
    state: document.documentElement.getAttribute('data-notice-lens'),
    ordinals: Array.from(document.querySelectorAll('[data-nl-directive]')).map((el) => el.getAttribute('data-nl-ordinal')),
    uis: document.querySelectorAll('notice-lens-ui').length,
  }));
}

async function switchState(page: Page) {
  const sw = page.locator('[data-nl-action="all-sites"]');
  await sw.waitFor();
  await page.waitForSelector('[data-nl-all-sites]:not([data-nl-all-sites="loading"])');
  return { checked: await sw.getAttribute('aria-checked'), section: await page.locator('[data-nl-all-sites]').getAttribute('data-nl-all-sites') };
}

describe('with the all-sites permission granted', () => {
  let b: ExtensionBrowser;
  let ctl: Page;
  beforeAll(async () => {
    b = await launchWithExtension({ allSites: true });
    ctl = await controlPage(b);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('marks a US city\'s notice on .org as a notice with its numbered items', async () => {
    const { page } = await openTab(ctl, b.context, server.url(...CITY));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    expect(await contract(page)).toEqual({ state: 'notice', ordinals: ['1.', '2.', '3.'], uis: 1 });
  });

  it('marks a 人大 decision on .org.cn as a notice with its directives', async () => {
    const { page } = await openTab(ctl, b.context, server.url(...NPC));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    expect(await contract(page)).toEqual({ state: 'notice', ordinals: ['一、', '二、', '三、', '四、'], uis: 1 });
  });

  it('leaves a news site that republishes the same decision alone', async () => {
    const { page } = await openTab(ctl, b.context, server.url(...REPUBLISHED));
    expect(await contract(page)).toEqual({ state: 'none', ordinals: [], uis: 0 });
    expect(await page.locator('[data-nl-duplicate]').count()).toBe(0);
  });

  it('runs once on official domains, where the static content script already runs', async () => {
    const { page } = await openTab(ctl, b.context, server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    const seen = await contract(page);
    expect(seen.uis).toBe(1);
    expect(seen.ordinals.length).toBe(6);
    const registered = await b.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, excludes: s.excludeMatches?.includes('*://*.gov.cn/*') })));
    expect(registered).toEqual([{ id: 'notice-lens-all-sites', excludes: true }]);
  });

  it('the popup and the options page show the mode on', async () => {
    const { tabId } = await openTab(ctl, b.context, server.url(...REPUBLISHED));
    const popup = await b.context.newPage();
    await popup.goto(extUrl(b, `popup.html?tab=${tabId}`));
    expect(await switchState(popup)).toEqual({ checked: 'true', section: 'on' });
    const options = await b.context.newPage();
    await options.goto(extUrl(b, 'options.html'));
    expect(await switchState(options)).toEqual({ checked: 'true', section: 'on' });
    expect(await options.locator('h1').innerText()).toBe('公文批注 · 设置');
    // Granted at install (as a policy would): it cannot be given up here, and the switch says so and stays on.
    await options.locator('[data-nl-action="all-sites"]').click();
    await expect.poll(() => options.locator('[data-nl-field="all-sites-message"]').innerText()).toContain('无法在这里撤销');
    expect(await switchState(options)).toEqual({ checked: 'true', section: 'on' });
  });

  it('a site also enabled by hand gets one content script, its own', async () => {
    const { page, tabId } = await openTab(ctl, b.context, server.url(...NPC));
    const popup = await b.context.newPage();
    await popup.goto(extUrl(b, `popup.html?tab=${tabId}`));
    // The permission is already held (all sites), so no prompt: the site is enabled at once and the tab reloads.
    await Promise.all([page.waitForEvent('load'), popup.locator('[data-nl-action="enable-site"]').click()]);
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    expect(await contract(page)).toEqual({ state: 'notice', ordinals: ['一、', '二、', '三、', '四、'], uis: 1 });
    await expect.poll(() => b.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts())
      .map((s) => `${s.id} ${s.id === 'notice-lens-all-sites' ? String(s.excludeMatches?.includes('*://www.jzrd.org.cn/*')) : s.matches?.join()}`).sort()))
      .toEqual(['notice-lens-all-sites true', 'notice-lens-site:www.jzrd.org.cn *://www.jzrd.org.cn/*']);
  });
});

describe('the options page in English', () => {
  it('follows the browser locale', async () => {
    const b = await launchWithExtension({ lang: 'en-US' });
    try {
      const options = await b.context.newPage();
      await options.goto(extUrl(b, 'options.html'));
      expect(await switchState(options)).toEqual({ checked: 'false', section: 'off' });
      expect(await options.locator('h1').innerText()).toBe('Notice Lens · Options');
      expect(await options.locator('[data-nl-action="all-sites"]').innerText()).toBe('Run on all sites');
    } finally {
      await b.close();
    }
  });
});

describe('without the permission (the normal build)', () => {
  let b: ExtensionBrowser;
  let ctl: Page;
  beforeAll(async () => {
    b = await launchWithExtension();
    ctl = await controlPage(b);
  });
  afterAll(async () => {
    await b?.close();
  });

  it('does not touch a government page off the official suffixes', async () => {
    const { page, tabId } = await openTab(ctl, b.context, server.url(...NPC), { analyzed: false });
    const popup = await b.context.newPage();
    await popup.goto(extUrl(b, `popup.html?tab=${tabId}`));
    // The popup asked the tab and no content script answered.
    await popup.waitForSelector('main[data-nl-state="absent"]', { timeout: 15_000 });
    expect(await contract(page)).toEqual({ state: null, ordinals: [], uis: 0 });
    expect(await b.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
  });

  it('the switch is off, and turning it on asks the browser for access to all sites', async () => {
    const { tabId } = await openTab(ctl, b.context, server.url(...NPC), { analyzed: false });
    const popup = await b.context.newPage();
    await popup.goto(extUrl(b, `popup.html?tab=${tabId}`));
    expect(await switchState(popup)).toEqual({ checked: 'false', section: 'off' });
    expect(await popup.locator('.nl-all-sites-hint').innerText()).toContain('浏览器会请求访问所有网站的权限');
    await popup.locator('[data-nl-action="all-sites"]').click();
    // Headless Chromium shows no prompt: the request is either pending or refused, never granted.
    await expect.poll(() => popup.locator('[data-nl-field="all-sites-message"]').innerText()).toMatch(/正在等待浏览器授权|未获得权限，没有开启/);
    expect(await popup.locator('[data-nl-action="all-sites"]').getAttribute('aria-checked')).toBe('false');
    expect(await ctl.evaluate(() => chrome.permissions.contains({ origins: ['*://*/*'] }))).toBe(false);
  });
});
