/**
 * Row 1.5 of the bench: a real notice whose article its own script fetches apart from the page (a CMS's content
 * fragment, the corpus's longyan-exec-meeting-62), answered late enough (server.ts, /__late/) that the extension's
 * first reading finds only the loading tip, so the watch for late content (utils/page/late-content.ts) must read
 * the page again. The figure: from the body's text landing in the page to the first directive mark, the wait the
 * reader of such a page sees. Read from the page only: an init script notes when, after DOMContentLoaded, a batch
 * of mutations first adds 200 characters of text or more (the fragment inserted), the first-marks observer when
 * the first mark appears (./first-marks.ts).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { copyPageWithSiblings } from './corpus-notices';
import { FIRST_MARK_MS, FIRST_MARK_OBSERVER } from './first-marks';
import { finishRow, stat, type Row } from './report';

/** The corpus page, and how long after it is asked for the server answers its fragment. */
export const LATE_BODY_PAGE = 'longyan-exec-meeting-62';
export const LATE_BODY_MS = 300;

const BODY_OBSERVER = `(() => {
  const seen = { body: null, chars: 0 };
  Object.defineProperty(window, '__nlBenchBody', { value: seen });
  const observer = new MutationObserver((records) => {
    let chars = 0;
    for (const r of records) for (const n of r.addedNodes) chars += (n.textContent || '').replace(/\\s+/g, '').length;
    if (chars < 200) return;
    seen.body = performance.now();
    seen.chars = chars;
    observer.disconnect();
  });
  // What the parser inserts is the page itself; the fragment comes after.
  document.addEventListener('DOMContentLoaded', () => observer.observe(document, { subtree: true, childList: true }));
})()`;

