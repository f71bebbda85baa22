/**
 * The analysis in slices (utils/page/chunk.ts) gives what the analysis in one piece gives: the
 * same marks in the page, the same directives, the same hidden duplicate, the same text. The
 * slicer here pauses at every safe point it is offered, the most a big page could ever pause.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, type Label } from '../fixtures/corpus/build';
import { analyzeNotice, analyzeNoticeSliced, detectPage, type PageAnalysis } from '../../utils/page/analyze';
import type { Slicer } from '../../utils/page/chunk';
import { foldCodesForCompareSteps, foldForCompareSteps, visibleCharsSteps } from '../../utils/page/chunk-text';
import { drain } from '../../utils/page/chunk';
import { foldedLength, foldForCompare } from '../../utils/text/fold';
import { foldCodesForCompare } from './helpers/fold-oracle';
import { countVisible } from '../../utils/dom/content-root';
import { FIXTURES } from './helpers/load-page';

const SETTINGS = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true };

function load(html: string, host = 'gxj.xa.gov.cn'): Document {
  const win = new Window({ url: `https://${host}/page.html`, settings: SETTINGS });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return doc;
}

/** Pauses wherever it may. */
function eagerSlicer(): Slicer & { pauses: number } {
  let pauses = 0;
  return {
    due: () => true,
    pause: async () => void pauses++,
    get pauses() {
      return pauses;
    },
  };
}

/** What a reader and the rest of Notice Lens see of an analysis. */
function outcome(doc: Document, a: PageAnalysis) {
  return {
    notice: a.verdict.isNotice,
    html: doc.body?.innerHTML,
    duplicate: a.duplicate?.chars ?? null,
    text: a.index?.text ?? null,
    directives: a.directives.map(({ ordinal, level, start, leadEnd, lead, index }) => ({ ordinal, level, start, leadEnd, lead, index })),
  };
}

async function both(html: string, host?: string) {
  const one = load(html, host);
  const whole = outcome(one, analyzeNotice(one, detectPage(one, undefined)));
  const other = load(html, host);
  const slicer = eagerSlicer();
  const sliced = outcome(other, await analyzeNoticeSliced(other, detectPage(other, undefined), slicer, undefined));
  return { whole, sliced, pauses: slicer.pauses };
}

describe('the analysis in slices', () => {
  it('marks the sample notice exactly as in one piece', async () => {
    const { whole, sliced, pauses } = await both(readFileSync(join(FIXTURES, 'pages/sample-notice.html'), 'utf8'));
    expect(whole.directives.map((d) => d.ordinal)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    expect(whole.duplicate).toBeGreaterThan(0);
    expect(pauses).toBeGreaterThan(0);
    expect(sliced).toEqual(whole);
  });

  it('marks a long notice, printed twice, exactly as in one piece, pausing inside each long step', async () => {
    const sample = readFileSync(join(FIXTURES, 'pages/sample-notice.html'), 'utf8');
    const line = '本通知自印发之日起施行，各区县、各部门要结合实际认真贯彻落实，确保各项工作任务落到实处。';
    // Thousands of paragraphs (many text-index steps) and over 64k characters (several text pieces), in both copies.
    const appendix = Array.from({ length: 3000 }, (_, i) => `<p>（${i + 1}）${line}</p>`).join('');
    // Both copies start with it: the first right after the body's opening tag, the second after the first's last sentence.
    const last = '确保“散乱污”企业整治工作顺利推进。</p>';
    const html = sample.replace(/(<div id="zoom"[^>]*>)/, `$1${appendix}`).replace(last, `${last}${appendix}`);
    const { whole, sliced, pauses } = await both(html);
    expect(whole.notice).toBe(true);
    expect(whole.duplicate).toBeGreaterThan(100_000);
    expect(whole.directives.length).toBeGreaterThan(100);
    expect(whole.text!.length).toBeGreaterThan(140_000);
    expect(pauses).toBeGreaterThan(10);
    expect(sliced).toEqual(whole);
  });

  const labels = (JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Label[]).filter((l) => l.split === 'dev');
  it(`gives the one-piece result on each of the corpus's ${labels.length} dev pages`, async () => {
    expect(labels.length).toBeGreaterThan(100);
    let notices = 0;
    for (const l of labels) {
      const { whole, sliced } = await both(readFileSync(join(CORPUS_DIR, l.file), 'utf8'), l.host);
      if (whole.notice) notices++;
      expect(sliced, l.id).toEqual(whole);
    }
    expect(notices).toBeGreaterThan(50);
    // 232 analyses in happy-dom: seconds on a busy machine.
  }, 60_000);
});

describe('text steps in pieces', () => {
  // White space runs and folded characters across the 16,384-character piece boundaries (utils/page/chunk-text.ts).
  const unit = 'Ａ１ 第一章\u3000总　则\n\n  一、“加强”领导——ABC。 ';
  const raw = unit.repeat(Math.ceil(200_000 / unit.length));

  it('normalizes text as the one-piece functions do', () => {
    const pieces = drain(foldForCompareSteps(raw));
    expect(pieces.text).toBe(foldForCompare(raw));
    for (const at of [0, 1, 16_383, 16_384, 16_385, 65_536, 131_072, 150_001, raw.length]) expect(pieces.lengthAt(at), `at ${at}`).toBe(foldedLength(raw.slice(0, at)));
  });

  it('normalizes to codes as the one-piece function does', () => {
    const whole = foldCodesForCompare(raw);
    const pieced = drain(foldCodesForCompareSteps(raw, foldForCompare(raw)));
    expect(pieced.codes.length).toBe(whole.codes.length);
    expect(pieced.codes.length).toBeLessThan(raw.length);
    expect(Buffer.from(pieced.codes.buffer, pieced.codes.byteOffset, pieced.codes.byteLength).equals(Buffer.from(whole.codes.buffer, whole.codes.byteOffset, whole.codes.byteLength))).toBe(true);
    expect(Array.from(pieced.map)).toEqual(Array.from(whole.map));
  });
});

describe('visible characters of a scope, read at once or walked in slices', () => {
  // A Word-pasted row: nested spans, full-width spaces, a <br>, a comment and a script's text (textContent counts it).
  const row = (i: number) => `<p><span style="font-size:16pt"><span>第${i}条</span>\u3000加强 领导</span><br><!-- c --><script>var x=${i};</script></p>`;
  for (const rows of [40, 4_000]) {
    it(`counts what countVisible(textContent) counts, ${rows} rows (${rows * 4} elements)`, () => {
      const doc = load(`<html><body><div id="body">${Array.from({ length: rows }, (_, i) => row(i)).join('')}</div></body></html>`);
      const root = doc.getElementById('body')!;
      let pauses = 0;
      const steps = visibleCharsSteps(root);
      let r = steps.next();
      while (!r.done) {
        pauses++;
        r = steps.next();
      }
      expect(r.value).toBe(countVisible(root.textContent ?? ''));
      expect(r.value).toBeGreaterThan(rows * 8);
      // Only the huge scope is walked, pausing every 1,024 nodes: a row is 9 (p, 2 spans, 2 texts, br, comment, script, its text).
      expect(pauses).toBe(rows === 40 ? 0 : Math.floor((rows * 9) / 1024));
    });
  }
});
