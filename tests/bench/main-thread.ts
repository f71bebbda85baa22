/**
 * Section 7 of the bench: the main-thread time Notice Lens adds to a notice
 * page (issue 14: script, compile, and the style and layout it causes, ≤ 1× a
 * cold Readability.parse of the same page). One CDP trace per page visit, as in
 * section 6: the renderer main thread that parsed the page, every task from
 * before navigation until SETTLE_MS after `load` — long enough for the panel's
 * mount and the stored annotations' load (`notice-lens:anchor`) to be done; the
 * row is INVALID when a Notice Lens measure ends after the trace. The same visit
 * with the empty content script is the other side of each pair (the browser's
 * own parsing, style, layout and paint of the page), so the difference is what
 * Notice Lens adds, wherever it lands: its own tasks, and the style, layout and
 * paint its marks and panel cause in the page's rendering tasks.
 *
 * Each event's self time (its duration minus its children's) goes to one kind:
 * script (script runs, compiling, GC, making the script's world), rendering
 * (style, layout, paint, compositing) or other (parsing, task overhead).
 */
import type { BrowserContext } from 'playwright-core';
import { tasksOf, type TraceEvent } from './long-tasks';
import { finishRow, stat, type Row, type Stat } from './report';

/** After `load`: the first visit in a fresh browser loads notice-app.js cold, so allow well over its ~0.5 s. */
export const SETTLE_MS = 2_000;

// v8.execute holds RunMicrotasks (promise continuations: most of an async content script's work). Not 'v8':
// its event per call into V8 slowed notice-lens:total by half again in a probe (these add about a third).
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

type Kind = 'script' | 'render' | 'other';

const SCRIPT = new Set([
  'EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch', 'RunMicrotasks',
  'RunYieldContinuation', 'UserTiming::Measure', 'MinorGC', 'MajorGC', 'ContextCreatedNotification', 'InstallConditionalFeatures',
]);
const RENDER = new Set([
  'UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'Layout', 'PrePaint', 'Paint', 'PaintImage', 'Layerize',
  'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'HitTest', 'IntersectionObserverController::computeIntersections', 'ScrollLayer',
]);

function kindOf(name: string): Kind | null {
  if (SCRIPT.has(name) || /^(v8|V8)\./.test(name) || name.startsWith('LocalWindowProxy::')) return 'script';
  if (RENDER.has(name)) return 'render';
  return null;
}


export interface MainThreadRun {
  /** All task time of the page's main thread, ms. */
  total: number;
  /** Self time by kind, ms (they add up to total). */
  script: number;
  render: number;
  other: number;
  /** The longest task that ran one of the extension's scripts, ms (0 with the empty extension's). */
  oursLongest: number;
  /** All tasks that ran one of the extension's scripts, ms. */
  oursTasks: number;
  verdict: string | null;
  /** notice-lens:total under the trace, ms (the trace slows script: compare row 1.na's, untraced). */
  pipeline: number | null;
  /** The last notice-lens:* measure ended before the trace did. */
  settled: boolean;
}

