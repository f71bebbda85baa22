/**
 * The whole analysis on every labelled corpus page in happy-dom, scored like
 * `npm run eval` scores Chromium (tests/eval/score.ts): a fast guard for the
 * figures, page by page. Chromium's own run stays the reference (CSS, layout).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, type Label } from '../fixtures/corpus/build';
import { scorePage, summarize, type Observed, type PageScore } from '../eval/score';
import { DUPLICATE_ATTR } from '../../utils/dom/hide-range';
import { isSkipped } from '../../utils/dom/text-index';
import { analyzePage } from '../../utils/page/analyze';

const labels: Label[] = JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8'));
const scores: PageScore[] = [];

/** Text as a reader sees it: hidden duplicates and script-like elements left out. */
function visible(el: Element): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && !isSkipped(n as Element) && !(n as Element).hasAttribute(DUPLICATE_ATTR)) out += `\n${visible(n as Element)}\n`;
  }
  return out;
}

function observe(l: Label): Observed {
  const win = new Window({
    url: `https://${l.host}/${l.file}`,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const doc = win.document as unknown as Document;
  doc.write(readFileSync(join(CORPUS_DIR, l.file), 'utf8'));
  const analysis = analyzePage(doc, undefined);
  const seen: Observed = {
    state: analysis.verdict.isNotice ? 'notice' : 'none',
    directives: Array.from(doc.querySelectorAll('[data-nl-directive]')).map((el) => ({
      ordinal: el.getAttribute('data-nl-ordinal') ?? '',
      level: Number(el.getAttribute('data-nl-level')),
      text: [el, ...Array.from(doc.querySelectorAll(`[data-nl-directive-part="${el.getAttribute('data-nl-directive')}"]`))].map((e) => e.textContent).join(''),
    })),
    visible: visible(doc.body),
    raw: doc.body.textContent ?? '',
  };
  void win.happyDOM.close();
  return seen;
}

describe.each(labels.map((l) => [l.id, l] as const))('%s', (_id, l) => {
  it('is analysed as labelled', () => {
    const score = scorePage(l, observe(l), l.text ? readFileSync(join(CORPUS_DIR, l.text), 'utf8') : null);
    scores.push(score);
    expect(score.problems).toEqual([]);
  });
});

afterAll(() => {
  // The corpus-wide figures the issue sets as targets.
  const s = summarize(scores);
  if (scores.length < labels.length) return;
  expect(s.detection.precision).toBe(1);
  expect(s.detection.recall).toBeGreaterThanOrEqual(0.98);
  expect(s.directives.f1).toBeGreaterThanOrEqual(0.98);
  expect(s.duplicates.collapsed).toBe(s.duplicates.pages);
  expect(s.paragraphsLostOrHidden).toBe(0);
});