const READ = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const spans = (name) => performance.getEntriesByName('notice-lens:' + name, 'measure').map((e) => ({ start: e.startTime, end: e.startTime + e.duration }));
  const marks = window.__nlBenchFirstMark || { mark: null, painted: null };
  return {
    dcl: nav ? nav.domContentLoadedEventEnd : null,
    body: window.__nlBenchBody ? window.__nlBenchBody.body : null,
    bodyChars: window.__nlBenchBody ? window.__nlBenchBody.chars : 0,
    mark: marks.mark,
    painted: marks.painted,
    detects: spans('detect'),
    loadMarks: spans('load-marks'),
    verdict: document.documentElement.getAttribute('data-notice-lens'),
    directives: document.querySelectorAll('[data-nl-directive]').length,
  };
})()`;

interface Span {
  start: number;
  end: number;
}

interface PageRead {
  dcl: number | null;
  body: number | null;
  bodyChars: number;
  mark: number | null;
  painted: number | null;
  detects: Span[];
  loadMarks: Span[];
  verdict: string | null;
  directives: number;
}

export interface LateBodyRun {
  /** The body landed → the first directive mark in the DOM: the row's figure. */
  mark: number;
  painted: number;
  /** DOMContentLoaded → the body landed. */
  bodyAfterDcl: number;
  /** Readings of the page before the body landed (the first one finds no notice). */
  readingsBefore: number;
  /** The body landed → the reading that found the notice began (the watch's quiet period, mostly). */
  toReading: number;
  detect: number;
  loadMarks: number;
  /** From the end of the last of detection and the load to the mark. */
  rest: number;
  verdict: string | null;
  directives: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page and its fragment copied from the corpus to `pagesDir`/late/; returns the path to visit under the server. */
export function lateBodyPage(corpusPagesDir: string, pagesDir: string): string {
  mkdirSync(join(pagesDir, 'late'), { recursive: true });
  const copied = copyPageWithSiblings(corpusPagesDir, `${LATE_BODY_PAGE}.html`, join(pagesDir, 'late'));
  if (!copied.includes(`${LATE_BODY_PAGE}.html`) || !copied.includes(`${LATE_BODY_PAGE}.data.html`)) throw new Error(`${LATE_BODY_PAGE} or its fragment is missing`);
  return `__late/${LATE_BODY_MS}/pages/late/${LATE_BODY_PAGE}.html`;
}

export async function lateBodyRun(context: BrowserContext, url: string): Promise<LateBodyRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(BODY_OBSERVER);
    await page.addInitScript(FIRST_MARK_OBSERVER);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction('window.__nlBenchFirstMark.painted !== null', undefined, { timeout: 10_000, polling: 50 }).catch(() => {});
    await sleep(200);
    const r = (await page.evaluate(READ)) as PageRead;
    const body = r.body ?? NaN;
    const mark = r.mark ?? NaN;
    const reading = r.detects.find((d) => d.start >= body) ?? null;
    const load = r.loadMarks.find((l) => reading !== null && l.start >= reading.end && l.end <= mark) ?? null;
    return {
      mark: mark - body,
      painted: (r.painted ?? NaN) - body,
      bodyAfterDcl: body - (r.dcl ?? NaN),
      readingsBefore: r.detects.filter((d) => d.start < body).length,
      toReading: (reading?.start ?? NaN) - body,
      detect: reading ? reading.end - reading.start : NaN,
      loadMarks: load ? load.end - load.start : NaN,
      rest: mark - Math.max(reading?.end ?? NaN, load?.end ?? -Infinity),
      verdict: r.verdict,
      directives: r.directives,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

const fmt = (x: number) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');

/** Row 1.5: the median of the runs against the same 100 ms as the first marks after DOMContentLoaded. */
export function lateBodyRow(runs: LateBodyRun[], first: LateBodyRun | null, quietMs: number): Row {
  const problems: string[] = [];
  if (runs.some((r) => r.verdict !== 'notice')) problems.push(`verdict ${[...new Set(runs.map((r) => r.verdict))].join('/')} (expected notice)`);
  const missing = runs.filter((r) => !Number.isFinite(r.mark)).length;
  if (missing) problems.push(`no body or no mark seen in ${missing} of ${runs.length} runs`);
  if (runs.some((r) => r.readingsBefore < 1)) problems.push('the body landed before the first reading (not a late body)');
  const s = (k: keyof LateBodyRun) => stat(runs.map((r) => r[k] as number));
  const mark = s('mark');
  const median = (k: keyof LateBodyRun) => fmt(s(k).median);
  const firstNote = first ? `first visit in a fresh browser: ${fmt(first.mark)} (to the reading ${fmt(first.toReading)} · detect ${fmt(first.detect)} · load-marks ${fmt(first.loadMarks)} · rest ${fmt(first.rest)})` : 'first visit in a fresh browser: failed';
  return finishRow(
    {
      id: '1.5',
      section: 1,
      what: `a real notice whose article its script fetches, answered ${LATE_BODY_MS} ms late (${LATE_BODY_PAGE}): first directive mark after the body lands`,
      measured: { label: 'body in the page → first mark in the DOM', unit: 'ms', value: mark.median, stat: mark },
      baseline: null,
      target: { max: FIRST_MARK_MS, on: 'value', unit: 'ms' },
      notes:
        `the same ${FIRST_MARK_MS} ms as after DOMContentLoaded, counted from the body; body landed ${median('bodyAfterDcl')} ms after DCL, ` +
        `after ${median('readingsBefore')} reading(s) without it; then to the next reading ${median('toReading')} (the watch waits ${quietMs} ms of quiet) · ` +
        `detect ${median('detect')} · load-marks ${median('loadMarks')} · rest ${median('rest')} (medians); painted ${median('painted')}; ` +
        `${runs[0]?.directives ?? 0} directives; ${firstNote}` +
        (problems.length ? `; INVALID: ${problems.join(', ')}` : ''),
      details: { runs, firstVisit: first, problems },
    },
    problems.length === 0,
  );
}
