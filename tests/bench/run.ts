/**
 * npm run bench — "fast on every notice, nearly free on every other page,
 * measured in the real browser". Builds nothing itself (npm run bench runs
 * `wxt build` first); generates the pages, an empty comparison extension and
 * the anchoring bundle into tests/.tmp/bench/, measures in Debian's Chromium,
 * prints one table and writes tests/bench/results.json and docs/bench.md.
 * See docs/bench.md for what each row measures. BENCH_RUNS=n (≥ 5) sets the runs.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../tools/browser';
import { benchLibrary, libraryData } from './library';
import {
  anchoringRun,
  baselineRun,
  chromiumVersion,
  pageCostRun,
  pipelineRun,
  type AnchoringRun,
  type BaselineRun,
  type PageCostRun,
  type PipelineRun,
} from './measure';
import { columnListPage, formalNoticePage, govHomepage, htmlText, longNoticePage, sentencePool, visibleChars, type BenchPage } from './pages';
import { benchMarkdown, finishRow, round, stat, textTable, summary, type Row, type Stat } from './report';
import { startBenchServer, type BenchServer } from './server';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TMP = join(REPO, 'tests/.tmp/bench');
const PAGES = join(TMP, 'pages');
const EMPTY_EXT = join(TMP, 'empty-ext');
const ANCHORING_BUNDLE = join(TMP, 'anchoring.js');
const READABILITY = join(REPO, 'node_modules/@mozilla/readability/Readability.js');
const RESULTS = join(REPO, 'tests/bench/results.json');
const DOC = join(REPO, 'docs/bench.md');

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 9) || 9);
/** Section 2's pages are light and its figure is a small difference: more runs. */
const COST_RUNS = Math.max(RUNS, 9);
const GOV_HOST = 'gxj.xa.gov.cn';
const OTHER_HOST = 'bench.example.com';
const DEADLINE_MS = 20 * 60_000;

