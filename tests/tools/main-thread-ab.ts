/**
 * A developer's tool, not a test: the main-thread time of a whole visit (the page's own work, ours, compile, style
 * and layout) under two builds, traced as the bench's section 7 traces it, alternating fresh tabs of two browsers
 * so machine noise hits both alike. The page's own work is the same under both builds: the difference of the
 * medians is what one build adds over the other.
 *
 *   npx tsx tests/tools/main-thread-ab.ts DIR_A DIR_B [runs] [page.html ...]
 *
 * DIR_A/DIR_B are built extensions (NL_OUT_DIR=… npx wxt build). The pages are the bench's (npm run bench writes
 * them to tests/.tmp/bench/pages). A visit's trace runs until 2 s after the load event (the panel mounted, the facts
 * read, the idle work done).
 */
import type { ExtensionBrowser } from './browser';
import { mainThreadRun } from '../bench/main-thread';
import { alternateVisits, median, withTwoBuilds } from './alternate';

const [dirA, dirB, runsArg, ...pageArgs] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: main-thread-ab.ts DIR_A DIR_B [runs] [pages…]');
const runs = Number(runsArg ?? 15);
const pages = pageArgs.length ? pageArgs : ['sample-notice.html', 'formal-20k.html'];
const METRICS = ['total', 'script', 'render', 'other', 'our tasks', 'our longest'] as const;

/** One traced visit (the bench's section 7): main-thread time by kind and the tasks that ran our scripts, ms. */
async function visit(b: ExtensionBrowser, url: string): Promise<Record<string, number>> {
  const run = await mainThreadRun(b.context, url, b.extensionId);
  if (!run.settled) throw new Error(`${url}: the visit had not settled when the trace ended`);
  return { total: run.total, script: run.script, render: run.render, other: run.other, 'our tasks': run.oursTasks, 'our longest': run.oursLongest };
}

await withTwoBuilds({ A: dirA, B: dirB }, async ({ A, B }, urlOf) => {
  for (const p of pages) {
    const url = urlOf(p);
    // One visit each first, unrecorded: the sites' code caches are then as warm in both browsers.
    await visit(A, url);
    await visit(B, url);
    const got = await alternateVisits({ A, B }, runs, (b) => visit(b, url));
    const row = METRICS.map((k) => {
      const a = median(got.A[k] ?? []);
      const bb = median(got.B[k] ?? []);
      return `${k} ${a.toFixed(1)} → ${bb.toFixed(1)} ms (${bb - a >= 0 ? '+' : ''}${(bb - a).toFixed(1)})`;
    });
    console.log(`${p} (${runs} visits each):\n  ${row.join('\n  ')}`);
  }
});
