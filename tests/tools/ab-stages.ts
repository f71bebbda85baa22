/**
 * A developer's tool, not a test: compares the extension's own stage timings
 * (notice-lens:* measures) between two builds on the bench pages, alternating
 * fresh tabs of two browsers so machine noise hits both alike.
 *
 *   npx tsx tests/tools/ab-stages.ts DIR_A DIR_B [runs] [page.html ...]
 *
 * DIR_A/DIR_B are built extensions (.output/chrome-mv3 copied aside). The pages
 * are the bench's (npm run bench writes them to tests/.tmp/bench/pages).
 */
import type { ExtensionBrowser } from './browser';
import { alternateVisits, median, withTwoBuilds } from './alternate';

const [dirA, dirB, runsArg, ...pageArgs] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: ab-stages.ts DIR_A DIR_B [runs] [pages…]');
const runs = Number(runsArg ?? 9);
const pages = pageArgs.length ? pageArgs : ['sample-notice.html', 'formal-20k.html', 'notice-200k.html', 'column-500.html'];

async function stages(b: ExtensionBrowser, url: string): Promise<Record<string, number>> {
  const page = await b.context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-notice-lens'), null, { timeout: 20_000 });
    await page.waitForTimeout(200);
    return await page.evaluate(() => {
      const measures = performance.getEntriesByType('measure').filter((e) => e.name.startsWith('notice-lens:'));
      const stages = Object.fromEntries(measures.map((e) => [e.name.slice(12), e.duration]));
      // When the marks were made, from DOMContentLoaded (the bench's rows 1.nc read the DOM instead).
      const highlight = measures.find((e) => e.name === 'notice-lens:highlight');
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (highlight && nav) stages['marked-after-dcl'] = highlight.startTime + highlight.duration - nav.domContentLoadedEventEnd;
      // A long notice marks its first screen first (notice-lens:first-marks): when the reader first sees marks.
      const first = measures.find((e) => e.name === 'notice-lens:first-marks') ?? highlight;
      if (first && nav) stages['first-marked-after-dcl'] = first.startTime + first.duration - nav.domContentLoadedEventEnd;
      return stages;
    });
  } finally {
    await page.close();
  }
}

await withTwoBuilds({ A: dirA, B: dirB }, async (browsers, urlOf) => {
  for (const p of pages) {
    const url = urlOf(p);
    const got = await alternateVisits(browsers, runs, (b) => stages(b, url));
    const keys = [...new Set([...Object.keys(got.A), ...Object.keys(got.B)])].filter((k) => k !== 'anchor');
    console.log(`${p}: ${keys.map((k) => `${k} ${median(got.A[k] ?? []).toFixed(2)} → ${median(got.B[k] ?? []).toFixed(2)}`).join(' · ')}`);
  }
});
