/**
 * Section 4 in the browser: the notes library page (library.html) of the built
 * extension, with the bench's 20,000 annotations on 2,000 notices loaded into
 * its store through `backup/import-items` (from an extension page, in chunks).
 *
 * Everything is timed in the page with its own performance.now(), by an init
 * script that is in the page before any of the library's code:
 * - first render: navigation start (performance.now() = 0) → the first notice
 *   cards in the DOM (a MutationObserver) → the end of the next frame (rAF,
 *   then a MessageChannel message, which runs after that frame's style, layout
 *   and paint). It also wraps chrome.runtime.sendMessage to time the page's
 *   two store requests.
 * - a keystroke: the `input` event, from its capture listener on window (first
 *   to run) to its bubble listener on window (last to run: the library's handler
 *   and Preact's re-render, a microtask, are done), then from the next frame's
 *   rAF to the end of that frame. Headless Chromium draws frames at 60 Hz, so the
 *   wall time from input to paint also holds the wait for the next frame
 *   (0–16.7 ms, whatever the work); the notes report it, the figure is the
 *   main-thread work of the keystroke: handler + render + that frame.
 * - export: the same around the click on the export button.
 * The baselines: getAll() of both stores from another extension page
 * (indexedDB.open + one readonly transaction), and keystrokes in a plain
 * <input> with no listener added to the same page.
 *
 * Page-side code is passed as source strings (tsx would wrap inline functions
 * in helpers the page does not have).
 */
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tools/browser';
import type { LibraryData } from './library';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The queries typed into the search box, one character at a time and then deleted one at a time. */
export const LIBRARY_QUERIES = ['秦岭', '整治', 'permit'];

export interface Keystroke {
  /** Text inserted (as an IME commits a character), or null for Backspace. */
  insert: string | null;
  /** The search box's value after the keystroke. */
  value: string;
  kind: 'zh' | 'en' | 'delete';
}

/** Each query typed character by character, then deleted with Backspace back to an empty box. */
export function keystrokePlan(queries: string[] = LIBRARY_QUERIES): Keystroke[] {
  const plan: Keystroke[] = [];
  for (const q of queries) {
    const chars = [...q];
    chars.forEach((c, i) => plan.push({ insert: c, value: chars.slice(0, i + 1).join(''), kind: /[\u2e80-\uffff]/.test(c) ? 'zh' : 'en' }));
    for (let i = chars.length - 1; i >= 0; i--) plan.push({ insert: null, value: chars.slice(0, i).join(''), kind: 'delete' });
  }
  return plan;
}

// ---------------------------------------------------------------------------
// Page-side code

