/**
 * What the extension left in one corpus page, read through the public page-markup
 * contract: shared by `npm run eval` (tests/eval/run.ts) and the corpus gate in
 * `npm test` (tests/e2e/corpus.e2e.ts), so both judge the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { FIXTURES } from '../tools/server';
import { scorePage, type Label, type Observed, type PageScore } from './score';

export const CORPUS = join(FIXTURES, 'corpus');

export function readLabels(): Label[] {
  return JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')) as Label[];
}

/**
 * The frame whose document holds the page's notice: the top document unless the page frames its body
 * (an <iframe>, a <frameset>, a frame its script fills). Then the frame marked a notice, else (nothing
 * detected) the one with the most text, so a missed framed notice is scored on its body all the same.
 */
async function noticeFrame(page: Page): Promise<Frame> {
  if (page.frames().length === 1) return page.mainFrame();
  // Each frame decides on its own, and a frame its script fills starts as an empty about:blank document
  // (waiting on a selector there can end at once, when the script replaces it): poll every frame until
  // one says it holds a notice, or the time is up. A frame too small to hold a body is never marked.
  const deadline = Date.now() + 6000;
  for (;;) {
    const seen = await Promise.all(page.frames().map(async (f) => ({
      f,
      ...(await f.evaluate(() => ({ state: document.documentElement.getAttribute('data-notice-lens'), text: document.body?.textContent?.length ?? 0 })).catch(() => ({ state: null, text: 0 }))),
    })));
    const notice = seen.find((x) => x.state === 'notice');
    if (notice) return notice.f;
    if (Date.now() > deadline) return [...seen].sort((a, b) => b.text - a.text)[0]!.f;
    await page.waitForTimeout(100);
  }
}

/**
 * Resolves when the document has not changed for QUIET ms (at most SETTLE_MAX ms). Three times the extension's own
 * quiet period for late content (500 ms, utils/page/late-content.ts): with 1,000 ms the analysis that follows it had
 * 500 ms, and under a loaded test run longyan-exec-meeting-62 (its body appended again 1.2 s after load) was once
 * read before its second copy was hidden (December 4).
 */
const QUIET = 1500;
const SETTLE_MAX = 8000;
// A string, not a function: the bundler's name helpers do not exist in the page.
const SETTLE_SCRIPT = `new Promise((resolve) => {
  let timer;
  const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ${QUIET}); });
  const cap = setTimeout(done, ${SETTLE_MAX});
  timer = setTimeout(done, ${QUIET});
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  function done() { observer.disconnect(); clearTimeout(timer); clearTimeout(cap); resolve(); }
})`;
function settled(page: Page): Promise<void> {
  return page.evaluate(SETTLE_SCRIPT) as Promise<void>;
}

/** Opens the page under its own host name, waits for the analysis, reads the contract and scores it. */
export async function observePage(context: BrowserContext, url: (host: string, path: string) => string, label: Label): Promise<PageScore> {
  const page = await context.newPage();
  try {
    await page.goto(url(label.host, `corpus/${label.file}`));
    // Pages on hosts the extension does not run on never get the attribute.
    await page.waitForSelector('html[data-notice-lens]', { timeout: 4000 }).catch(() => {});
    // A page whose scripts write its body later (a timer, a fetch, a second render) is read as a reader sees it once
    // it has settled: when neither the page nor the extension has changed the document for a while.
    if (label.scripted) await settled(page);
    const seen: Observed = await (await noticeFrame(page)).evaluate(() => ({
      // What the page shows without the extension's hiding: its own hidden parts (a print copy under
      // display:none) are not on screen either way, so they are not counted as text the reader must see.
      raw: (() => {
        const marked = Array.from(document.querySelectorAll('[data-nl-duplicate]'));
        const values = marked.map((el) => el.getAttribute('data-nl-duplicate')!);
        for (const el of marked) el.removeAttribute('data-nl-duplicate');
        const shown = document.body.innerText;
        marked.forEach((el, k) => el.setAttribute('data-nl-duplicate', values[k]!));
        return shown;
      })(),
      state: document.documentElement.getAttribute('data-notice-lens'),
      directives: Array.from(document.querySelectorAll('[data-nl-directive]')).map((el) => ({
        ordinal: el.getAttribute('data-nl-ordinal') ?? '',
        level: Number(el.getAttribute('data-nl-level')),
        text: [el, ...document.querySelectorAll(`[data-nl-directive-part="${el.getAttribute('data-nl-directive')}"]`)].map((e) => e.textContent).join(''),
      })),
      visible: document.body.innerText,
    }));
    const text = label.text ? readFileSync(join(CORPUS, label.text), 'utf8') : null;
    return scorePage(label, seen, text);
  } finally {
    await page.close();
  }
}