/** Self time of every complete event inside the thread's top-level tasks, by kind (a child with no kind of its own takes its parent's). */
export function selfTimes(thread: TraceEvent[]): Record<Kind, number> {
  const out: Record<Kind, number> = { script: 0, render: 0, other: 0 };
  const stack: { end: number; kind: Kind; self: number }[] = [];
  const pop = () => {
    const e = stack.pop()!;
    out[e.kind] += e.self;
  };
  for (const e of thread) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    while (stack.length && stack[stack.length - 1]!.end <= e.ts) pop();
    const parent = stack[stack.length - 1];
    if (!parent && e.name !== 'RunTask') continue;
    if (parent) parent.self -= e.dur;
    stack.push({ end: e.ts + e.dur, kind: kindOf(e.name) ?? parent?.kind ?? 'other', self: e.dur });
  }
  while (stack.length) pop();
  return { script: out.script / 1000, render: out.render / 1000, other: out.other / 1000 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One visit to `url` on a fresh tab with a trace running and nothing of the bench's in the page until it ends. */
export async function mainThreadRun(context: BrowserContext, url: string, extensionId: string): Promise<MainThreadRun> {
  const tab = await context.newPage();
  try {
    // A browser-wide trace: a tab's own session now and then misses the process its navigation moves to.
    const browser = context.browser();
    if (!browser) throw new Error('no browser to trace');
    const cdp = await browser.newBrowserCDPSession();
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } } as never);
    await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(SETTLE_MS);
    const traceEnd = Date.now();
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach().catch(() => {});
    const state = (await tab.evaluate(`(() => ({
      verdict: document.documentElement.getAttribute('data-notice-lens'),
      pipeline: performance.getEntriesByName('notice-lens:total')[0]?.duration ?? null,
      lastEnd: Math.max(0, ...performance.getEntriesByType('measure').filter((e) => e.name.startsWith('notice-lens:')).map((e) => e.startTime + e.duration)),
      now: performance.now(),
    }))()`)) as { verdict: string | null; pipeline: number | null; lastEnd: number; now: number };
    const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
    const thread = parse ? events.filter((e) => e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0)) : [];
    const self = selfTimes(thread);
    const ours = tasksOf(events, url, `chrome-extension://${extensionId}/`).filter((t) => t.ours).map((t) => t.dur);
    return {
      total: self.script + self.render + self.other,
      ...self,
      oursLongest: Math.max(0, ...ours),
      oursTasks: ours.reduce((a, b) => a + b, 0),
      verdict: state.verdict,
      pipeline: state.pipeline,
      // performance.now() when the trace ended, from the page's clock read just after.
      settled: state.lastEnd <= state.now - (Date.now() - traceEnd),
    };
  } finally {
    await tab.close().catch(() => {});
  }
}

const fmt = (x: number) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');

/**
 * Row 7.n: the median of the per-pair differences (ours − empty extension's, main-thread time) against a cold
 * Readability.parse of the same page, paired run by run; the split by kind, our longest task and the first visit
 * in a fresh browser in the notes.
 */
export function mainThreadRow(
  id: string,
  what: string,
  ours: MainThreadRun[],
  empty: MainThreadRun[],
  readability: number[],
  first: { ours: MainThreadRun; empty: MainThreadRun } | null,
): Row {
  const problems: string[] = [];
  if (ours.some((r) => r.verdict !== 'notice')) problems.push(`verdict ${[...new Set(ours.map((r) => r.verdict))].join('/')} (expected notice)`);
  if (empty.some((r) => r.verdict !== null)) problems.push('Notice Lens ran in the empty-extension browser');
  if (ours.some((r) => !r.settled)) problems.push(`Notice Lens still measuring ${SETTLE_MS} ms after load`);
  if ([...ours, ...empty].some((r) => r.total === 0)) problems.push('no trace of the page');
  const diff = (k: 'total' | 'script' | 'render' | 'other') => stat(ours.map((r, i) => r[k] - empty[i]![k]));
  const added = diff('total');
  const base = stat(readability);
  const ratio = stat(ours.map((r, i) => (r.total - empty[i]!.total) / readability[i]!).filter(Number.isFinite));
  const longest = stat(ours.map((r) => r.oursLongest));
  const spread = (s: Stat) => `${fmt(s.q1)}–${fmt(s.q3)}`;
  const raw = { ours: stat(ours.map((r) => r.total)), empty: stat(empty.map((r) => r.total)) };
  const firstNote = first
    ? `first visit in a fresh browser: +${fmt(first.ours.total - first.empty.total)} (script ${fmt(first.ours.script - first.empty.script)} · ` +
      `rendering ${fmt(first.ours.render - first.empty.render)}; longest task of ours ${fmt(first.ours.oursLongest)})`
    : 'first visit in a fresh browser: failed';
  return finishRow(
    {
      id,
      section: 7,
      what: `${what}: main-thread time Notice Lens adds vs Readability`,
      measured: { label: 'main thread, ours − empty script', unit: 'ms', value: added.median, stat: added },
      baseline: { label: 'Readability.parse', unit: 'ms', value: base.median, stat: base },
      ratio: ratio.median,
      target: { max: 1, on: 'ratio' },
      notes:
        `of it Script+V8Compile +${fmt(diff('script').median)} · style/layout/paint +${fmt(diff('render').median)} · other (parse, task overhead) ${fmt(diff('other').median)} (median differences); ` +
        `longest task of ours ${fmt(longest.median)} (worst ${fmt(longest.max)}), tasks running our scripts ${fmt(stat(ours.map((r) => r.oursTasks)).median)}; ` +
        `raw main thread ${fmt(raw.ours.median)} (IQR ${spread(raw.ours)}) vs ${fmt(raw.empty.median)} (IQR ${spread(raw.empty)}); ` +
        `notice-lens:total under the trace ${fmt(stat(ours.map((r) => r.pipeline ?? NaN)).median)}; ${firstNote}` +
        (problems.length ? `; INVALID: ${problems.join(', ')}` : ''),
      details: {
        pairedRatios: ratio,
        script: diff('script'),
        render: diff('render'),
        other: diff('other'),
        oursLongest: longest,
        rawTotal: raw,
        firstVisit: first,
        problems,
      },
    },
    problems.length === 0,
  );
}

