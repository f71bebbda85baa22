/**
 * The whole analysis on every labelled page of the corpus's DEV split in happy-dom, scored like
 * `npm run eval` scores Chromium (tests/eval/score.ts): a fast guard for the figures, page by
 * page, while tuning. The test split is never run here (it is labelled first and never tuned
 * on: tests/fixtures/corpus/split.ts); tests/e2e/corpus.e2e.ts runs both splits in Chromium,
 * which stays the reference (CSS, layout).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, type Label } from '../fixtures/corpus/build';
import { scorePage, summarize, type Observed, type PageScore } from '../eval/score';
import { DUPLICATE_ATTR } from '../../utils/dom/hide-range';
import { isSkipped } from '../../utils/dom/text-index';
import { analyzePage } from '../../utils/page/analyze';
import { isGovernmentPage } from '../../utils/dom/government-signals';
import { installSiteJudge } from '../../utils/page/site-judge';
import { isOfficialHost } from '../../utils/official-domains';
import { framedBodies } from '../fixtures/corpus/templates/framed';
import { corpusPages } from './helpers/corpus-page';

const labels: Label[] = (JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Label[]).filter((l) => l.split === 'dev');
// A page whose own scripts write its body is analysed as they leave it (helpers/corpus-page.ts), as the content
// script meets it once the body is there.
const pageHtml = await corpusPages(labels);
const scores: PageScore[] = [];

/** Text as a reader sees it: hidden duplicates and script-like elements left out. */
/** The text under `el` that is shown; with `duplicates`, also what the extension hid as a duplicate (what the page itself shows). */
function visible(el: Element, duplicates = false): string {
  let out = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && !isSkipped(n as Element) && (duplicates || !(n as Element).hasAttribute(DUPLICATE_ATTR))) out += `\n${visible(n as Element, duplicates)}\n`;
  }
  return out;
}

/**
 * The HTML of the document that holds the page's notice. A framed page's notice is in its largest framed
 * document (the article frame; the others are banners and menus); happy-dom runs no frames, so it is
 * analysed by itself, as the content script in that frame analyses it.
 */
function noticeDocument(l: Label): string {
  const top = pageHtml.get(l.id)!;
  const framed = [...(l.frames ?? []).map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8')), ...framedBodies(top)];
  return framed.sort((a, b) => b.length - a.length)[0] ?? top;
}

const SETTINGS = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true };

/**
 * happy-dom runs no frames: a framed page's article window is given what a browser gives a document in
 * a same-origin frame, its `top` and its `frameElement` in the shell page (utils/frames/shell.ts reads the
 * shell's title bar and labels through them). Returns the shell's window, or null for a page without frames.
 */
function frameIn(l: Label, win: Window): Window | null {
  const top = readFileSync(join(CORPUS_DIR, l.file), 'utf8');
  if (!l.frames && framedBodies(top).length === 0) return null;
  const shell = new Window({ url: `https://${l.host}/${l.file}`, settings: SETTINGS });
  shell.document.write(top);
  const frames = [...shell.document.querySelectorAll('iframe, frame')];
  const frame = frames.find((f) => f.getAttribute('src')?.endsWith('.body.html')) ?? frames.find((f) => !f.hasAttribute('src'));
  Object.defineProperty(win, 'top', { value: shell, configurable: true });
  Object.defineProperty(win, 'frameElement', { value: frame ?? null, configurable: true });
  return shell;
}

// With "run on all sites" on, government-judge.js gives the content script the government-site rules first.
installSiteJudge(isGovernmentPage);

function observe(l: Label): Observed {
  const win = new Window({
    url: `https://${l.host}/${l.file}`,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
  });
  const doc = win.document as unknown as Document;
  doc.write(noticeDocument(l));
  const shell = frameIn(l, win);
  // As the content script does with "run on all sites" on: off the official domains, a page whose
  // site does not say it is a government's is left alone before anything else runs.
  const governmental = isOfficialHost(l.host) || isGovernmentPage(doc);
  const analysis = governmental ? analyzePage(doc, undefined) : null;
  const seen: Observed = {
    state: analysis?.verdict.isNotice ? 'notice' : 'none',
    directives: Array.from(doc.querySelectorAll('[data-nl-directive]')).map((el) => ({
      ordinal: el.getAttribute('data-nl-ordinal') ?? '',
      level: Number(el.getAttribute('data-nl-level')),
      text: [el, ...Array.from(doc.querySelectorAll(`[data-nl-directive-part="${el.getAttribute('data-nl-directive')}"]`))].map((e) => e.textContent).join(''),
    })),
    visible: visible(doc.body),
    raw: visible(doc.body, true),
  };
  void win.happyDOM.close();
  void shell?.happyDOM.close();
  return seen;
}

describe.each(labels.map((l) => [l.id, l] as const))('%s', (_id, l) => {
  it('is analysed as labelled', () => {
    const score = scorePage(l, observe(l), l.text ? readFileSync(join(CORPUS_DIR, l.text), 'utf8') : null);
    scores.push(score);
    expect(score.problems).toEqual([]);
  });
});

// Runs after every page's test (tests in a file run in order): the corpus-wide figures the issue sets as
// targets. Every page must have been scored; a page whose analysis threw fails this test too.
describe('the whole corpus', () => {
  it('meets the corpus-wide targets', () => {
    expect(scores.map((x) => x.id).sort(), 'every page scored').toEqual(labels.map((l) => l.id).sort());
    const s = summarize(scores);
    expect(s.detection.precision).toBe(1);
    expect(s.detection.recall).toBeGreaterThanOrEqual(0.98);
    expect(s.directives.f1).toBeGreaterThanOrEqual(0.98);
    expect(s.duplicates.collapsed).toBe(s.duplicates.pages);
    expect(s.paragraphsLostOrHidden).toBe(0);
  });
});