const started = Date.now();
const log = (msg: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}\n`);
/**
 * The median of per-run ratios ours[i] / base[i]: run i of ours and of the baseline
 * ran back to back, so a load spike on the machine hits both sides of a pair.
 */
function pairedRatio(ours: number[], base: number[]): Stat {
  return stat(ours.map((x, i) => x / base[i]!).filter((r) => Number.isFinite(r)));
}

// The bench must stop by itself, whatever a browser does.
const watchdog = setTimeout(() => {
  log(`gave up after ${DEADLINE_MS / 60_000} minutes`);
  process.exit(3);
}, DEADLINE_MS);
watchdog.unref();

// ---------------------------------------------------------------------------
// Preparation

interface PageInfo {
  file: string;
  label: string;
  htmlBytes: number;
  bodyChars: number;
  duplicate: boolean;
}

/**
 * Real text the pages are made of: the sample notice and a fixed list of Chinese
 * notices of the corpus (fixed, so the pages stay the same as the corpus grows).
 */
const CORPUS_SOURCES = [
  'gov-air-plan', 'gov-census-5', 'gov-bizenv-opinion', 'gov-executive-meeting', 'zj-implementation',
  'sx-gov-notice', 'xa-city-plan', 'county-flood', 'county-spring-farming', 'mof-notice',
];

function sourceTexts(): { texts: string[]; names: string[] } {
  const sample = readFileSync(join(REPO, 'tests/fixtures/pages/sample-notice.html'), 'utf8');
  const body = sample.slice(sample.indexOf('<div id="zoom"'), sample.indexOf('<div class="share">'));
  const texts = [htmlText(body)];
  const names = ['tests/fixtures/pages/sample-notice.html'];
  for (const id of CORPUS_SOURCES) {
    const file = `tests/fixtures/corpus/texts/${id}.txt`;
    if (!existsSync(join(REPO, file))) {
      log(`source text missing, pages will differ from earlier runs: ${file}`);
      continue;
    }
    texts.push(readFileSync(join(REPO, file), 'utf8'));
    names.push(file);
  }
  return { texts, names };
}

function writePages(pool: string[]): { notices: PageInfo[]; others: PageInfo[]; anchoring: PageInfo } {
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(PAGES, { recursive: true });
  const info = (p: BenchPage, label: string, duplicate = false): PageInfo => {
    writeFileSync(join(PAGES, p.file), p.html);
    return { file: p.file, label, htmlBytes: Buffer.byteLength(p.html), bodyChars: p.bodyChars, duplicate };
  };
  const sampleHtml = readFileSync(join(REPO, 'tests/fixtures/pages/sample-notice.html'), 'utf8');
  writeFileSync(join(PAGES, 'sample-notice.html'), sampleHtml);
  const zoom = sampleHtml.slice(sampleHtml.indexOf('<div id="zoom"'), sampleHtml.indexOf('<div class="share">'));
  const notices = [
    { file: 'sample-notice.html', label: 'sample notice', htmlBytes: Buffer.byteLength(sampleHtml), bodyChars: visibleChars(htmlText(zoom)), duplicate: true },
    info(formalNoticePage(pool, 20_000), 'formal 通知 20k (4 levels)'),
    info(longNoticePage(pool, 200_000, false, 'notice-200k.html'), 'notice 200k'),
    info(longNoticePage(pool, 200_000, true, 'notice-200k-dup.html'), 'notice 200k, body twice', true),
  ];
  const others = [info(columnListPage(500), 'column list, 500 dated links'), info(govHomepage(), 'gov homepage')];
  const anchoring = info(longNoticePage(pool, 100_000, false, 'notice-100k.html', 100), 'notice 100k');
  return { notices, others, anchoring };
}

/** An extension with the same matches and run_at as ours and a content script that does nothing. */
function writeEmptyExtension(): void {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: { matches: string[]; run_at?: string }[];
  };
  const ours = manifest.content_scripts[0]!;
  rmSync(EMPTY_EXT, { recursive: true, force: true });
  mkdirSync(EMPTY_EXT, { recursive: true });
  writeFileSync(
    join(EMPTY_EXT, 'manifest.json'),
    JSON.stringify(
      {
        manifest_version: 3,
        name: 'Notice Lens bench: empty content script',
        version: '0.0.1',
        // A service worker only because the launcher waits for one to learn the extension id.
        background: { service_worker: 'background.js' },
        content_scripts: [{ matches: ours.matches, run_at: ours.run_at ?? 'document_idle', js: ['content.js'] }],
      },
      null,
      2,
    ),
  );
  writeFileSync(join(EMPTY_EXT, 'content.js'), '// Intentionally empty: the baseline cost of having a content script at all.\n');
  writeFileSync(join(EMPTY_EXT, 'background.js'), '// Intentionally empty.\n');
}

async function bundleAnchoring(): Promise<string | null> {
  try {
    await build({
      entryPoints: [join(REPO, 'utils/anchoring/index.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'NLAnchoring',
      outfile: ANCHORING_BUNDLE,
      target: 'chrome120',
      minify: true,
      logLevel: 'silent',
    });
    return null;
  } catch (e) {
    return (e as Error).message.split('\n')[0] ?? 'esbuild failed';
  }
}

// ---------------------------------------------------------------------------
// Sections

function stageNotes(runs: PipelineRun[]): { text: string; stats: Record<string, Stat> } {
  const stages = ['detect', 'dedupe', 'directives', 'highlight'];
  const stats: Record<string, Stat> = {};
  for (const s of [...stages, 'total', 'anchor']) stats[s] = stat(runs.map((r) => r.stages[s] ?? NaN));
  let text = stages.map((s) => `${s} ${fmt(stats[s]!.median)}`).join(' · ');
  // Loading and re-anchoring the page's stored annotations after the panel is up: wall time across a message
  // to the background (none are stored in the bench's profile), not part of total.
  if (stats.anchor!.n > 0) text += ` (then :anchor ${fmt(stats.anchor!.median)} wall, async, 0 annotations)`;
  return { text, stats };
}

const fmt = (x: number) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');

async function noticeSection(A: ExtensionBrowser, server: BenchServer, pages: PageInfo[]): Promise<Row[]> {
  const rows: Row[] = [];
  // Warm the browser (process start, disk cache) once; not counted.
  await pipelineRun(A.context, server.url(GOV_HOST, 'pages/sample-notice.html'));
  await baselineRun(A.context, server.url(OTHER_HOST, 'pages/sample-notice.html'), READABILITY);
  let n = 0;
  for (const p of pages) {
    n++;
    const ours: PipelineRun[] = [];
    const base: BaselineRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      const runOurs = async () => ours.push(await pipelineRun(A.context, server.url(GOV_HOST, `pages/${p.file}`)));
      const runBase = async () => base.push(await baselineRun(A.context, server.url(OTHER_HOST, `pages/${p.file}`), READABILITY));
      if (i % 2) {
        await runBase();
        await runOurs();
      } else {
        await runOurs();
        await runBase();
      }
    }
    const problems: string[] = [];
    if (ours.some((r) => r.verdict !== 'notice')) problems.push(`verdict ${[...new Set(ours.map((r) => r.verdict))].join('/')} (expected notice)`);
    if (p.duplicate && ours.some((r) => r.duplicates === 0)) problems.push('duplicate not hidden');
    if (!p.duplicate && ours.some((r) => r.duplicates > 0)) problems.push('a duplicate was hidden where there is none');
    if (ours.some((r) => !r.isolated)) problems.push('page not cross-origin isolated (100 µs timer)');
    if (base.some((r) => r.extensionRan)) problems.push('extension ran on the baseline page');
    const valid = problems.length === 0;
    const stages = stageNotes(ours);
    const total = stat(ours.map((r) => r.stages.total ?? NaN));
    const readability = stat(base.map((r) => r.readability));
    const fresh = stat(base.map((r) => r.innerTextFresh));
    const clean = stat(base.map((r) => r.innerTextClean));
    const vsReadability = pairedRatio(ours.map((r) => r.stages.total ?? NaN), base.map((r) => r.readability));
    const vsInnerText = pairedRatio(ours.map((r) => r.stages.total ?? NaN), base.map((r) => r.innerTextFresh));
    const what = `${p.label} (${(p.htmlBytes / 1024).toFixed(0)} KB, ${p.bodyChars.toLocaleString('en-US')} chars)`;
    const counts = `${ours[0]?.directives ?? 0} directives, ${ours[0]?.duplicates ?? 0} duplicate marks`;
    const details = { page: p.file, stages: stages.stats, directives: ours[0]?.directives, duplicateMarks: ours[0]?.duplicates, problems };
    rows.push(
      finishRow(
        {
          id: `1.${n}a`,
          section: 1,
          what: `${what}: pipeline vs Readability`,
          measured: { label: 'notice-lens:total', unit: 'ms', value: total.median, stat: total },
          baseline: { label: 'Readability.parse', unit: 'ms', value: readability.median, stat: readability },
          ratio: vsReadability.median,
          target: { max: 0.5, on: 'ratio' },
          notes: `${stages.text}; ${counts}${problems.length ? `; INVALID: ${problems.join(', ')}` : ''}`,
          details: { ...details, readabilityChars: base[0]?.readabilityChars, pairedRatios: vsReadability, ratioOfMedians: total.median / readability.median },
        },
        valid,
      ),
      finishRow(
        {
          id: `1.${n}b`,
          section: 1,
          what: `${what}: pipeline vs innerText`,
          measured: { label: 'notice-lens:total', unit: 'ms', value: total.median, stat: total },
          baseline: { label: 'innerText, fresh layout', unit: 'ms', value: fresh.median, stat: fresh },
          ratio: vsInnerText.median,
          target: { max: 3, on: 'ratio' },
          notes: `innerText on the laid-out page ${fmt(clean.median)} ms (ratio ${fmt(total.median / clean.median)}×)`,
          details: { page: p.file, innerTextClean: clean, innerTextChars: base[0]?.innerTextChars, pairedRatios: vsInnerText, ratioOfMedians: total.median / fresh.median },
        },
        valid,
      ),
    );
    log(`1 ${p.file}: total ${fmt(total.median)} ms, Readability ${fmt(readability.median)} ms, innerText ${fmt(fresh.median)} ms${valid ? '' : ` — ${problems.join(', ')}`}`);
  }
  return rows;
}

async function otherPagesSection(A: ExtensionBrowser, B: ExtensionBrowser, server: BenchServer, pages: PageInfo[]): Promise<Row[]> {
  const rows: Row[] = [];
  let n = 0;
  for (const p of pages) {
    n++;
    const url = server.url(GOV_HOST, `pages/${p.file}`);
    await pageCostRun(A.context, url);
    await pageCostRun(B.context, url);
    const ours: PageCostRun[] = [];
    const empty: PageCostRun[] = [];
    for (let i = 0; i < COST_RUNS; i++) {
      if (i % 2) {
        empty.push(await pageCostRun(B.context, url));
        ours.push(await pageCostRun(A.context, url));
      } else {
        ours.push(await pageCostRun(A.context, url));
        empty.push(await pageCostRun(B.context, url));
      }
    }
    const problems: string[] = [];
    if (ours.some((r) => r.verdict !== 'none')) problems.push(`verdict ${[...new Set(ours.map((r) => r.verdict))].join('/')} (expected none)`);
    if (empty.some((r) => r.verdict !== null)) problems.push('Notice Lens ran in the empty-extension browser');
    const task = { ours: stat(ours.map((r) => r.task)), empty: stat(empty.map((r) => r.task)) };
    const script = { ours: stat(ours.map((r) => r.script + r.compile)), empty: stat(empty.map((r) => r.script + r.compile)) };
    const total = stat(ours.map((r) => r.total ?? NaN));
    const extra = script.ours.median - script.empty.median;
    // Per pair: the empty-script page's TaskDuration plus our extra script time in that pair.
    const perPair = pairedRatio(
      ours.map((r, i) => empty[i]!.task + r.script + r.compile - empty[i]!.script - empty[i]!.compile),
      empty.map((r) => r.task),
    );
    const spread = (s: Stat) => `${fmt(s.q1)}–${fmt(s.q3)}`;
    rows.push(
      finishRow(
        {
          id: `2.${n}`,
          section: 2,
          what: `${p.label} (${(p.htmlBytes / 1024).toFixed(0)} KB): page cost vs empty content script`,
          measured: { label: 'page + our script', unit: 'ms', value: task.empty.median + extra },
          baseline: { label: 'page + empty script', unit: 'ms', value: task.empty.median, stat: task.empty },
          ratio: perPair.median,
          target: { max: 1.1, on: 'ratio' },
          notes:
            `our script +${fmt(extra)} ms (Script+V8Compile ${fmt(script.ours.median)} vs ${fmt(script.empty.median)} ms); ` +
            `notice-lens:total ${fmt(total.median)} ms; raw TaskDuration ${fmt(task.ours.median)} (IQR ${spread(task.ours)}) vs ${fmt(task.empty.median)} (IQR ${spread(task.empty)}) ms = ${fmt(task.ours.median / task.empty.median)}×` +
            (problems.length ? `; INVALID: ${problems.join(', ')}` : ''),
          details: {
            page: p.file,
            pairedRatios: perPair,
            taskDuration: task,
            scriptPlusCompileDuration: script,
            scriptDuration: { ours: stat(ours.map((r) => r.script)), empty: stat(empty.map((r) => r.script)) },
            v8CompileDuration: { ours: stat(ours.map((r) => r.compile)), empty: stat(empty.map((r) => r.compile)) },
            layoutDuration: { ours: stat(ours.map((r) => r.layout)), empty: stat(empty.map((r) => r.layout)) },
            recalcStyleDuration: { ours: stat(ours.map((r) => r.style)), empty: stat(empty.map((r) => r.style)) },
            noticeLensTotal: total,
            problems,
          },
        },
        problems.length === 0,
      ),
    );
    log(`2 ${p.file}: +${fmt(extra)} ms script, total ${fmt(total.median)} ms, page ${fmt(task.empty.median)} ms`);
  }
  return rows;
}

async function anchoringSection(A: ExtensionBrowser, server: BenchServer, page: PageInfo, bundleError: string | null): Promise<Row[]> {
  const variants = [
    { id: '3.1', edited: false, what: `500 annotations on the ${page.label} (unchanged page): anchorMany vs indexOf` },
    { id: '3.2', edited: true, what: `500 annotations on the ${page.label} (edited page): anchorMany vs indexOf` },
  ];
  if (bundleError) {
    return variants.map((v) =>
      finishRow({
        id: v.id,
        section: 3,
        what: v.what,
        measured: { label: 'anchorMany', unit: 'ms', value: null },
        baseline: null,
        target: { max: 2, on: 'ratio' },
        notes: `not measured: utils/anchoring did not bundle (${bundleError})`,
      }),
    );
  }
  const url = server.url(OTHER_HOST, `pages/${page.file}`);
  const rows: Row[] = [];
  for (const v of variants) {
    await anchoringRun(A.context, url, ANCHORING_BUNDLE, { edited: v.edited, count: 500, seed: 3, indexOfFirst: false });
    const runs: AnchoringRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await anchoringRun(A.context, url, ANCHORING_BUNDLE, { edited: v.edited, count: 500, seed: 3, indexOfFirst: i % 2 === 1 }));
    }
    const anchor = stat(runs.map((r) => r.anchorMs));
    const indexOf = stat(runs.map((r) => r.indexOfMs));
    const ratio = pairedRatio(runs.map((r) => r.anchorMs), runs.map((r) => r.indexOfMs));
    const r0 = runs[0]!;
    const valid = runs.every((r) => r.annotations === 500 && r.anchorMs > 0);
    rows.push(
      finishRow(
        {
          id: v.id,
          section: 3,
          what: v.what,
          measured: { label: 'anchorMany', unit: 'ms', value: anchor.median, stat: anchor },
          baseline: { label: 'indexOf ×500', unit: 'ms', value: indexOf.median, stat: indexOf },
          ratio: ratio.median,
          target: { max: 2, on: 'ratio' },
          notes: `${r0.anchored}/500 anchored, ${r0.correct} ${v.edited ? 'on the exact quote or fuzzy' : 'at the stored position'}; indexOf found ${r0.indexOfFound}; text ${r0.textChars.toLocaleString('en-US')} chars`,
          details: { page: page.file, pairedRatios: ratio, anchored: r0.anchored, correct: r0.correct, indexOfFound: r0.indexOfFound, textChars: r0.textChars },
        },
        valid,
      ),
    );
    log(`3 ${v.edited ? 'edited' : 'unchanged'}: anchorMany ${fmt(anchor.median)} ms, indexOf ${fmt(indexOf.median)} ms`);
  }
  return rows;
}

async function librarySection(pool: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  const notMeasured = (id: string, what: string, why: string): Row =>
    finishRow({ id, section: 4, what, measured: { label: '—', unit: 'ms', value: null }, baseline: null, target: null, notes: why });
  try {
    const data = libraryData(pool, 2000, 10);
    const t = await benchLibrary(data, RUNS);
    const s = (k: string) => stat(t.samples[k] ?? []);
    const json = s('json.stringify');
    const kb = (k: string) => (t.sizes[k] !== undefined ? `${(t.sizes[k]! / 1024 / 1024).toFixed(1)} MB out` : '');
    const row = (id: string, what: string, key: string, label: string, base: Stat, baseLabel: string, note = ''): Row =>
      finishRow({
        id,
        section: 4,
        what,
        measured: { label, unit: 'ms', value: s(key).median, stat: s(key) },
        baseline: { label: baseLabel, unit: 'ms', value: base.median, stat: base },
        ratio: pairedRatio(s(key).samples, base.samples).median,
        target: null,
        notes: [kb(key), note].filter(Boolean).join('; '),
      });
    const lib = '20,000 annotations / 2,000 notices';
    rows.push(
      row('4.1', `${lib}: Markdown of every notice`, 'markdown.each', 'renderNoticeMarkdown ×2,000', json, 'JSON.stringify'),
      row('4.2', `${lib}: export all, one Markdown file`, 'export.combined', "exportAll('combined')", json, 'JSON.stringify'),
      row('4.3', `${lib}: export all, zip`, 'export.zip', "exportAll('zip')", json, 'JSON.stringify', 'zip level 6 (fflate)'),
      row('4.4', `${lib}: backup file`, 'backup.create', 'createBackup', json, 'JSON.stringify'),
      row('4.5', `${lib}: restore a backup (validated)`, 'backup.parse', 'parseBackup', s('json.parse'), 'JSON.parse', t.errors.join('; ')),
    );
    log(`4 export: combined ${fmt(s('export.combined').median)} ms, zip ${fmt(s('export.zip').median)} ms, JSON ${fmt(json.median)} ms`);
  } catch (e) {
    rows.push(notMeasured('4.1', 'export of 20,000 annotations / 2,000 notices', `not measured: utils/export failed (${(e as Error).message.split('\n')[0]})`));
  }
  rows.push(
    notMeasured('4.6', 'notes library: first render of 20,000 annotations', 'not measured yet: the library UI is not written'),
    notMeasured('4.7', 'notes library: per-keystroke search over 20,000 annotations', 'not measured yet: the library UI is not written'),
  );
  return rows;
}

async function sizeAndHeapSection(A: ExtensionBrowser, B: ExtensionBrowser, server: BenchServer): Promise<Row[]> {
  const js = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'));
  const cssPath = join(EXTENSION_DIR, 'content-scripts/content.css');
  const css = existsSync(cssPath) ? readFileSync(cssPath) : Buffer.alloc(0);
  const gz = gzipSync(js, { level: 9 }).byteLength;
  const rows: Row[] = [
    finishRow({
      id: '5.1',
      section: 5,
      what: 'content script size (.output/chrome-mv3/content-scripts/content.js)',
      measured: { label: 'gzip -9', unit: 'KB', value: gz / 1024 },
      baseline: null,
      target: { max: 30, on: 'value' },
      notes: `raw ${(js.byteLength / 1024).toFixed(1)} KB; content.css raw ${(css.byteLength / 1024).toFixed(1)} KB, gzip ${(gzipSync(css, { level: 9 }).byteLength / 1024).toFixed(1)} KB`,
      details: { rawBytes: js.byteLength, gzipBytes: gz, cssRawBytes: css.byteLength },
    }),
  ];
  const url = server.url(GOV_HOST, 'pages/sample-notice.html');
  await pageCostRun(A.context, url, true);
  await pageCostRun(B.context, url, true);
  const ours: PageCostRun[] = [];
  const empty: PageCostRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) {
      empty.push(await pageCostRun(B.context, url, true));
      ours.push(await pageCostRun(A.context, url, true));
    } else {
      ours.push(await pageCostRun(A.context, url, true));
      empty.push(await pageCostRun(B.context, url, true));
    }
  }
  const heap = { ours: stat(ours.map((r) => (r.heap ?? NaN) / 1024)), empty: stat(empty.map((r) => (r.heap ?? NaN) / 1024)) };
  const script = { ours: stat(ours.map((r) => r.script + r.compile)), empty: stat(empty.map((r) => r.script + r.compile)) };
  const total = stat(ours.map((r) => r.total ?? NaN));
  const valid = ours.every((r) => r.verdict === 'notice') && empty.every((r) => r.verdict === null);
  rows.push(
    finishRow(
      {
        id: '5.2',
        section: 5,
        what: 'JS heap on the sample notice after GC (renderer isolate)',
        measured: { label: 'with Notice Lens', unit: 'KB', value: heap.ours.median, stat: heap.ours },
        baseline: { label: 'with empty script', unit: 'KB', value: heap.empty.median, stat: heap.empty },
        target: null,
        notes: `+${(heap.ours.median - heap.empty.median).toFixed(0)} KB added by Notice Lens (panel mounted)`,
        details: { heapKB: heap },
      },
      valid,
    ),
    finishRow(
      {
        id: '5.3',
        section: 5,
        what: 'sample notice: whole content script, script time (load, analysis, panel)',
        measured: { label: 'Script+V8Compile', unit: 'ms', value: script.ours.median, stat: script.ours },
        baseline: { label: 'empty script', unit: 'ms', value: script.empty.median, stat: script.empty },
        target: null,
        notes: `of which notice-lens:total ${fmt(total.median)} ms; the rest is loading the bundle and mounting the panel`,
        details: { scriptPlusCompileDuration: script, noticeLensTotal: total },
      },
      valid,
    ),
  );
  log(`5 heap +${(heap.ours.median - heap.empty.median).toFixed(0)} KB, content script ${(gz / 1024).toFixed(1)} KB gzip`);
  return rows;
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3: run npm run bench (it builds first).');
  mkdirSync(TMP, { recursive: true });
  const { texts, names } = sourceTexts();
  const pool = sentencePool(texts);
  const { notices, others, anchoring } = writePages(pool);
  copyFileSync(READABILITY, join(TMP, 'Readability.js'));
  writeEmptyExtension();
  const bundleError = await bundleAnchoring();
  log(`pages generated from ${pool.length} sentences of ${names.length} texts; anchoring bundle ${bundleError ? `FAILED: ${bundleError}` : 'ok'}`);

  const server = await startBenchServer(TMP);
  const args = [
    `--unsafely-treat-insecure-origin-as-secure=http://${GOV_HOST}:${server.port},http://${OTHER_HOST}:${server.port}`,
    '--enable-precise-memory-info',
  ];
  const browsers: ExtensionBrowser[] = [];
  const rows: Row[] = [];
  let chromium = 'unknown';
  try {
    const A = await launchWithExtension({ args });
    browsers.push(A);
    chromium = await chromiumVersion(A.context);
    log(`Chromium ${chromium}, ${RUNS} runs per figure`);
    rows.push(...(await noticeSection(A, server, notices)));
    const B = await launchWithExtension({ args, extensionDir: EMPTY_EXT });
    browsers.push(B);
    rows.push(...(await otherPagesSection(A, B, server, others)));
    rows.push(...(await anchoringSection(A, server, anchoring, bundleError)));
    const size = await sizeAndHeapSection(A, B, server);
    for (const b of browsers.splice(0)) await b.close();
    rows.push(...(await librarySection(pool)));
    rows.push(...size);
  } finally {
    for (const b of browsers) await b.close().catch(() => {});
    await server.close();
  }
  rows.sort((a, b) => a.section - b.section);

  const seconds = (Date.now() - started) / 1000;
  const cpu = cpus();
  const info = {
    date: new Date().toISOString(),
    chromium,
    node: process.version,
    cpus: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    runs: RUNS,
    seconds: round(seconds, 1),
  };
  const pages = [...notices, ...others, anchoring].map(({ file, htmlBytes, bodyChars }) => ({ file, htmlBytes, bodyChars }));
  const s = summary(rows);
  writeFileSync(
    RESULTS,
    `${JSON.stringify(
      {
        ...info,
        costRuns: COST_RUNS,
        sources: names,
        pages,
        targets: {
          pipelineVsReadability: '≤ 0.5×',
          pipelineVsInnerText: '≤ 3×',
          nonNoticeVsEmptyContentScript: '≤ 1.1×',
          anchoringVsIndexOf: '≤ 2×',
          contentScriptGzip: '≤ 30 KB',
        },
        summary: s,
        rows: rows.map((r) => ({ ...r, ratio: r.ratio === null ? null : round(r.ratio, 4), margin: r.margin === null ? null : round(r.margin, 4) })),
      },
      (_, v) => (typeof v === 'number' ? round(v, 4) : v),
      2,
    )}\n`,
  );
  mkdirSync(join(REPO, 'docs'), { recursive: true });
  writeFileSync(DOC, benchMarkdown(info, rows, pages));

  console.log(`\nNotice Lens bench · ${info.date} · Chromium ${chromium} · ${info.cpus} · medians of ${RUNS} runs (${COST_RUNS} for section 2)\n`);
  console.log(textTable(rows));
  console.log(`\n${s.pass} pass, ${s.miss} miss${s.invalid ? `, ${s.invalid} INVALID` : ''}, ${s.notMeasured} not measured, ${s.info} info · ${Math.round(seconds)} s`);
  console.log('Written: tests/bench/results.json, docs/bench.md');
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
