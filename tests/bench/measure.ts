/**
 * One measurement = one freshly opened tab. Page-side code is passed as source
 * strings (tsx would wrap inline functions in helpers the page does not have),
 * and everything timed in the page is timed with the page's own performance.now().
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Time after `load` before page metrics are read: document_idle scripts have run long before. */
export const SETTLE_MS = 600;

async function withPage<T>(context: BrowserContext, work: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    return await work(page);
  } finally {
    await page.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// Page-side snippets

/** The extension's public state and its User Timing measures. */
const READ_STATE = `(() => {
  const stages = {};
  for (const e of performance.getEntriesByType('measure')) {
    if (e.name.startsWith('notice-lens:')) stages[e.name.slice('notice-lens:'.length)] = e.duration;
  }
  return {
    verdict: document.documentElement.getAttribute('data-notice-lens'),
    stages,
    duplicates: document.querySelectorAll('[data-nl-duplicate]').length,
    directives: document.querySelectorAll('[data-nl-directive]').length,
    isolated: self.crossOriginIsolated === true,
  };
})()`;

/**
 * innerText with a fresh layout: body display:none and back drops the layout tree,
 * so the timed read pays style, layout-tree build and layout from scratch. Then a
 * second read on the laid-out page ("clean").
 */
const INNER_TEXT = `(() => {
  const body = document.body;
  const display = body.style.display;
  body.style.display = 'none';
  void body.offsetHeight;
  body.style.display = display;
  let t = performance.now();
  const fresh = document.body.innerText;
  const freshMs = performance.now() - t;
  t = performance.now();
  const clean = document.body.innerText;
  const cleanMs = performance.now() - t;
  return { freshMs, cleanMs, chars: fresh.length, same: fresh === clean };
})()`;

const READABILITY = `(() => {
  const t = performance.now();
  const article = new Readability(document.cloneNode(true)).parse();
  const ms = performance.now() - t;
  return { ms, chars: article && article.textContent ? article.textContent.length : 0 };
})()`;

// ---------------------------------------------------------------------------
// 1. Notice pipeline and its baselines

export interface PipelineRun {
  verdict: string | null;
  stages: Record<string, number>;
  duplicates: number;
  directives: number;
  isolated: boolean;
}

/** Opens the page under a government host name and reads the extension's own measures once it is done. */
export async function pipelineRun(context: BrowserContext, url: string): Promise<PipelineRun> {
  return withPage(context, async (page) => {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForSelector('html[data-notice-lens]', { timeout: 60_000, state: 'attached' });
    return (await page.evaluate(READ_STATE)) as PipelineRun;
  });
}

export interface BaselineRun {
  innerTextFresh: number;
  innerTextClean: number;
  innerTextChars: number;
  readability: number;
  readabilityChars: number;
  /** The extension must not have run (the page is under a non-government host name). */
  extensionRan: boolean;
}

/** Opens the same page under a non-government host name: one innerText read, then Readability.parse(). */
export async function baselineRun(context: BrowserContext, url: string, readabilityPath: string): Promise<BaselineRun> {
  return withPage(context, async (page) => {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(300);
    const text = (await page.evaluate(INNER_TEXT)) as { freshMs: number; cleanMs: number; chars: number };
    await page.addScriptTag({ path: readabilityPath });
    const r = (await page.evaluate(READABILITY)) as { ms: number; chars: number };
    const ran = (await page.evaluate(`document.documentElement.hasAttribute('data-notice-lens')`)) as boolean;
    return {
      innerTextFresh: text.freshMs,
      innerTextClean: text.cleanMs,
      innerTextChars: text.chars,
      readability: r.ms,
      readabilityChars: r.chars,
      extensionRan: ran,
    };
  });
}

// ---------------------------------------------------------------------------
// 2 and 5. Whole-page cost (CDP Performance metrics) and heap

export interface PageCostRun {
  /** Renderer main thread, ms, from before navigation to SETTLE_MS after load. */
  task: number;
  script: number;
  /** V8 compilation, which CDP counts apart from ScriptDuration. */
  compile: number;
  layout: number;
  style: number;
  /** JS heap after a full GC, bytes (only when asked). */
  heap: number | null;
  verdict: string | null;
  total: number | null;
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * One page visit with nothing of the bench's own in the page until the metrics are
 * read: no waiting on selectors, no evaluate (Playwright's helpers would count).
 */
export async function pageCostRun(context: BrowserContext, url: string, withHeap = false): Promise<PageCostRun> {
  return withPage(context, async (page) => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await metrics(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await sleep(SETTLE_MS);
    const after = await metrics(cdp);
    let heap: number | null = null;
    if (withHeap) {
      await cdp.send('HeapProfiler.collectGarbage');
      heap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    }
    const state = (await page.evaluate(READ_STATE)) as PipelineRun;
    await cdp.detach().catch(() => {});
    const d = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
    return {
      task: d('TaskDuration'),
      script: d('ScriptDuration'),
      compile: d('V8CompileDuration'),
      layout: d('LayoutDuration'),
      style: d('RecalcStyleDuration'),
      heap,
      verdict: state.verdict,
      total: state.stages.total ?? null,
    };
  });
}

// ---------------------------------------------------------------------------
// 3. Re-anchoring

export interface AnchoringRun {
  anchorMs: number;
  indexOfMs: number;
  textChars: number;
  annotations: number;
  anchored: number;
  /** Anchored exactly where the annotation was made (unchanged text) / onto the exact quote (edited text). */
  correct: number;
  indexOfFound: number;
}

/** Page-side: make `count` annotations on the notice's text, optionally edit the text, then time both passes. */
const ANCHORING = `((o) => {
  const A = self.NLAnchoring;
  const original = document.getElementById('zoom').innerText;
  let s = o.seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const spans = [];
  const selectors = [];
  for (let i = 0; i < o.count; i++) {
    const r = rand();
    const len = r < 0.2 ? 4 + Math.floor(rand() * 7) : r < 0.8 ? 10 + Math.floor(rand() * 50) : 60 + Math.floor(rand() * 241);
    const start = Math.floor(rand() * (original.length - len));
    selectors.push(A.describeRange(original, start, start + len));
  }
  let text = original;
  if (o.edited) {
    // One character changed in every 20th quote (same length, offsets unchanged) ...
    const chars = text.split('');
    for (let i = 0; i < selectors.length; i += 20) {
      const p = selectors[i][1];
      const mid = p.start + ((p.end - p.start) >> 1);
      chars[mid] = chars[mid] === '某' ? '甲' : '某';
    }
    text = chars.join('');
    // ... a paragraph inserted near the top, 80 characters deleted in the middle.
    const at = Math.floor(text.length * 0.02);
    const para = '\\n会议还通报了近期全市安全生产检查中发现的问题，要求各单位对照问题清单逐项整改，按期报送整改情况。\\n';
    text = text.slice(0, at) + para + text.slice(at);
    const del = Math.floor(text.length * 0.5);
    text = text.slice(0, del) + text.slice(del + 80);
  }
  const runAnchor = () => {
    const t = performance.now();
    const res = A.anchorMany(text, selectors);
    return { ms: performance.now() - t, res };
  };
  const runIndexOf = () => {
    const t = performance.now();
    let found = 0;
    for (let i = 0; i < selectors.length; i++) if (text.indexOf(selectors[i][0].exact) >= 0) found++;
    return { ms: performance.now() - t, found };
  };
  let a, b;
  if (o.indexOfFirst) { b = runIndexOf(); a = runAnchor(); } else { a = runAnchor(); b = runIndexOf(); }
  let anchored = 0, correct = 0;
  a.res.forEach((r, i) => {
    if (r.status !== 'anchored') return;
    anchored++;
    const q = selectors[i][0], p = selectors[i][1];
    if (o.edited ? text.slice(r.start, r.end) === q.exact || r.method === 'fuzzy' : r.start === p.start && r.end === p.end) correct++;
  });
  return { anchorMs: a.ms, indexOfMs: b.ms, textChars: text.length, annotations: selectors.length, anchored, correct, indexOfFound: b.found };
})`;

export async function anchoringRun(
  context: BrowserContext,
  url: string,
  bundlePath: string,
  options: { edited: boolean; count: number; seed: number; indexOfFirst: boolean },
): Promise<AnchoringRun> {
  return withPage(context, async (page) => {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.addScriptTag({ path: bundlePath });
    return (await page.evaluate(`${ANCHORING}(${JSON.stringify(options)})`)) as AnchoringRun;
  });
}

/** The browser's version, e.g. "156.0.8078.108". */
export async function chromiumVersion(context: BrowserContext): Promise<string> {
  return withPage(context, async (page) => {
    const cdp = await context.newCDPSession(page);
    try {
      const v = (await cdp.send('Browser.getVersion')) as { product: string };
      return v.product.replace(/^[^/]*\//, '');
    } catch {
      const ua = (await page.evaluate('navigator.userAgent')) as string;
      return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown';
    } finally {
      await cdp.detach().catch(() => {});
    }
  });
}
