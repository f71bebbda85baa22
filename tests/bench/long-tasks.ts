/**
 * Section 6 of the bench: the longest main-thread task Notice Lens causes on odd
 * and huge pages, against the budget of 50 ms. One CDP trace per page visit; a
 * task (a RunTask on the page's renderer main thread) is Notice Lens's when
 * anything run inside it names one of the extension's scripts (the content
 * script's evaluation, a callback, a continuation after a yield). The same page
 * under the empty content script gives the page's own longest task, for scale.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { finishRow, stat, type Row, type Stat } from './report';
import { FLOOR_MARK, type OddPage } from './odd-pages';

export const LONG_TASK_BUDGET_MS = 50;
// RunTask (the task) and EvaluateScript (a content script's run, with its URL) are in the disabled-by-default
// timeline category, FunctionCall (a callback, with its script's URL) in devtools.timeline. The stack category
// gives ScheduleStyleRecalculation and InvalidateLayout the script stack that caused them: how a rendering task
// that runs none of our script is still known to be ours (the style and layout our marks cause).
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string; frame?: string; stackTrace?: { url?: string }[] }; beginData?: { url?: string } };
}

export interface LongTaskRun {
  /** Longest task caused by the extension, ms (0 when none): one that ran its scripts, or a rendering task they caused. */
  oursMax: number;
  /** Longest task that ran any of the extension's scripts, ms. */
  oursScriptMax: number;
  /** Longest rendering task (style, layout, paint) that the extension's scripts caused without running in it, ms. */
  oursRenderingMax: number;
  /** How many of those took over the budget. */
  oursOver: number;
  /** All of the extension's task time, ms. */
  oursTotal: number;
  /** Longest task of any kind on the page's main thread, ms. */
  pageMax: number;
  verdict: string | null;
  analyses: number;
  total: number | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function eventUrl(e: TraceEvent): string | undefined {
  const d = e.args?.data;
  return d?.url ?? d?.scriptName ?? d?.stackTrace?.[0]?.url;
}

/** Names of the work a rendering task does (style, layout, paint). */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint']);
/** Invalidations that schedule that work; with the stack category, they name the script that caused them. */
const INVALIDATIONS = new Set(['ScheduleStyleRecalculation', 'InvalidateLayout']);

function stackNames(e: TraceEvent, origin: string): boolean {
  return e.args?.data?.stackTrace?.some((f) => f.url?.startsWith(origin)) ?? false;
}

export interface TraceTask {
  dur: number;
  /** One of `origin`'s scripts ran in it. */
  ours: boolean;
  /**
   * A rendering task (style, layout, paint) that ran none of our script, after one of our scripts invalidated
   * style or layout since the last rendering: the frame our marks or panel made the page do.
   */
  oursRendering: boolean;
}

/** The tasks of the main thread that parsed `url`, each with whether one of `origin`'s scripts ran in it or caused it. */
export function tasksOf(events: TraceEvent[], url: string, origin: string): TraceTask[] {
  const parse = pageThread(events, url);
  if (!parse) return [];
  const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid).sort((a, b) => a.ts - b.ts);
  const tasks: TraceTask[] = [];
  // Our scripts invalidated style or layout, and no rendering has run since.
  let invalidatedByUs = false;
  for (let i = 0; i < thread.length; i++) {
    const t = thread[i]!;
    if (t.name !== 'RunTask' || t.ph !== 'X' || !t.dur) continue;
    const end = t.ts + t.dur;
    let ours = false;
    let renders = false;
    let invalidates = false;
    // Events inside the task follow it in time order (nested tasks are skipped over with it).
    let j = i + 1;
    for (; j < thread.length && thread[j]!.ts <= end; j++) {
      const e = thread[j]!;
      if (!ours && eventUrl(e)?.startsWith(origin)) ours = true;
      if (RENDERING.has(e.name)) renders = true;
      if (INVALIDATIONS.has(e.name) && stackNames(e, origin)) invalidates = true;
    }
    tasks.push({ dur: t.dur / 1000, ours, oursRendering: !ours && renders && invalidatedByUs });
    // A rendering task takes care of what was invalidated before it; what this task invalidated after its own
    // rendering (rare) is counted with the next one.
    if (renders) invalidatedByUs = false;
    if (invalidates) invalidatedByUs = true;
  }
  return tasks;
}

/** The page's main thread: the one that parsed `url`, or, where no event names it, the busiest renderer main. */
function pageThread(events: TraceEvent[], url: string): { pid: number; tid: number } | undefined {
  return events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url) ?? busiestRendererMain(events);
}

