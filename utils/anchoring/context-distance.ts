/**
 * prefixEditDistance (utils/text/edit-distance.ts) for a stored context of at
 * most 32 code units, bit-parallel (Myers 1999, with Hyyrö's global start: the
 * first row costs one per text character): one pass of a few integer
 * operations per text character instead of a cell per pair. Re-anchoring runs
 * cold on every visit, where the table's m × n cells ran in the interpreter
 * (issue 14). Longer contexts take the table. Same result (unit-tested against it).
 */
import { prefixEditDistance } from '../text/edit-distance';

/** Reused per-call map: code unit → bit mask of its positions in the pattern. */
const peq = new Map<number, number>();

/** Edit distance between `p` and the closest prefix of `t` (as prefixEditDistance). */
export function contextDistance(p: string, t: string): number {
  const m = p.length;
  if (m === 0) return 0;
  if (m > 32) return prefixEditDistance(p, t);
  peq.clear();
  for (let i = 0; i < m; i++) {
    const c = p.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  let pv = -1; // vertical deltas all +1: D[i][0] = i
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < t.length; j++) {
    const eq = peq.get(t.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    if (score < best) best = score;
    ph = (ph << 1) | 1; // the first row: D[0][j] = j
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return best;
}
