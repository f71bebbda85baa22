/**
 * Debian's firefox-esr with the Firefox build loaded, driven by puppeteer-core over
 * WebDriver BiDi (playwright-core cannot drive Debian's Firefox). Host names
 * resolve to 127.0.0.1 through the network.dns.forceResolve pref.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL(`../../${process.env.NL_OUT_DIR || '.output'}/firefox-mv3/`, import.meta.url));

/**
 * Where each launched Firefox saves downloads without asking: set by prefs at launch, for a Firefox whose WebDriver BiDi
 * has no browser.setDownloadBehavior (Debian 12's firefox-esr 140 answers "unknown command").
 */
const downloadDirs = new WeakMap<Browser, string>();
export const launchDownloadDir = (browser: Browser): string | undefined => downloadDirs.get(browser);

export async function launchFirefoxWithExtension(): Promise<Browser> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) throw new Error(`Firefox not found at ${executablePath}: install Debian's firefox-esr or set FIREFOX_PATH.`);
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}manifest.json`)) throw new Error('No Firefox build: run npm run build:firefox first.');
  const downloadDir = mkdtempSync(join(tmpdir(), 'notice-lens-ff-saved-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The window of the Chromium tests (./browser.ts): under 1200 px, or where the page's layout leaves the text no
    // room beside it, the panel starts collapsed (docs/panel.md).
    defaultViewport: { width: 1536, height: 900 },
    // Headless Firefox opens a 1366 × 768 window, and a view is never wider than its window.
    args: ['--width=1536', '--height=900'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1', 'intl.locale.requested': 'zh-CN',
      'browser.download.folderList': 2, 'browser.download.dir': downloadDir, 'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false, 'browser.download.manager.showWhenStarting': false,
    },
  });
  downloadDirs.set(browser, downloadDir);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}
