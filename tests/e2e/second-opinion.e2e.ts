import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchWithExtension, openAnalyzed, type ExtensionBrowser } from '../tools/browser';
import { launchFirefoxWithExtension } from '../tools/firefox';
import { startFixtureServer, type FixtureServer } from '../tools/server';
import { closeBrowser } from './browser-setup';

// A notice under more prose of readers' comments than its own: the cheap body finder picks the comments and is
// unsure, so Readability's second opinion (second-opinion.js, loaded for such pages only) must find the notice.
// What a reader sees: the notice's three directives marked, none in the comments, the panel there. In Chromium
// and in Firefox, where the background injects the bundle instead of an import().
const PAGE = 'pages/comments-outweigh.html';
const HOST = 'www.xa.gov.cn';
let server: FixtureServer;
let chromium: ExtensionBrowser;
let firefox: Browser;

beforeAll(async () => {
  server = await startFixtureServer();
  chromium = await launchWithExtension();
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await chromium?.close();
  if (firefox) await closeBrowser(firefox);
  await server?.close();
});

const SEEN = `(() => ({
  state: document.documentElement.getAttribute('data-notice-lens'),
  ordinals: Array.from(document.querySelectorAll('[data-nl-directive]'), (e) => e.getAttribute('data-nl-ordinal')),
  inArticle: document.querySelectorAll('.article-content [data-nl-directive]').length,
  inComments: document.querySelectorAll('.comment-list [data-nl-directive], .comment-list [data-nl-duplicate]').length,
  panels: document.querySelectorAll('notice-lens-ui').length,
}))()`;

describe('Readability asked where the body finder is unsure', () => {
  it('Chromium: the notice is found under the comments and its directives marked', async () => {
    const page = await openAnalyzed(chromium.context, server.url(HOST, PAGE));
    await page.waitForSelector('notice-lens-ui', { state: 'attached', timeout: 15_000 });
    const seen = await page.evaluate(SEEN);
    expect(seen).toEqual({ state: 'notice', ordinals: ['一、', '二、', '三、'], inArticle: 3, inComments: 0, panels: 1 });
    await page.close();
  });

  it('Firefox: the same', async () => {
    const page = await firefox.newPage();
    await page.goto(server.url(HOST, PAGE));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
    await page.waitForFunction(() => document.querySelector('notice-lens-ui') !== null, { timeout: 20_000 });
    const seen = await page.evaluate(SEEN);
    expect(seen).toEqual({ state: 'notice', ordinals: ['一、', '二、', '三、'], inArticle: 3, inComments: 0, panels: 1 });
    await page.close();
  });
});
