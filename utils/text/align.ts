/**
 * Linear-time approximate alignment of two regions of one code-unit array, used by
 * dedupe.ts to check that a region is a near-copy of another.
 *
 * `extend` walks two cursors forward while the characters agree. At a
 * mismatch it resynchronizes: it takes a K-gram a little ahead of the first
 * cursor, looks for it near the expected spot after the second cursor
 * (stepping the look-ahead by K, then doubling it, when not found), then walks
 * back over agreeing characters to find where agreement really resumed. The
 * skipped spans are charged their edit distance (exact when short); the walk
 * stops when the cost budget is spent or no resynchronization exists. The
 * work of a resynchronization is proportional to the span it skips, so the
 * total stays linear. Every character visited is counted in an OpCounter,
 * which also carries a hard cap as a guarantee on adversarial input.
 */
import { editDistanceOfCodes } from './edit-distance';

export class OpCounter {
  ops = 0;
  constructor(readonly limit: number = Number.POSITIVE_INFINITY) {}
  add(k: number): void {
    this.ops += k;
  }
  get exhausted(): boolean {
    return this.ops > this.limit;
  }
}

interface Extension {
  /** First position of the first region not covered by the alignment. */
  a: number;
  /** First position of the second region not covered by the alignment. */
  b: number;
  /** Edit cost charged for resynchronizations (≈ characters that differ). */
  cost: number;
}

interface Resync {
  a: number;
  b: number;
  cost: number;
}

/** True when s[x, x+k) equals s[y, y+k). */
function sameRun(s: Uint16Array, x: number, y: number, k: number): boolean {
  for (let i = 0; i < k; i++) if (s[x + i] !== s[y + i]) return false;
  return true;
}

/** Spans up to this long get an exact edit distance; longer ones are charged their length. */
const EXACT_SPAN = 64;

/**
 * Edit cost of the differing spans s[a, a+la) and s[b, b+lb) between two
 * agreeing stretches: edit distance when both are short (so two nearby
 * edits are charged 2, not the distance between them), else the longer length.
 * Work is O(la·lb) ≤ EXACT_SPAN·cost, so it stays proportional to the cost.
 */
export function spanCost(s: Uint16Array, a: number, la: number, b: number, lb: number, ops: OpCounter): number {
  if (la <= 1 || lb <= 1 || la > EXACT_SPAN || lb > EXACT_SPAN) return Math.max(la, lb);
  ops.add(la * lb);
  return editDistanceOfCodes(s, a, la, s, b, lb);
}

/**
 * Finds where two regions agree again after a mismatch at (a, b): returns the
 * first agreeing pair after it (followed by at least k agreeing characters),
 * or null when none exists within the budget `rem`.
 */
function resync(
  s: Uint16Array,
  a: number,
  b: number,
  aLim: number,
  bLim: number,
  rem: number,
  k: number,
  ops: OpCounter,
): Resync | null {
  if (rem <= 0) return null;
  const maxLook = rem + k;
  // Look-ahead: k, 2k, 3k … up to EXACT_SPAN (fine steps keep the span that
  // gets an exact cost short), then doubling, until past the budget.
  for (let o = k; ; o = o < EXACT_SPAN ? o + k : o * 2) {
    const oa = Math.min(o, aLim - k - a);
    if (oa < 1) return null;
    const ga = a + oa; // K-gram in the first region, past the differing span
    const drift = Math.min(rem, Math.max(o, k));
    const center = b + oa;
    const lo = Math.max(b, center - drift);
    const hi = Math.min(bLim - k, center + drift);
    let best = -1;
    let bestDist = Number.POSITIVE_INFINITY;
    const first = s[ga];
    let checks = 0;
    for (let y = lo; y <= hi; y++) {
      if (s[y] !== first) continue;
      const dist = Math.abs(y - center);
      if (dist >= bestDist) continue;
      checks++;
      if (sameRun(s, ga, y, k)) {
        best = y;
        bestDist = dist;
      }
    }
    ops.add(Math.max(0, hi - lo + 1) + checks * k);
    if (best >= 0) {
      // Walk back over agreeing characters to where agreement resumed.
      let x = ga;
      let y = best;
      while (x > a && y > b && s[x - 1] === s[y - 1]) {
        x--;
        y--;
      }
      ops.add(ga - x + 1);
      const cost = spanCost(s, a, x - a, b, y - b, ops);
      return cost <= rem ? { a: x, b: y, cost } : null;
    }
    if (oa < o || o >= maxLook) return null;
  }
}

/**
 * Aligns s[a, aLim) with s[b, bLim) from the left, allowing edits up to
 * `budget` (in characters). Returns where the alignment ends in each region.
 */
export function extend(
  s: Uint16Array,
  a: number,
  b: number,
  aLim: number,
  bLim: number,
  budget: number,
  k: number,
  ops: OpCounter,
): Extension {
  let cost = 0;
  for (;;) {
    const a0 = a;
    while (a < aLim && b < bLim && s[a] === s[b]) {
      a++;
      b++;
    }
    ops.add(a - a0 + 1);
    if (a >= aLim || b >= bLim || ops.exhausted) break;
    const r = resync(s, a, b, aLim, bLim, budget - cost, k, ops);
    if (!r) break;
    cost += r.cost;
    a = r.a;
    b = r.b;
  }
  return { a, b, cost };
}

/**
 * Smallest period of s[from, to) (KMP failure function), so callers can tell
 * a real body from a block that is itself a repetition of a smaller unit.
 */
export function smallestPeriod(s: Uint16Array, from: number, to: number, ops: OpCounter): number {
  const len = to - from;
  if (len <= 1) return len;
  const fail = new Int32Array(len + 1);
  fail[0] = -1;
  let kk = -1;
  for (let i = 0; i < len; i++) {
    const c = s[from + i];
    while (kk >= 0 && s[from + kk] !== c) kk = fail[kk];
    kk++;
    fail[i + 1] = kk;
  }
  ops.add(2 * len);
  return len - fail[len];
}

/**
 * The code units in reverse order (so backward alignment can reuse `extend`). The built-in copy and reverse, not a
 * script loop: on a page's first visit in a new renderer a loop over the whole text runs cold (1–4 ms, issue 14).
 */
export function reverseCodes(s: Uint16Array): Uint16Array {
  return s.slice().reverse();
}