export interface MainThreadPage {
  file: string;
  /** The row's page, e.g. "sample notice (12 KB, 1,950 chars)". */
  what: string;
}

/**
 * The section: per page, `runs` triples — ours (browser A), the empty script (browser B), and Readability.parse
 * on the page under a non-government host name (browser A, as section 1) — ours and the empty script's in
 * alternating order; then one visit each in a freshly started browser of either kind.
 */
export async function mainThreadSection(o: {
  ours: { context: BrowserContext; extensionId: string };
  empty: { context: BrowserContext };
  pages: MainThreadPage[];
  runs: number;
  govUrl: (file: string) => string;
  otherUrl: (file: string) => string;
  readability: (url: string) => Promise<number>;
  fresh: (empty: boolean) => Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }>;
  log: (msg: string) => void;
}): Promise<Row[]> {
  const rows: Row[] = [];
  let n = 0;
  for (const p of o.pages) {
    n++;
    const url = o.govUrl(p.file);
    const ourRun = (context: BrowserContext) => mainThreadRun(context, url, o.ours.extensionId);
    // Warm both browsers on the page once; not counted.
    await ourRun(o.ours.context);
    await ourRun(o.empty.context);
    const ours: MainThreadRun[] = [];
    const empty: MainThreadRun[] = [];
    const parse: number[] = [];
    for (let i = 0; i < o.runs; i++) {
      const pair = [async () => ours.push(await ourRun(o.ours.context)), async () => empty.push(await ourRun(o.empty.context))];
      for (const step of i % 2 ? pair.reverse() : pair) await step();
      parse.push(await o.readability(o.otherUrl(p.file)));
    }
    const first = await firstVisits(o.fresh, url);
    const row = mainThreadRow(`7.${n}`, p.what, ours, empty, parse, first);
    rows.push(row);
    o.log(`7 ${p.file}: +${fmt(row.measured.value ?? NaN)} ms main thread (Readability ${fmt(row.baseline?.value ?? NaN)} ms) ${row.result}`);
  }
  return rows;
}

/** One visit in a freshly started browser with Notice Lens and one in a fresh one with the empty script. */
async function firstVisits(
  fresh: (empty: boolean) => Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }>,
  url: string,
): Promise<{ ours: MainThreadRun; empty: MainThreadRun } | null> {
  const visit = async (emptyScript: boolean, extensionId?: string) => {
    const b = await fresh(emptyScript);
    try {
      return { run: await mainThreadRun(b.context, url, extensionId ?? b.extensionId), id: b.extensionId };
    } finally {
      await b.close().catch(() => {});
    }
  };
  try {
    const ours = await visit(false);
    // The empty extension's id differs; our scripts are looked for under ours (none run there).
    const empty = await visit(true, ours.id);
    return { ours: ours.run, empty: empty.run };
  } catch {
    return null;
  }
}
