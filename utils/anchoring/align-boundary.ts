/**
 * Where a quote's edges lie in a stretch of edited text: a weighted alignment
 * with its path traced back (not an edit distance: costs differ between the
 * quote, its context and extra text, and the answer is a position). Inputs are
 * short (a context and a quote head or tail), so the full table is affordable.
 */

/** Costs in alignBoundary: a quote character substituted or missing, a context one, extra text. */
const COST_QUOTE = 10;
const COST_CONTEXT = 5;
const COST_EXTRA_OUTSIDE = 5;
/** Extra text inside the quote costs a little more, so that a tie puts it outside. */
const COST_EXTRA_INSIDE = 6;

/**
 * Semi-global alignment of `pattern` inside `text` (free start and end in the
 * text). Pattern characters in [quoteFrom, quoteTo) cost twice as much as
 * context characters when substituted or missing, so the quote's own edits
 * decide first and the context breaks ties; extra text costs like a context
 * character (a little more inside the quote). Returns the text column where
 * the path sits at pattern row `k` (the boundary between pattern[0..k) and
 * pattern[k..)): the last such column when `mode` is 'last' (text inserted at
 * the boundary stays before it), the first when 'first'.
 */
export function alignBoundary(
  pattern: string,
  text: string,
  k: number,
  mode: 'first' | 'last',
  quoteFrom: number,
  quoteTo: number,
): number {
  const m = pattern.length;
  const n = text.length;
  const w = n + 1;
  const d = new Int32Array((m + 1) * w);
  const cw = (i: number) => (i >= quoteFrom && i < quoteTo ? COST_QUOTE : COST_CONTEXT); // pattern char i
  const xw = (r: number) => (r > quoteFrom && r < quoteTo ? COST_EXTRA_INSIDE : COST_EXTRA_OUTSIDE); // extra text at row r
  for (let i = 1; i <= m; i++) d[i * w] = d[(i - 1) * w] + cw(i - 1);
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    const c = cw(i - 1);
    const x = xw(i);
    for (let j = 1; j <= n; j++) {
      const sub = d[(i - 1) * w + j - 1] + (pc === text.charCodeAt(j - 1) ? 0 : c);
      const del = d[(i - 1) * w + j] + c;
      const ins = d[i * w + j - 1] + x;
      d[i * w + j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
  }
  let j = 0;
  for (let col = 1; col <= n; col++) if (d[m * w + col] < d[m * w + j]) j = col;
  let i = m;
  let found = -1;
  while (i > 0) {
    if (i === k && (mode === 'first' || found < 0)) found = j;
    const cur = d[i * w + j];
    const c = cw(i - 1);
    if (j > 0 && cur === d[(i - 1) * w + j - 1] + (pattern.charCodeAt(i - 1) === text.charCodeAt(j - 1) ? 0 : c)) {
      i--;
      j--;
    } else if (cur === d[(i - 1) * w + j] + c) {
      i--;
    } else {
      j--;
    }
  }
  if (k === 0) found = j;
  return found;
}
