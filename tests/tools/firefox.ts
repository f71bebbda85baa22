/**
 * Debian's firefox-esr with the Firefox build loaded, driven by puppeteer-core over
 * WebDriver BiDi (playwright-core cannot drive Debian's Firefox). Host names
 * resolve to 127.0.0.1 through the network.dns.forceResolve pref.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL(`../../${process.env.NL_OUT_DIR || '.output'}/firefox-mv3/`, import.meta.url));

export async function launchFirefoxWithExtension(): Promise<Browser> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) throw new Error(`Firefox not found at ${executablePath}: install Debian's firefox-esr or set FIREFOX_PATH.`);
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}manifest.json`)) throw new Error('No Firefox build: run npm run build:firefox first.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // A desktop window as in the Chromium tests: under 1200 px the panel starts collapsed (docs/panel.md).
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1', 'intl.locale.requested': 'zh-CN' },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}
