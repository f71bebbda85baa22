/**
 * A long notice's first screen is marked while the background finds the whole text's directives (issue 14,
 * utils/page/analyze.ts markFirstScreen): what the reader sees meanwhile, and that the page ends exactly as if it
 * had been marked from the whole text's answer alone, on the marks the first screen got right and on those it got
 * wrong (levels one too high, a table of contents taken for headings).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { CORPUS_DIR, type Label } from '../fixtures/corpus/build';
import { analyzeNotice, analyzeNoticeSliced, detectPage, type PageAnalysis } from '../../utils/page/analyze';
import type { Slicer } from '../../utils/page/chunk';
import { findDirectives, type Directive } from '../../utils/text/directives';
import { FIXTURES } from './helpers/load-page';

const SETTINGS = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true };
const slicer: Slicer = { due: () => false, pause: async () => {}, pauses: 0 };

function load(html: string, host = 'gxj.xa.gov.cn'): Document {
  const win = new Window({ url: `https://${host}/page.html`, settings: SETTINGS });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return doc;
}

const marks = (doc: Document) =>
  Array.from(doc.querySelectorAll('[data-nl-directive]'), (el) => ({
    ordinal: el.getAttribute('data-nl-ordinal'),
    level: Number(el.getAttribute('data-nl-level')),
    text: el.textContent ?? '',
  }));

/** What a reader and the rest of Notice Lens see of an analysis. */
const outcome = (doc: Document, a: PageAnalysis) => ({
  html: doc.body?.innerHTML,
  directives: a.directives.map(({ ordinal, level, start, leadEnd, lead, index }) => ({ ordinal, level, start, leadEnd, lead, index })),
});

/**
 * The page analysed with the whole text's directives coming later, as the background's answer does: returns what
 * the page showed while it waited, and the outcome; beside it, the same page analysed in one piece.
 */
async function visit(html: string, chars: number, host?: string) {
  const doc = load(html, host);
  let answer: (() => void) | undefined;
  const find = (text: string) => new Promise<Directive[]>((resolve) => (answer = () => resolve(findDirectives(text))));
  const done = analyzeNoticeSliced(doc, detectPage(doc, undefined), slicer, undefined, find, { above: 0, chars });
  await vi.waitFor(() => expect(answer).toBeDefined());
  const waiting = { marks: marks(doc), markers: doc.querySelectorAll('[data-nl-marker]').length, text: doc.body?.textContent };
  answer!();
  const after = outcome(doc, await done);
  const one = load(html, host);
  const whole = outcome(one, analyzeNotice(one, detectPage(one, undefined)));
  return { waiting, after, whole, doc };
}

const LONG_PLAN = readFileSync(join(FIXTURES, 'pages/long-plan.html'), 'utf8');
/** The same 实施方案 with a 目录 of its six parts above the text, as long plans print one. */
const WITH_CONTENTS = LONG_PLAN.replace(
  '<div id="zoom" class="article-content">',
  '<div id="zoom" class="article-content">\n<p style="text-align:center">目　录</p>\n' +
    ['一、总体要求', '二、产业升级', '三、创新驱动', '四、数字转型', '五、绿色发展', '六、保障措施'].map((t) => `<p>${t}</p>`).join('\n'),
);

describe("a long notice's first screen, marked before the whole text's directives come", () => {
  it('marks the first screen at once, then gives each mark the whole text\'s number and level', async () => {
    const { waiting, after, whole, doc } = await visit(LONG_PLAN, 500);
    // While waiting: the first screen's directives, the first part's 一、 not yet one (no 二、 read), so its
    // （一） and 1. stand a level higher than they will.
    expect(waiting.marks.length).toBe(7);
    expect(waiting.marks.slice(0, 3).map((m) => [m.ordinal, m.level])).toEqual([['（一）', 1], ['1.', 2], ['2.', 2]]);
    expect(waiting.markers).toBe(waiting.marks.length);
    // Nothing past the first screen is marked yet.
    const firstScreen = doc.getElementById('zoom')!.textContent!.slice(0, 600);
    for (const m of waiting.marks) expect(firstScreen).toContain(m.text);
    // Then: the whole plan, as if marked in one piece.
    expect(marks(doc).length).toBe(90);
    expect(marks(doc).slice(0, 3).map((m) => [m.ordinal, m.level])).toEqual([['一、', 1], ['（一）', 2], ['1.', 3]]);
    expect(doc.querySelectorAll('[data-nl-marker]').length).toBe(90);
    expect(after).toEqual(whole);
  });

  it('takes back a table of contents the first screen took for headings', async () => {
    const { waiting, after, whole, doc } = await visit(WITH_CONTENTS, 1_000);
    // The first screen holds the 目录 and the first part only: no heading of it comes back there yet.
    expect(waiting.marks.slice(0, 6).map((m) => m.text)).toEqual(['一、总体要求', '二、产业升级', '三、创新驱动', '四、数字转型', '五、绿色发展', '六、保障措施']);
    // The whole text's answer: the 目录 is no directive; the parts' headings in the text are.
    const now = marks(doc);
    expect(now.length).toBe(90);
    expect(now[0]!.text.startsWith('一、总体要求。')).toBe(true);
    expect(now.filter((m) => m.ordinal === '二、').length).toBe(1);
    // No marker left behind by a mark taken back.
    expect(doc.querySelectorAll('[data-nl-marker]').length).toBe(90);
    expect(doc.body.textContent).toBe(waiting.text);
    expect(after).toEqual(whole);
  });

  it('sends the whole text only once the first screen is painted', async () => {
    const doc = load(LONG_PLAN);
    let painted: (() => void) | undefined;
    let sent = 0;
    const find = (text: string) => (sent++, findDirectives(text));
    const done = analyzeNoticeSliced(doc, detectPage(doc, undefined), slicer, undefined, find, {
      above: 0,
      chars: 500,
      painted: () => new Promise<void>((resolve) => (painted = resolve)),
    });
    await vi.waitFor(() => expect(painted).toBeDefined());
    // The first screen is marked and waits for its frame; the text is not sent yet.
    expect(marks(doc).length).toBe(7);
    expect(sent).toBe(0);
    painted!();
    await done;
    expect(sent).toBe(1);
    expect(marks(doc).length).toBe(90);
  });

  const labels = (JSON.parse(readFileSync(join(CORPUS_DIR, 'labels.json'), 'utf8')) as Label[]).filter((l) => l.split === 'dev');
  it(`ends as the one-piece analysis on each of the corpus's ${labels.length} dev pages`, async () => {
    let firstScreens = 0;
    for (const l of labels) {
      const html = readFileSync(join(CORPUS_DIR, l.file), 'utf8');
      const doc = load(html, l.host);
      if (!detectPage(doc, undefined).verdict.isNotice) continue;
      const { waiting, after, whole } = await visit(html, 4_000, l.host);
      if (waiting.marks.length) firstScreens++;
      expect(after, l.id).toEqual(whole);
    }
    // Most notices are shorter than a screen's 4,000 characters: their first screen is nearly all of them.
    expect(firstScreens).toBeGreaterThan(50);
  }, 90_000);
});
