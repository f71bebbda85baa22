/**
 * Scoring the task extraction (issue 15) against tests/fixtures/corpus/tasks-labels.json. Pure Node, no
 * browser: the text is the page's body text (texts/<id>.txt as the page shows it) or a written passage, the
 * directives are the product's own parser's (findDirectives), the facts the product's (extractTaskFacts).
 * A case is right when its due and its lead both match the label. Precision is over the directives the
 * extraction gave a due or a lead (on every listed page, so a fact on an unlisted directive counts against
 * it); recall over the labelled cases that have one.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDirectives } from '../../utils/text/directives';
import { foldForCompare } from '../../utils/text/fold';
import { extractTaskFacts } from '../../utils/tasks/extract';
import type { Due, TaskFacts } from '../../utils/tasks/model';
import { blockText, parseText } from '../fixtures/corpus/templates/body';
import { type Split, splitOf } from '../fixtures/corpus/split';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');

export interface TaskCase {
  directive: string;
  due: string | null;
  lead: string | null;
  why?: string;
}
export interface TaskDoc {
  id: string;
  origin: 'corpus' | 'written';
  published: string;
  lines?: string[];
  cases: TaskCase[];
}

export function readTaskLabels(): TaskDoc[] {
  return (JSON.parse(readFileSync(join(CORPUS, 'tasks-labels.json'), 'utf8')) as { docs: TaskDoc[] }).docs;
}

/** The body text the extension reads: a corpus page's text as shown (markup prefixes dropped), or the written lines. */
export function docText(doc: TaskDoc): string {
  if (doc.lines) return doc.lines.join('\n');
  return parseText(readFileSync(join(CORPUS, 'texts', `${doc.id}.txt`), 'utf8')).map(blockText).join('\n');
}

/** A due as the labels write it: YYYY-MM-DD, recurring:<every>[:<day>] (day for week and month only), relative. */
export function dueKey(due: Due | undefined): string | null {
  if (!due) return null;
  if (due.kind === 'date') return due.date;
  if (due.kind === 'relative') return 'relative';
  return `recurring:${due.every}${(due.every === 'month' || due.every === 'week') && due.day ? `:${due.day}` : ''}`;
}

export interface TaskScore {
  docs: number;
  cases: number;
  labelled: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  problems: string[];
}

const has = (f: { due: string | null; lead: string | null }) => f.due !== null || f.lead !== null;

/**
 * Scores the docs of `split` (both when undefined). `textOf` gives a doc's body text: by default the page's
 * text file; tests/unit/tasks-pages.test.ts passes the text the extension's own analysis reads off the page.
 */
export function scoreTasks(split?: Split, textOf: (doc: TaskDoc) => string = docText): TaskScore {
  const docs = readTaskLabels().filter((d) => !split || splitOf(d.id) === split);
  let cases = 0, labelled = 0, predicted = 0, correct = 0;
  const problems: string[] = [];
  for (const doc of docs) {
    const text = textOf(doc);
    const directives = findDirectives(text);
    const facts: TaskFacts[] = extractTaskFacts({ text, directives, published: doc.published });
    const expected = new Map<number, TaskCase>();
    for (const c of doc.cases) {
      cases++;
      if (has(c)) labelled++;
      const want = foldForCompare(c.directive);
      const k = directives.findIndex((d, i) => !expected.has(i) && foldForCompare(text.slice(d.start, d.start + c.directive.length + 8)).startsWith(want));
      if (k < 0) problems.push(`${doc.id}: directive not found: ${c.directive}`);
      else expected.set(k, c);
    }
    directives.forEach((d, k) => {
      const want = expected.get(k) ?? { directive: text.slice(d.start, d.start + 10), due: null, lead: null };
      const got = { due: dueKey(facts[k]!.due), lead: facts[k]!.lead ?? null };
      const right = got.due === want.due && got.lead === want.lead;
      if (has(got)) predicted++;
      if (has(got) && right) correct++;
      if (!right && (has(got) || has(want))) {
        problems.push(`${doc.id}: ${want.directive} — got due ${got.due} lead ${got.lead}, labelled due ${want.due} lead ${want.lead}`);
      }
    });
  }
  return {
    docs: docs.length, cases, labelled, predicted, correct,
    precision: predicted ? correct / predicted : 1,
    recall: labelled ? correct / labelled : 1,
    problems,
  };
}

/** The eval's rows for the task extraction (printed, and written to docs/eval.md). */
export function taskTable(s: TaskScore): string[] {
  return [
    `| task facts precision (due and lead right) | ${s.precision.toFixed(3)} (${s.correct}/${s.predicted}) |`,
    `| task facts recall | ${s.recall.toFixed(3)} (${s.correct}/${s.labelled}; ${s.cases} cases on ${s.docs} notices) |`,
  ];
}