/** The task that made a floor page's change (it holds the page's mark), and the style, layout and paint in it. */
export interface FloorTask {
  /** The whole task, ms: the page's script finding its place and making the change, then the frame rendering it. */
  task: number;
  /** Of it, style, layout, pre-paint, paint and layerize, ms: what the change costs the page to show. */
  rendering: number;
}

const FRAME_WORK = new Set([...RENDERING, 'Layerize']);

/** In a trace of a floor page (./odd-pages.ts floorPage), the task in which its script set `mark` and changed the page. */
export function floorTaskOf(events: TraceEvent[], url: string, mark: string = FLOOR_MARK): FloorTask | null {
  const thread = pageThread(events, url);
  const at = events.find((e) => e.name === mark && e.pid === thread?.pid)?.ts;
  if (!thread || at === undefined) return null;
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined);
  const task = own.find((e) => e.name === 'RunTask' && e.ts <= at && at <= e.ts + e.dur!);
  if (!task) return null;
  const end = task.ts + task.dur!;
  // Outermost events only: a layout that a style update forces runs inside it, and is counted with it.
  let rendering = 0;
  let coveredUntil = -Infinity;
  for (const e of own.filter((x) => FRAME_WORK.has(x.name) && x.ts >= task.ts && x.ts <= end).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < coveredUntil) continue;
    rendering += e.dur!;
    coveredUntil = e.ts + e.dur!;
  }
  return { task: task.dur! / 1000, rendering: rendering / 1000 };
}

/** Opens a floor page under the empty content script with a trace running, and reads the task of its change. */
export async function floorRun(context: BrowserContext, url: string): Promise<FloorTask | null> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [...CATEGORIES, 'blink.user_timing'] } } as never);
    await tab.goto(url, { timeout: 90_000 });
    await tab.waitForFunction(`performance.getEntriesByName(${JSON.stringify(FLOOR_MARK)}).length > 0`, undefined, { timeout: 90_000 });
    // The frame after the mark has to finish: let it.
    await sleep(1_000);
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    return floorTaskOf(events, url);
  } finally {
    await tab.close().catch(() => {});
  }
}

/** Where the page's parse left no event naming it: the renderer main thread that ran the most task time. */
function busiestRendererMain(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const time = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'RunTask' && e.dur && mains.has(key)) time.set(key, (time.get(key) ?? 0) + e.dur);
  }
  const best = [...time].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!best) return undefined;
  const [pid, tid] = best.split(':').map(Number);
  return { pid: pid!, tid: tid! };
}

/** Opens `url` in a fresh tab with a trace running, does what the page asks for, and reads the trace. */
export async function longTaskRun(context: BrowserContext, url: string, extensionId: string, page: OddPage, expectNotice: boolean): Promise<LongTaskRun> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } } as never);
    await tab.goto(url, { timeout: 90_000 });
    if (expectNotice) await tab.waitForSelector('html[data-notice-lens="notice"]', { timeout: 90_000 }).catch(() => {});
    await act(tab, page);
    // A chunked analysis finishes in slices after the attribute is set: let them run.
    await sleep(1_500);
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    const state = (await tab.evaluate(`(() => ({
      verdict: document.documentElement.getAttribute('data-notice-lens'),
      analyses: performance.getEntriesByName('notice-lens:total').length,
      total: performance.getEntriesByName('notice-lens:total')[0]?.duration ?? null,
    }))()`)) as { verdict: string | null; analyses: number; total: number | null };
    const tasks = tasksOf(events, url, `chrome-extension://${extensionId}/`);
    const ours = tasks.filter((t) => t.ours || t.oursRendering).map((t) => t.dur);
    return {
      oursMax: Math.max(0, ...ours),
      oursScriptMax: Math.max(0, ...tasks.filter((t) => t.ours).map((t) => t.dur)),
      oursRenderingMax: Math.max(0, ...tasks.filter((t) => t.oursRendering).map((t) => t.dur)),
      oursOver: ours.filter((d) => d > LONG_TASK_BUDGET_MS).length,
      oursTotal: ours.reduce((a, b) => a + b, 0),
      pageMax: Math.max(0, ...tasks.map((t) => t.dur)),
      ...state,
    };
  } finally {
    await tab.close().catch(() => {});
  }
}

async function act(tab: Page, page: OddPage): Promise<void> {
  if (page.act === 'wait') await sleep(4_000);
  if (page.act === 'scroll') {
    await tab.mouse.move(640, 450);
    for (let i = 0; i < 25; i++) {
      await tab.mouse.wheel(0, 3000);
      await sleep(60);
    }
  }
}

