/**
 * Scoring one corpus page against its labels, from what the extension left in
 * the page (the public markup contract). Pure: the runner collects the inputs.
 */
import { foldForCompare } from '../../utils/text/fold';
import { blockText, parseText } from '../fixtures/corpus/templates/body';

export interface Label {
  id: string;
  file: string;
  host: string;
  notice: boolean;
  text: string | null;
  duplication: string;
  directives: { ordinal: string; level: number; startsWith: string }[];
  repeats: { text: string; count: number }[];
  split: 'dev' | 'test';
  /** The page's own scripts write its body, some time after load (tests/fixtures/corpus/build.ts). */
  scripted?: true;
}

export interface Observed {
  state: string | null;
  directives: { ordinal: string; level: number; text: string }[];
  /** Page text as rendered (innerText: hidden duplicates left out). */
  visible: string;
  /** Text the page itself shows (innerText with the duplicates the extension hid shown again; what the page hides, as a print copy, left out). */
  raw: string;
}

export interface PageScore {
  id: string;
  detected: boolean;
  expectedNotice: boolean;
  directives: { labelled: number; found: number; matched: number; levelOk: number };
  duplicated: boolean;
  collapsed: boolean | null;
  lost: string[];
  extra: string[];
  problems: string[];
}

export const squash = (s: string) => foldForCompare(s);

function count(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function scorePage(label: Label, seen: Observed, bodyText: string | null): PageScore {
  const detected = seen.state === 'notice';
  const problems: string[] = [];
  if (detected !== label.notice) problems.push(label.notice ? 'notice not detected' : 'non-notice detected as notice');

  // Directives: in order, same marker, text starting as labelled.
  const found = detected ? seen.directives : [];
  let matched = 0;
  let levelOk = 0;
  let j = 0;
  for (const want of label.directives) {
    const start = squash(want.startsWith);
    let k = j;
    // A directive whose text is shorter than the 6 characters compared (`3.—` before `(1)`, `(a)` of
    // `(a)(1)(A)`, a `PART 1` line) matches when the labelled start begins with all of it.
    const textMatches = (text: string) => {
      const t = squash(text);
      return t.startsWith(start.slice(0, Math.max(2, Math.min(start.length, 6)))) || (t.length >= 2 && t.length < 6 && start.startsWith(t));
    };
    while (k < found.length && !(squash(found[k]!.ordinal) === squash(want.ordinal) && textMatches(found[k]!.text))) k++;
    if (k < found.length) {
      matched++;
      if (found[k]!.level === want.level) levelOk++;
      else problems.push(`level of ${want.startsWith}: ${found[k]!.level}, labelled ${want.level}`);
      j = k + 1;
    } else problems.push(`missed directive ${want.startsWith}`);
  }
  if (found.length > matched) problems.push(`${found.length - matched} extra directive(s): ${found.map((d) => d.ordinal).join(' ')}`);

  // Paragraphs: each body line must be visible exactly as often as the page prints
  // it, less one copy's worth where the body was printed twice.
  const duplicated = label.duplication !== 'none';
  const lost: string[] = [];
  const extra: string[] = [];
  if (bodyText && label.notice) {
    const vis = squash(seen.visible);
    const raw = squash(seen.raw);
    // Lines as the page shows them: without the `# `, `> `, `^ ` markup prefixes
    // of the text conventions, a table row as its cells (one line per row).
    const shown = parseText(bodyText).flatMap((b) => blockText(b).split('\n'));
    const body = squash(shown.join('\n'));
    const lines = [...new Set(shown.map(squash).filter((l) => l.length >= 6))];
    for (const line of lines) {
      const expected = count(raw, line) - (duplicated && detected ? count(body, line) : 0);
      const got = count(vis, line);
      if (got < expected) lost.push(line.slice(0, 24));
      if (got > expected) extra.push(line.slice(0, 24));
    }
    for (const r of label.repeats) {
      const want = count(raw, squash(r.text)) - (duplicated ? r.count : 0);
      if (count(vis, squash(r.text)) < want) problems.push(`legitimate repeat hidden: ${r.text}`);
    }
    if (lost.length) problems.push(`${lost.length} paragraph(s) lost or wrongly hidden`);
    if (extra.length && duplicated) problems.push(`duplicate not collapsed (${extra.length} lines still twice)`);
  }
  return {
    id: label.id,
    detected,
    expectedNotice: label.notice,
    directives: { labelled: label.directives.length, found: found.length, matched, levelOk },
    duplicated,
    collapsed: duplicated ? detected && extra.length === 0 && lost.length === 0 : null,
    lost,
    extra,
    problems,
  };
}

export function summarize(scores: PageScore[]) {
  const tp = scores.filter((s) => s.detected && s.expectedNotice).length;
  const fp = scores.filter((s) => s.detected && !s.expectedNotice).length;
  const fn = scores.filter((s) => !s.detected && s.expectedNotice).length;
  const d = scores.reduce((a, s) => ({ labelled: a.labelled + s.directives.labelled, found: a.found + s.directives.found, matched: a.matched + s.directives.matched, levelOk: a.levelOk + s.directives.levelOk }), { labelled: 0, found: 0, matched: 0, levelOk: 0 });
  const precision = d.found ? d.matched / d.found : 1;
  const recall = d.labelled ? d.matched / d.labelled : 1;
  const dup = scores.filter((s) => s.duplicated);
  return {
    pages: scores.length,
    detection: { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn },
    directives: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, ...d },
    hierarchy: d.matched ? d.levelOk / d.matched : 1,
    duplicates: { pages: dup.length, collapsed: dup.filter((s) => s.collapsed).length },
    paragraphsLostOrHidden: scores.reduce((a, s) => a + s.lost.length, 0),
    failing: scores.filter((s) => s.problems.length).map((s) => ({ id: s.id, problems: s.problems })),
  };
}