/** Installed with addInitScript before library.html loads: records first render, keystrokes and clicks. */
const INIT = `(() => {
  if (window.__nlBench) return;
  const B = (window.__nlBench = { msgs: [], keys: [], clicks: [], waiters: [] });
  const now = () => performance.now();
  const text = (sel) => { const e = document.querySelector(sel); return e ? e.textContent : null; };
  B.flush = () => {
    B.waiters = B.waiters.filter(([test, resolve]) => (test() ? (resolve(true), false) : true));
  };
  B.when = (test) => new Promise((resolve) => { B.waiters.push([test, resolve]); B.flush(); });
  // The end of the next frame: rAF runs before its style, layout and paint; a message posted there runs after them.
  const nextPaint = (rec, atFrame) => requestAnimationFrame(() => {
    rec.frame = now();
    if (atFrame) atFrame(rec);
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { rec.painted = now(); B.flush(); };
    ch.port2.postMessage(0);
  });
  try {
    const rt = chrome.runtime;
    const send = rt.sendMessage;
    rt.sendMessage = function (...args) {
      const m = { type: args[0] && args[0].type, start: now() };
      const p = send.apply(rt, args);
      if (p && typeof p.then === 'function') p.then(() => { m.end = now(); B.msgs.push(m); }, () => {});
      return p;
    };
  } catch (e) {
    B.wrapError = String(e);
  }
  const mo = new MutationObserver(() => {
    if (B.first || !document.querySelector('[data-nl-notice]')) return;
    mo.disconnect();
    B.first = {
      rows: now(),
      cards: document.querySelectorAll('[data-nl-notice]').length,
      hits: document.querySelectorAll('[data-nl-hit]').length,
      totals: text('[data-nl-field="totals"]'),
      count: text('[data-nl-field="result-count"]'),
    };
    nextPaint(B.first);
  });
  mo.observe(document, { childList: true, subtree: true });
  addEventListener('input', (e) => {
    const t = e.target;
    const rec = { field: (t.getAttribute && t.getAttribute('data-nl-field')) || t.id || '', value: t.value, ts: e.timeStamp, start: now() };
    B.keys.push(rec);
    nextPaint(rec, (r) => {
      r.count = text('[data-nl-field="result-count"]');
      r.cards = document.querySelectorAll('[data-nl-notice]').length;
    });
  }, true);
  addEventListener('input', () => { const r = B.keys[B.keys.length - 1]; if (r) r.handled = now(); }, false);
  addEventListener('click', (e) => {
    const t = e.target.closest && e.target.closest('[data-nl-action="export-all"]');
    if (!t) return;
    const rec = { label: t.textContent, ts: e.timeStamp, start: now() };
    B.clicks.push(rec);
    nextPaint(rec, (r) => { r.message = text('[data-nl-field="message"]'); });
  }, true);
  addEventListener('click', () => { const r = B.clicks[B.clicks.length - 1]; if (r && r.handled === undefined) r.handled = now(); }, false);
})();`;

/** The baseline: what the store holds, read straight from IndexedDB in an extension page. */
const GET_ALL = `(async () => {
  const req = (r) => new Promise((resolve, reject) => { r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
  const t0 = performance.now();
  const db = await req(indexedDB.open('notice-lens'));
  const tx = db.transaction(['annotations', 'notices'], 'readonly');
  const [annotations, notices] = await Promise.all([req(tx.objectStore('annotations').getAll()), req(tx.objectStore('notices').getAll())]);
  const ms = performance.now() - t0;
  db.close();
  return { ms, annotations: annotations.length, notices: notices.length };
})()`;

// ---------------------------------------------------------------------------
// Node side

export interface MessageTiming {
  type: string;
  start: number;
  end: number;
}

export interface FirstRender {
  /** ms since navigation start. */
  rows: number;
  painted: number;
  domContentLoaded: number;
  cards: number;
  hits: number;
  totals: string | null;
  count: string | null;
  msgs: MessageTiming[];
  /** performance.memory.usedJSHeapSize once painted (bytes; precise with --enable-precise-memory-info). */
  heap: number | null;
  wrapError?: string;
  /** ms since navigation start when the annotations were in too (the page drops data-nl-loading). */
  complete: number;
  /** The totals line once complete. */
  totalsComplete: string | null;
}

export interface KeyTiming {
  field: string;
  value: string;
  kind: Keystroke['kind'];
  /** Handler + re-render: capture listener → bubble listener. */
  script: number;
  /** The next frame: rAF → after its paint. */
  frame: number;
  /** script + frame: the keystroke's main-thread work. */
  work: number;
  /** Wall time, the event's timeStamp → after the next paint (holds the wait for the 60 Hz frame). */
  wall: number;
  /** The result count shown at the next frame (null for the plain input). */
  count: number | null;
  cards: number;
}

export interface ExportTiming {
  /** The click's handler (export, Blob, download started) and re-render. */
  script: number;
  work: number;
  wall: number;
  message: string | null;
  label: string | null;
  bytes: number | null;
}

export interface LibraryRun {
  first: FirstRender;
  keys: KeyTiming[];
  plain: KeyTiming[];
  exported: ExportTiming | null;
}

