/**
 * Section 8: the pipeline on real notices, not generated ones. The corpus's saved pages (tests/fixtures/corpus,
 * labelled for the eval) are copied beside the bench pages and each is visited as a notice (ours) and under a
 * non-government host name (a cold Readability.parse), alternately; a page's ratio is the median of its pairs,
 * and the row gives the median page. Only the test split, never tuned on: the pages a speed rule was not fitted
 * to (and half the bench time the whole corpus would take). Framed pages are left out (the body is not in the
 * page the baseline parses).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Label } from '../eval/score';
import { baselineRun, pipelineRun, type BaselineRun, type PipelineRun } from './measure';
import { finishRow, stat, type Row } from './report';

/** Pairs per page: enough for a page's median; the row's figure is the median over many pages. */
const PAIRS = 3;

export interface CorpusPage {
  id: string;
  file: string;
  split: 'dev' | 'test';
  chars: number;
}

/**
 * Copies a saved page and what its own scripts fetch beside it (a CMS's body fragment, `<name>.data.html`) from
 * `from` to `to`: without them such a page shows only its loading tip, and its verdict is not a notice's. Returns
 * the files copied. `files` is `from`'s listing, when the caller has it.
 */
export function copyPageWithSiblings(from: string, name: string, to: string, files: string[] = readdirSync(from)): string[] {
  const stem = name.replace(/\.html$/, '');
  const copied = files.filter((f) => f === name || f.startsWith(`${stem}.`));
  for (const f of copied) copyFileSync(join(from, f), join(to, f));
  return copied;
}

/** The corpus's notices that fit a single-document visit, copied under `dir` (the bench server's root). */
export function corpusNoticePages(corpusDir: string, dir: string): CorpusPage[] {
  const labels = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as Label[];
  mkdirSync(join(dir, 'corpus'), { recursive: true });
  const pages: CorpusPage[] = [];
  // Each folder's files, listed once.
  const listed: Record<string, string[]> = {};
  for (const l of labels) {
    if (!l.notice) continue;
    const html = readFileSync(join(corpusDir, l.file), 'utf8');
    if (/<i?frame[\s>]/i.test(html)) continue;
    const name = basename(l.file);
    const from = dirname(join(corpusDir, l.file));
    copyPageWithSiblings(from, name, join(dir, 'corpus'), (listed[from] ??= readdirSync(from)));
    const file = `corpus/${name}`;
    const text = l.text ? readFileSync(join(corpusDir, l.text), 'utf8') : '';
    pages.push({ id: l.id, file, split: l.split, chars: text.replace(/\s+/g, '').length });
  }
  return pages;
}

interface PageResult {
  page: CorpusPage;
  ratio: number;
  total: number;
  readability: number;
}

const median = (xs: number[]) => stat(xs).median;
const fmt = (x: number) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');

async function measurePage(context: BrowserContext, url: (host: string, path: string) => string, hosts: { gov: string; other: string }, page: CorpusPage, readability: string): Promise<PageResult | string> {
  const ours: PipelineRun[] = [];
  const base: BaselineRun[] = [];
  for (let i = 0; i < PAIRS; i++) {
    const runOurs = async () => ours.push(await pipelineRun(context, url(hosts.gov, page.file)));
    const runBase = async () => base.push(await baselineRun(context, url(hosts.other, page.file), readability));
    if (i % 2) {
      await runBase();
      await runOurs();
    } else {
      await runOurs();
      await runBase();
    }
  }
  if (ours.some((r) => r.verdict !== 'notice')) return `${page.id}: verdict ${[...new Set(ours.map((r) => r.verdict))].join('/')}`;
  if (base.some((r) => r.extensionRan)) return `${page.id}: extension ran on the baseline`;
  const ratios = ours.map((r, i) => (r.stages.total ?? NaN) / base[i]!.readability);
  return { page, ratio: median(ratios), total: median(ours.map((r) => r.stages.total ?? NaN)), readability: median(base.map((r) => r.readability)) };
}

/** One page's first visit in a freshly started browser: ours, then Readability in the same browser. */
export interface CorpusFirstVisit {
  id: string;
  total: number;
  readability: number;
}

/** Pages of the split, spread evenly over it, each visited first in a browser of its own. */
const FIRST_VISIT_PAGES = 9;

