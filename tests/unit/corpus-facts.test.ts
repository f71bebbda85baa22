/**
 * The notice's own facts (title, 发文字号, 发文机关, 成文日期) read from every corpus page that carries a
 * `facts` label, on both splits. A wrong value — one the page does not give as the notice's own, such as a
 * 〔2021〕130号 the body cites, or anything where the label says the page states nothing — fails; an empty
 * value where the page states one is a miss, counted in the recall, which must stay at 0.9 or more on the
 * dev split. The test split (never tuned on) is judged as a whole: recall and the share of right values.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { renderCorpus, type Label } from '../fixtures/corpus/build';
import type { FactsLabel } from '../fixtures/corpus/entries/types';
import { findContentRoot } from '../../utils/dom/content-root';
import { extractSignals, type NoticeFacts } from '../../utils/dom/signals';
import { corpusPages } from './helpers/corpus-page';
import { readNoticeFacts } from './helpers/notice-facts';

// Rendered in memory from entries/ (corpus-labels.test.ts checks that pages/ and labels.json are
// exactly this), so the test never reads a corpus half rebuilt.
const { pages, labels } = renderCorpus();
const labelled = labels.filter((l): l is Label & { facts: FactsLabel } => l.facts !== null);
// A page whose own scripts write its body is read as they leave it (helpers/corpus-page.ts).
const rendered = await corpusPages(labelled.filter((l) => l.scripted));
const FIELDS = ['title', 'docNumber', 'issuer', 'written'] as const;
type Field = (typeof FIELDS)[number];

// A window of our own that never fetches the pages' stylesheets, scripts or images.
const parserWindow = new Window({
  settings: {
    disableJavaScriptEvaluation: true,
    disableJavaScriptFileLoading: true,
    disableCSSFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});

function parse(file: string, id?: string): Document {
  const doc = new parserWindow.DOMParser().parseFromString((id && rendered.get(id)) || pages.get(file)!, 'text/html') as unknown as Document;
  for (const el of doc.querySelectorAll('script, style, noscript, template')) el.remove();
  return doc;
}

/** The facts read from the page, or, on a framed page, from the document of its frames that holds the body. */
function factsOf(l: Label): NoticeFacts {
  const read = [l.file, ...(l.frames ?? [])].map((file) => {
    const doc = parse(file, file === l.file ? l.id : undefined);
    return extractSignals(doc, findContentRoot(doc));
  });
  return readNoticeFacts(read.reduce((a, b) => (b.signals.bodyText > a.signals.bodyText ? b : a)).factsSource);
}

/** Titles are compared as a reader sees them: runs of white space are one space. */
const shown = (field: Field, s: string) => (field === 'title' ? s.replace(/\s+/g, ' ').trim() : s);

interface Outcome {
  id: string;
  split: string;
  field: Field;
  label: string;
  got: string;
}
const outcomes: Outcome[] = labelled.flatMap((l) => {
  const facts = factsOf(l);
  return FIELDS.filter((f) => l.facts[f] !== undefined).map((field) => ({
    id: l.id, split: l.split, field, label: shown(field, l.facts[field]!), got: shown(field, facts[field] ?? ''),
  }));
});
const wrong = (o: Outcome) => o.got !== '' && o.got !== o.label;

describe('the facts labels', () => {
  it('cover the 34 notices written before the split, and every labelled page is a notice', () => {
    expect(labelled.filter((l) => l.split === 'dev').length).toBeGreaterThanOrEqual(34);
    for (const l of labelled) expect(l.notice, l.id).toBe(true);
  });
});

// Page by page only on the dev split; the test split is judged as a whole below, without naming pages.
describe.each(labelled.filter((l) => l.split === 'dev').map((l) => [l.id, l] as const))('%s', (id, l) => {
  it(`gives the notice's own facts or nothing, never another value (${l.split})`, () => {
    const mine = outcomes.filter((o) => o.id === id);
    expect(mine.length).toBe(FIELDS.filter((f) => l.facts[f] !== undefined).length);
    expect(mine.filter(wrong).map((o) => `${o.field}: ${JSON.stringify(o.got)}, label ${JSON.stringify(o.label)}`)).toEqual([]);
  });
  it('never gives the site name as the title', () => {
    const facts = factsOf(l);
    expect(facts.site).not.toBe(facts.title);
  });
});

describe('recall of the stated facts', () => {
  for (const split of ['dev', 'test'] as const) {
    const stated = outcomes.filter((o) => o.split === split && o.label !== '');
    const found = stated.filter((o) => o.got === o.label);
    const recall = stated.length ? found.length / stated.length : 1;
    const missed = stated.filter((o) => o.got === '').map((o) => `${o.id} ${o.field}`);
    it(`${split}: ${found.length}/${stated.length} stated facts found (${recall.toFixed(3)})`, () => {
      // Which test-split pages miss is not printed: nothing is tuned on them.
      console.log(`facts recall, ${split} split: ${found.length}/${stated.length} = ${recall.toFixed(3)}${split === 'dev' ? `; missed: ${missed.join(', ') || 'none'}` : ''}`);
      expect(stated.length).toBeGreaterThanOrEqual(60);
      // Dev is tuned on; the test split's bar is the level it first measured at (0.848), never tuned on.
      expect(recall).toBeGreaterThanOrEqual(split === 'dev' ? 0.9 : 0.8);
    });
  }
});

describe('precision of the facts given, on the test split (never tuned on)', () => {
  const given = outcomes.filter((o) => o.split === 'test' && o.got !== '');
  const right = given.filter((o) => !wrong(o));
  it(`${right.length}/${given.length} of the values given are the notice's own`, () => {
    expect(given.length).toBeGreaterThanOrEqual(60);
    // At most one wrong value in fifty (measured first at 95/96): a field left empty is better than a guess.
    expect(right.length / given.length).toBeGreaterThanOrEqual(0.98);
  });
});