const fmt = (x: number) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');

/** The first visit's longest task of ours, and its parts, as a note. */
function firstVisitNote(first: LongTaskRun | null): string {
  if (!first) return 'first visit in a fresh browser: failed';
  return (
    `first visit in a fresh browser: longest Notice Lens task ${fmt(first.oursMax)} ms (running our scripts ${fmt(first.oursScriptMax)}, ` +
    `rendering ${fmt(first.oursRenderingMax)}), ${first.oursOver} over ${LONG_TASK_BUDGET_MS} ms`
  );
}

/**
 * What the least change Notice Lens makes on the page costs when the page's own script makes it (medians): the
 * floor under the row's figure, for as long as the marks and the hidden copy are elements and styles in the page.
 */
function floorNote(what: string, floor: (FloorTask | null)[]): string {
  const read = floor.filter((f): f is FloorTask => f !== null);
  if (read.length === 0) return `the same change by the page's own script (${what}): not read`;
  return (
    `the same change by the page's own script, empty script (${what}): its task ${fmt(stat(read.map((f) => f.task)).median)} ms, ` +
    `style, layout and paint ${fmt(stat(read.map((f) => f.rendering)).median)} ms (median of ${read.length}${read.length < floor.length ? ` of ${floor.length}` : ''})`
  );
}

/**
 * One row per page: Notice Lens's longest task (median over runs) against the budget; the page's own longest task
 * beside it. `first` is the page's first visit in a freshly started browser (one run, for information: issue 14 wants
 * the cold case beside the median in every row); null when that visit failed.
 */
export function longTaskRow(
  id: string, page: OddPage, htmlBytes: number, ours: LongTaskRun[], empty: LongTaskRun[], first?: LongTaskRun | null, floor?: (FloorTask | null)[],
): Row {
  const problems: string[] = [];
  if (ours.some((r) => r.verdict !== 'notice')) problems.push(`verdict ${[...new Set(ours.map((r) => r.verdict))].join('/')} (expected notice)`);
  if (empty.some((r) => r.verdict !== null)) problems.push('Notice Lens ran in the empty-extension browser');
  if (ours.some((r) => r.pageMax === 0)) problems.push('no trace of the page');
  const mine: Stat = stat(ours.map((r) => r.oursMax));
  const worst = Math.max(...ours.map((r) => r.oursMax));
  const own: Stat = stat(empty.map((r) => r.pageMax));
  const ratio = stat(ours.map((r, i) => r.oursMax / empty[i]!.pageMax).filter(Number.isFinite));
  const emptyScript = stat(empty.map((r) => r.oursMax));
  const row = finishRow(
    {
      id,
      section: 6,
      what: `${page.label} (${(htmlBytes / 1024).toFixed(0)} KB): longest task caused by Notice Lens`,
      measured: { label: 'longest Notice Lens task', unit: 'ms', value: mine.median, stat: mine },
      baseline: { label: "page's own longest task (empty script)", unit: 'ms', value: own.median, stat: own },
      ratio: ratio.median,
      target: { max: LONG_TASK_BUDGET_MS, on: 'value', unit: 'ms' },
      notes:
        `worst run ${fmt(worst)} ms; longest task running our scripts ${fmt(stat(ours.map((r) => r.oursScriptMax)).median)} ms, ` +
        `longest rendering task our changes caused ${fmt(stat(ours.map((r) => r.oursRenderingMax)).median)} ms (medians); ` +
        `tasks over ${LONG_TASK_BUDGET_MS} ms per run ${stat(ours.map((r) => r.oursOver)).median}; ` +
        `all Notice Lens tasks ${fmt(stat(ours.map((r) => r.oursTotal)).median)} ms; notice-lens:total ${fmt(stat(ours.map((r) => r.total ?? NaN)).median)} ms` +
        ` (${stat(ours.map((r) => r.analyses)).median} analyses); empty script's own longest ${fmt(emptyScript.median)} ms` +
        (first === undefined ? '' : `; ${firstVisitNote(first)}`) +
        (page.floor && floor ? `; ${floorNote(page.floor.what, floor)}` : '') +
        (problems.length ? `; INVALID: ${problems.join(', ')}` : ''),
      details: { page: page.file, oursMax: mine, pageMax: own, pairedRatios: ratio, problems, runs: ours, emptyRuns: empty, firstVisit: first ?? null, floor: floor ?? null },
    },
    problems.length === 0,
  );
  // A budget, not a goal: over it is a failure, printed as such.
  return row.result === 'MISS' ? { ...row, result: 'FAIL' } : row;
}