export interface GetAllRun {
  ms: number;
  annotations: number;
  notices: number;
}

export interface PureRun {
  notices: number;
  annotations: number;
  /** buildLibraryIndex ms, per run (the first, cold, left out). */
  build: number[];
  /** queryLibrary ms per keystroke of the plan, per run (pooled). */
  query: number[];
  /** queryLibrary ms per plan step, per run: [run][step]. */
  queryBySteps: number[][];
  /** The number of results for each value typed (the page must show the same). */
  counts: Record<string, number>;
}

function extUrl(b: ExtensionBrowser, path: string): string {
  return `chrome-extension://${b.extensionId}/${path}`;
}

/** An extension page to talk to the store from (note-frame.html is the lightest one). */
async function controlPage(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(extUrl(b, 'note-frame.html'));
  return page;
}

async function sendFrom(page: Page, request: Record<string, unknown>): Promise<unknown> {
  const reply = (await page.evaluate(`chrome.runtime.sendMessage(${JSON.stringify(request)})`)) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
  if (!reply?.ok) throw new Error(`store refused ${String(request.type)}: ${reply?.error?.code} ${reply?.error?.message}`);
  return reply.value;
}

/** Loads the data into the extension's store with `backup/import-items`, `chunk` notices (and their annotations) at a time. */
export async function seedLibrary(b: ExtensionBrowser, data: LibraryData, chunk = 1000): Promise<{ ms: number; chunks: number; stored: GetAllRun }> {
  const ctl = await controlPage(b);
  try {
    const byPage = new Map<string, LibraryData['annotations']>();
    for (const a of data.annotations) {
      const list = byPage.get(a.page);
      if (list) list.push(a);
      else byPage.set(a.page, [a]);
    }
    const t0 = performance.now();
    let chunks = 0;
    for (let i = 0; i < data.notices.length; i += chunk) {
      const notices = data.notices.slice(i, i + chunk);
      const annotations = notices.flatMap((n) => byPage.get(n.page) ?? []);
      await sendFrom(ctl, { type: 'backup/import-items', notices, annotations });
      chunks++;
    }
    const ms = performance.now() - t0;
    const stored = (await ctl.evaluate(GET_ALL)) as GetAllRun;
    return { ms, chunks, stored };
  } finally {
    await ctl.close().catch(() => {});
  }
}