/** A fresh browser per call, closed after it; null when the visit failed. */
export type FreshVisit = (visit: (context: BrowserContext) => Promise<CorpusFirstVisit>) => Promise<CorpusFirstVisit | null>;

async function firstVisits(fresh: FreshVisit, url: (host: string, path: string) => string, hosts: { gov: string; other: string }, pages: CorpusPage[], readability: string): Promise<CorpusFirstVisit[]> {
  const out: CorpusFirstVisit[] = [];
  const count = Math.min(FIRST_VISIT_PAGES, pages.length);
  for (let k = 0; k < count; k++) {
    const page = pages[Math.floor(((k + 0.5) * pages.length) / count)]!;
    const r = await fresh(async (context) => {
      const ours = await pipelineRun(context, url(hosts.gov, page.file));
      const base = await baselineRun(context, url(hosts.other, page.file), readability);
      return { id: page.id, total: ours.verdict === 'notice' ? ours.stages.total ?? NaN : NaN, readability: base.readability };
    });
    if (r && Number.isFinite(r.total)) out.push(r);
  }
  return out;
}

export async function corpusSection(
  context: BrowserContext,
  url: (host: string, path: string) => string,
  hosts: { gov: string; other: string },
  pages: CorpusPage[],
  readability: string,
  log: (s: string) => void,
  fresh?: FreshVisit,
): Promise<Row[]> {
  const rows: Row[] = [];
  let n = 0;
  for (const split of ['test'] as const) {
    n++;
    const results: PageResult[] = [];
    const skipped: string[] = [];
    for (const page of pages.filter((p) => p.split === split)) {
      const r = await measurePage(context, url, hosts, page, readability);
      if (typeof r === 'string') skipped.push(r);
      else results.push(r);
    }
    const ratios = stat(results.map((r) => r.ratio));
    const totals = stat(results.map((r) => r.total));
    const parses = stat(results.map((r) => r.readability));
    const chars = stat(results.map((r) => r.page.chars));
    const worst = [...results].sort((a, b) => b.ratio - a.ratio).slice(0, 3);
    const under = results.filter((r) => r.ratio <= 0.5).length;
    const splitPages = pages.filter((p) => p.split === split);
    const first = fresh ? await firstVisits(fresh, url, hosts, splitPages, readability) : [];
    const firstRatios = stat(first.map((f) => f.total / f.readability));
    const firstNote = !fresh
      ? 'no first visits'
      : first.length
        ? `first visits in a fresh browser, ${first.length} pages spread over the split: total ${fmt(stat(first.map((f) => f.total)).median)} ms, ` +
          `${fmt(firstRatios.median)}× Readability in the same browser (range ${fmt(firstRatios.min)}–${fmt(firstRatios.max)}×)`
        : 'first visits in a fresh browser: failed';
    log(`8 ${split}: ${results.length} pages, median ratio ${fmt(ratios.median)}× (IQR ${fmt(ratios.q1)}–${fmt(ratios.q3)})`);
    rows.push(
      finishRow(
        {
          id: `8.${n}`,
          section: 8,
          what: `real notices, corpus ${split} split (${results.length} pages, median ${Math.round(chars.median).toLocaleString('en-US')} chars): pipeline vs Readability, median page`,
          measured: { label: 'notice-lens:total', unit: 'ms', value: totals.median, stat: totals },
          baseline: { label: 'Readability.parse', unit: 'ms', value: parses.median, stat: parses },
          ratio: ratios.median,
          target: { max: 0.5, on: 'ratio' },
          notes:
            `per-page ratio IQR ${fmt(ratios.q1)}–${fmt(ratios.q3)}×, range ${fmt(ratios.min)}–${fmt(ratios.max)}×; ${under} of ${results.length} pages at ≤ 0.5×; ` +
            `highest: ${worst.map((w) => `${w.page.id} ${fmt(w.ratio)}×`).join(', ')}; ${PAIRS} pairs per page, one long-lived browser; ${firstNote}` +
            (skipped.length ? `; left out: ${skipped.join('; ')}` : ''),
          details: { split, pages: results.map((r) => ({ id: r.page.id, chars: r.page.chars, ratio: r.ratio, total: r.total, readability: r.readability })), skipped, firstVisits: first },
        },
        results.length > 0,
      ),
    );
  }
  return rows;
}
