/**
 * Edit distance (Levenshtein: inserting, deleting or substituting one UTF-16
 * code unit costs 1), the one routine behind dedupe's span costs and
 * anchoring's context and quote similarity. Pure, no DOM.
 *
 * Every caller compares short stretches (dedupe's differing spans ≤ 64,
 * anchoring's contexts ~32 and quotes ≤ 480), so plain dynamic programming over
 * one reused row is fast enough and allocates nothing.
 */

let row = new Int32Array(128);
let left = new Uint16Array(64);
let right = new Uint16Array(64);

/**
 * The last row of the edit-distance table: row[j] is the distance between
 * a[aFrom, aFrom + m) and b[bFrom, bFrom + j), for j in [0, n]. The row is
 * reused by the next call: read it before calling again.
 */
function lastRow(a: Uint16Array, aFrom: number, m: number, b: Uint16Array, bFrom: number, n: number): Int32Array {
  if (row.length < n + 1) row = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= m; i++) {
    const ca = a[aFrom + i - 1]!;
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const up = row[j]!;
      const sub = diag + (ca === b[bFrom + j - 1] ? 0 : 1);
      const ins = row[j - 1]! + 1;
      const del = up + 1;
      row[j] = sub < ins ? (sub < del ? sub : del) : ins < del ? ins : del;
      diag = up;
    }
  }
  return row;
}

/** Edit distance between a[aFrom, aFrom + m) and b[bFrom, bFrom + n) (code units; a and b may be one array). */
export function editDistanceOfCodes(a: Uint16Array, aFrom: number, m: number, b: Uint16Array, bFrom: number, n: number): number {
  return lastRow(a, aFrom, m, b, bFrom, n)[n]!;
}

/** The code units of `s` in `buf` (replaced by a larger one when short); returns the buffer to use. */
function codesOf(s: string, buf: Uint16Array<ArrayBuffer>): Uint16Array<ArrayBuffer> {
  if (buf.length < s.length) buf = new Uint16Array(s.length * 2);
  for (let i = 0; i < s.length; i++) buf[i] = s.charCodeAt(i);
  return buf;
}

/** Strings as code units in the two reused buffers, then the table's last row. */
function lastRowOfStrings(a: string, b: string): Int32Array {
  left = codesOf(a, left);
  right = codesOf(b, right);
  return lastRow(left, 0, a.length, right, 0, b.length);
}

/** Edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  return lastRowOfStrings(a, b)[b.length]!;
}

/**
 * Edit distance between `p` and the closest prefix of `t`: both are aligned
 * from their first characters, `t` may end anywhere. Compares a stored suffix
 * with the text after an anchoring candidate (and, reversed, a stored prefix
 * with the text before it), so an insertion or deletion costs one, not a shift.
 */
export function prefixEditDistance(p: string, t: string): number {
  const r = lastRowOfStrings(p, t);
  let best = p.length;
  for (let j = 0; j <= t.length; j++) if (r[j]! < best) best = r[j]!;
  return best;
}
