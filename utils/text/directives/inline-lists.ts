/**
 * An English list written inside a sentence: "RESOLVED: That Cabinet (a) approves …; (b) delegates
 * authority to the Director to (i) vary …; and (ii) agree …". The first marker follows a word, not a
 * list position, so the scanner asks here whether a `(` it meets opens such a list: the marker is the
 * first of its family ((a), (i), (1), (A)), the word before it does not cite a provision ("paragraph
 * (1)", "section 5(b)", "under subsection (a)"), and its successor follows a semicolon or colon in the
 * same paragraph ("; (b)", "; and (ii)"), or opens the next paragraph after this one ends with a semicolon
 * ("RESOLVED to (1) agree …;" then "(2) agree …"). "Options (a) and (b) were rejected" has no such successor.
 */

// The words after which a paren marker is a citation, not a list: "paragraph (1)", "Article 4(2)".
const CITING = /(?:^|[^A-Za-z])(?:paragraphs?|sub-?paragraphs?|sub-?sections?|sections?|regulations?|articles?|rules?|clauses?|schedules?|parts?|items?|points?|heads?|letters?|notes?|columns?|options?|figures?|tables?|appendix|appendices|annex(?:es)?|recommendations?|limbs?|provisions?|and|or|in|of|under|at|see|to\s+be|s\.|reg\.|art\.|para\.)\s*$/i;
const FIRST = /\((?:a|i|1|A)\)/y;
const SUCCESSOR: Record<string, string> = { a: 'b', i: 'ii', '1': '2', A: 'B' };

/** Does the `(` at `i` open an inline list? (`i` is not at a list position; the text before it is a word and a space.) */
export function opensInlineList(text: string, i: number): boolean {
  if (!/[A-Za-z][ \u00a0]$/.test(text.slice(i - 2, i))) return false;
  FIRST.lastIndex = i;
  if (!FIRST.test(text)) return false;
  if (CITING.test(text.slice(Math.max(0, i - 24), i))) return false;
  let end = text.indexOf('\n', i);
  if (end < 0) end = text.length;
  const inner = text.charAt(i + 1);
  const next = `(${SUCCESSOR[inner]})`;
  const rest = text.slice(FIRST.lastIndex, end);
  // (i) may be the letter after (h) too: either successor, (ii) or (j), will do.
  const successors = inner === 'i' ? [next, '(j)'] : [next];
  if (successors.some((s) => new RegExp(`[;:][ \\u00a0]*(?:(?:and|or)[ \\u00a0]+)?${s.replace(/[()]/g, '\\$&')}`).test(rest))) return true;
  // "The Leader RESOLVED to (1) agree the delegation …;" with "(2) agree …" opening the next paragraph.
  if (!/[;:]$/.test(rest.trimEnd())) return false;
  const after = text.slice(end + 1, end + 1 + 200).replace(/^[\s\u00a0]+/, '');
  return successors.some((s) => after.startsWith(s));
}
