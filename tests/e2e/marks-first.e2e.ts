import { describe, expect, it } from 'vitest';
import { useChromium, useFirefox } from './browser-setup';

// Issue 14: on a sure notice the reader sees the marks (duplicate hidden, directives ruled) without waiting
// for notice-app.js, the panel's UI code. Seen from the page itself: a page script notes, at the moment the
// first directive mark appears, whether the panel exists and whether the extension has finished loading
// notice-app.js yet (its User Timing measure `notice-lens:load-app` is recorded when the load ends). After the
// marks, the notice's facts are read by the background, where their rules stay warm (`notice-lens:facts`, whose
// detail says where they were read, readable by the page's own scripts: 'page' would mean the background did
// not answer in time).
const ORDINALS = ['一要', '二要', '三要', '四要', '五是', '六是'];

/** Runs in the page before its own scripts. */
function watchFirstMark() {
  const w = window as unknown as { __firstMark?: Record<string, unknown> };
  new MutationObserver((_, observer) => {
    const mark = document.querySelector('[data-nl-directive]');
    if (!mark) return;
    observer.disconnect();
    const copies = Array.from(document.querySelectorAll('[data-nl-duplicate]'));
    w.__firstMark = {
      at: performance.now(),
      // As the reader sees it, not only as marked: the copy out of the layout, the directive ruled.
      duplicateHidden: copies.length > 0 && copies.every((el) => getComputedStyle(el).display === 'none'),
      ruled: getComputedStyle(mark).textDecorationLine,
      panel: document.querySelector('notice-lens-ui') !== null,
      verdict: document.documentElement.getAttribute('data-notice-lens'),
      appLoaded: performance.getEntriesByName('notice-lens:load-app').length > 0,
    };
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

/** After the visit: what the page noted then, and what is there now. */
function readVisit() {
  const loadApp = performance.getEntriesByName('notice-lens:load-app')[0];
  return {
    first: (window as unknown as { __firstMark?: Record<string, unknown> }).__firstMark ?? null,
    loadAppEnd: loadApp ? loadApp.startTime + loadApp.duration : null,
    ordinals: Array.from(document.querySelectorAll('[data-nl-directive]'), (e) => e.getAttribute('data-nl-ordinal')),
    panel: document.querySelectorAll('notice-lens-ui').length,
  };
}

/** Where the visit's facts were read, once they have been. */
function factsReadWhere() {
  return performance.getEntriesByName('notice-lens:facts').map((e) => (e as PerformanceMeasure).detail as unknown);
}

function expectMarksBeforeApp(visit: ReturnType<typeof readVisit>) {
  // Positive: the visit completed as always: every directive marked, one panel, the app loaded.
  expect(visit.ordinals).toEqual(ORDINALS);
  expect(visit.panel).toBe(1);
  expect(visit.loadAppEnd).not.toBeNull();
  // When the first mark appeared: the duplicate already hidden and the directive already ruled (their stylesheet
  // comes with the marks), but no panel, no verdict, no app yet.
  expect(visit.first).toMatchObject({ duplicateHidden: true, ruled: 'underline', panel: false, verdict: null, appLoaded: false });
  expect(visit.loadAppEnd!).toBeGreaterThan(visit.first!.at as number);
}

describe('marks before the app, Chromium', () => {
  const env = useChromium();

  it('marks the sample notice before notice-app.js has loaded, then mounts the panel', async () => {
    const page = await env.browser.context.newPage();
    await page.addInitScript(watchFirstMark);
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
    expectMarksBeforeApp(await page.evaluate(readVisit));
    await expect.poll(() => page.evaluate(factsReadWhere), { timeout: 10_000 }).toEqual(['background']);
    await page.close();
  });
});

describe('marks before the app, Firefox (both bundles injected by the background)', () => {
  const env = useFirefox();

  it('marks the sample notice before notice-app.js has loaded, then mounts the panel', async () => {
    const page = await env.browser.newPage();
    await page.evaluateOnNewDocument(watchFirstMark);
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 20_000 });
    expectMarksBeforeApp(await page.evaluate(readVisit));
    await expect.poll(() => page.evaluate(factsReadWhere), { timeout: 10_000 }).toEqual(['background']);
    await page.close();
  });
});