/** One getAll() of both stores, on a freshly opened extension page. */
export async function getAllRun(b: ExtensionBrowser): Promise<GetAllRun> {
  const page = await controlPage(b);
  try {
    await sleep(100);
    return (await page.evaluate(GET_ALL)) as GetAllRun;
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * The library's two store requests, each alone (one after the other, `reps` times), timed
 * in an extension page: what each costs without the other competing for the service worker.
 */
export async function storeRequestsRun(b: ExtensionBrowser, reps = 3): Promise<{ list: number[]; annotations: number[] }> {
  const page = await controlPage(b);
  try {
    return (await page.evaluate(`(async () => {
      const out = { list: [], annotations: [] };
      for (let i = 0; i < ${reps}; i++) {
        for (const type of ['library/list', 'library/annotations']) {
          const t = performance.now();
          const r = await chrome.runtime.sendMessage({ type });
          if (!r || !r.ok) throw new Error('store refused ' + type);
          out[type.slice(8)].push(performance.now() - t);
        }
      }
      return out;
    })()`)) as { list: number[]; annotations: number[] };
  } finally {
    await page.close().catch(() => {});
  }
}

export async function bundleLibrary(outfile: string, entry: string): Promise<string | null> {
  try {
    await build({ entryPoints: [entry], bundle: true, format: 'iife', globalName: 'NLLibrary', outfile, target: 'chrome120', minify: true, logLevel: 'silent' });
    return null;
  } catch (e) {
    return (e as Error).message.split('\n')[0] ?? 'esbuild failed';
  }
}

/**
 * utils/library (bundled) in an extension page, on what the store returns to the
 * library: buildLibraryIndex, then queryLibrary for every value of the plan, `runs` times after one warm-up.
 */
export async function pureRun(b: ExtensionBrowser, bundleSource: string, plan: Keystroke[], runs: number): Promise<PureRun> {
  const page = await controlPage(b);
  try {
    await page.evaluate(`${bundleSource};globalThis.NLLibrary = NLLibrary;0`);
    const values = JSON.stringify(plan.map((k) => k.value));
    return (await page.evaluate(`(async () => {
      const send = (r) => chrome.runtime.sendMessage(r);
      const [list, all] = await Promise.all([send({ type: 'library/list' }), send({ type: 'library/annotations' })]);
      if (!list.ok || !all.ok) throw new Error('store refused the library requests');
      const L = NLLibrary;
      const build = [];
      let index;
      for (let r = 0; r <= ${runs}; r++) {
        const t = performance.now();
        index = L.buildLibraryIndex(list.value, all.value);
        if (r) build.push(performance.now() - t);
      }
      const values = ${values};
      const query = [];
      const queryBySteps = [];
      const counts = {};
      for (let r = 0; r <= ${runs}; r++) {
        const row = [];
        for (const v of values) {
          const t = performance.now();
          const res = L.queryLibrary(index, { sort: 'recent', text: v });
          const ms = performance.now() - t;
          counts[v] = res.length;
          row.push(ms);
        }
        if (r) { query.push(...row); queryBySteps.push(row); }
      }
      return { notices: list.value.length, annotations: all.value.length, build, query, queryBySteps, counts };
    })()`)) as PureRun;
  } finally {
    await page.close().catch(() => {});
  }
}

function keyTiming(rec: Record<string, unknown>, kind: Keystroke['kind']): KeyTiming {
  const n = (k: string) => (typeof rec[k] === 'number' ? (rec[k] as number) : NaN);
  const script = n('handled') - n('start');
  const frame = n('painted') - n('frame');
  const digits = typeof rec.count === 'string' ? rec.count.replace(/[^\d]/g, '') : '';
  return {
    field: String(rec.field ?? ''),
    value: String(rec.value ?? ''),
    kind,
    script,
    frame,
    work: script + frame,
    wall: n('painted') - n('ts'),
    count: digits ? Number(digits) : null,
    cards: typeof rec.cards === 'number' ? rec.cards : 0,
  };
}

/** Types the plan into `selector` (focused first), waiting for the end of the next frame after each key, then a pause. */
async function typePlan(page: Page, selector: string, plan: Keystroke[], gapMs: number): Promise<KeyTiming[]> {
  await page.focus(selector);
  const from = (await page.evaluate('window.__nlBench.keys.length')) as number;
  for (let i = 0; i < plan.length; i++) {
    const k = plan[i]!;
    // Backspace is held until the frame is painted, as a reader's key is (released tens of ms later): with
    // press(), the keyup arrived inside the keystroke's frame and put off the paint report by another frame,
    // counting idle waiting as work (seen in a trace: work done at 8.5 ms, reported at 20.9 ms).
    if (k.insert !== null) await page.keyboard.insertText(k.insert);
    else await page.keyboard.down('Backspace');
    const n = from + i + 1;
    await page.evaluate(`window.__nlBench.when(() => window.__nlBench.keys.length >= ${n} && window.__nlBench.keys[${n - 1}].painted !== undefined)`);
    if (k.insert === null) await page.keyboard.up('Backspace');
    await sleep(gapMs);
  }
  const recs = (await page.evaluate(`window.__nlBench.keys.slice(${from}).map(({ field, value, ts, start, handled, frame, painted, count, cards }) => ({ field, value, ts, start, handled, frame, painted, count, cards }))`)) as Record<string, unknown>[];
  if (recs.length !== plan.length) throw new Error(`expected ${plan.length} input events in ${selector}, saw ${recs.length}`);
  return recs.map((r, i) => keyTiming(r, plan[i]!.kind));
}

const PLAIN_INPUT = `(() => {
  const i = document.createElement('input');
  i.id = 'nl-bench-plain';
  i.style.cssText = 'position:fixed;top:0;right:0;width:12em;z-index:2147483647';
  document.body.appendChild(i);
})()`;

/**
 * One visit of library.html on a fresh tab: its first render; then (after a pause)
 * the keystroke plan in the search box and in a plain <input> (order given);
 * then, when asked, one export of every notice as one Markdown file.
 */
export async function libraryRun(
  b: ExtensionBrowser,
  plan: Keystroke[],
  opts: { plainFirst: boolean; exportAll: boolean; gapMs?: number; settleMs?: number },
): Promise<LibraryRun> {
  const page = await b.context.newPage();
  try {
    await page.addInitScript(INIT);
    await page.goto(extUrl(b, 'library.html'), { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(`window.__nlBench.when(() => window.__nlBench.first && window.__nlBench.first.painted !== undefined)`);
    const first = (await page.evaluate(`(() => {
      const B = window.__nlBench;
      const nav = performance.getEntriesByType('navigation')[0];
      return { ...B.first, msgs: B.msgs, wrapError: B.wrapError, domContentLoaded: nav ? nav.domContentLoadedEventEnd : NaN,
        heap: performance.memory ? performance.memory.usedJSHeapSize : null };
    })()`)) as FirstRender;
    // The notices render first; the annotations (the large reply) follow.
    await page.waitForSelector('main.lib:not([data-nl-loading])', { timeout: 60_000 });
    Object.assign(first, await page.evaluate(() => ({
      complete: performance.now(),
      totalsComplete: document.querySelector('[data-nl-field="totals"]')?.textContent ?? null,
    })));
    // Let the page settle (effects after paint, the change subscription) before typing.
    await sleep(opts.settleMs ?? 300);
    const gap = opts.gapMs ?? 60;
    await page.evaluate(PLAIN_INPUT);
    let keys: KeyTiming[];
    let plain: KeyTiming[];
    if (opts.plainFirst) {
      plain = await typePlan(page, '#nl-bench-plain', plan, gap);
      keys = await typePlan(page, '[data-nl-field="search"]', plan, gap);
    } else {
      keys = await typePlan(page, '[data-nl-field="search"]', plan, gap);
      plain = await typePlan(page, '#nl-bench-plain', plan, gap);
    }
    let exported: ExportTiming | null = null;
    if (opts.exportAll) exported = await exportRun(page, gap);
    return { first, keys, plain, exported };
  } finally {
    await page.close().catch(() => {});
  }
}

/** Every notice (nothing typed, nothing selected) as one combined Markdown file, from the export button. */
async function exportRun(page: Page, gapMs: number): Promise<ExportTiming> {
  await page.click('[data-nl-export-mode="combined"]');
  await sleep(gapMs);
  const from = (await page.evaluate('window.__nlBench.clicks.length')) as number;
  const [download] = (await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-nl-action="export-all"]')])) as [Download, void];
  await page.evaluate(`window.__nlBench.when(() => window.__nlBench.clicks.length > ${from} && window.__nlBench.clicks[${from}].painted !== undefined)`);
  const rec = (await page.evaluate(`window.__nlBench.clicks[${from}]`)) as Record<string, number | string>;
  let bytes: number | null = null;
  try {
    const path = await download.path();
    bytes = path ? statSync(path).size : null;
    await download.delete();
  } catch {
    bytes = null;
  }
  const n = (k: string) => (typeof rec[k] === 'number' ? (rec[k] as number) : NaN);
  const script = n('handled') - n('start');
  return {
    script,
    work: script + n('painted') - n('frame'),
    wall: n('painted') - n('ts'),
    message: typeof rec.message === 'string' ? rec.message : null,
    label: typeof rec.label === 'string' ? rec.label : null,
    bytes,
  };
}

