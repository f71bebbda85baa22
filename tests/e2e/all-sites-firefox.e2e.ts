import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR } from '../tools/firefox';
import { startFixtureServer, type FixtureServer } from '../tools/server';

// "Run on all sites" in Firefox: the all-sites permission granted at install (a copy of
// the Firefox build whose manifest lists it under host_permissions, as Firefox grants
// those at install), so the background registers the script for all sites.
let browser: Browser;
let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}manifest.json`)) throw new Error('No Firefox build: run npm run build:firefox first.');
  dir = await mkdtemp(join(tmpdir(), 'notice-lens-ff-all-sites-'));
  await cp(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), '*://*/*'];
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1', 'intl.locale.requested': 'zh-CN' },
  });
  await browser.installExtension(dir);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Firefox, run on all sites', () => {
  it('marks a 人大 decision on .org.cn and leaves a news site republishing it alone', async () => {
    const page = await browser.newPage();
    // The background registers its script when it starts: load until it has run (a bounded retry, not a sleep).
    let state: string | null = null;
    for (let i = 0; i < 10 && state === null; i++) {
      await page.goto(server.url('www.jzrd.org.cn', 'pages/all-sites/npc-decision.html'));
      state = await page.waitForSelector('html[data-notice-lens]', { timeout: 3000 }).then(() => page.evaluate(() => document.documentElement.getAttribute('data-notice-lens')), () => null);
    }
    expect(state).toBe('notice');
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('[data-nl-directive]')).map((e) => e.getAttribute('data-nl-ordinal')))).toEqual(['一、', '二、', '三、', '四、']);
    await page.goto(server.url('news.example.com', 'pages/all-sites/republished.html'));
    await page.waitForSelector('html[data-notice-lens="none"]', { timeout: 20_000 });
    expect(await page.evaluate(() => document.querySelectorAll('notice-lens-ui,[data-nl-directive]').length)).toBe(0);
  });
});
