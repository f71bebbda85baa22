/**
 * The cheap test run before the duplicate search (dedupe.ts): can this text hold
 * a body printed twice at all? Pure text, no DOM.
 *
 * A body printed again makes its pieces recur at one distance, the length of a
 * copy, and that distance drifts only by the few edits dedupe tolerates between
 * the copies. A body that merely repeats phrases, sentences or boilerplate has
 * pieces that recur too, but at scattered distances. So evenly spread pieces of the
 * body are looked up, and the search is worth running only when a chain of them,
 * in text order, recurs at a steady distance. Most notices repeat phrases; without
 * this test each of them would pay for the full search.
 */

/** Pieces looked up, their length in compared characters, and distances kept per piece. */
const PROBES = 24;
const PROBE_CHARS = 16;
const MAX_HITS = 24;
/** Pieces looked up in a body too short for a chain: any of them recurring is enough. */
const SHORT_PROBES = 8;
/** Share of the pieces that must recur in a steady chain: a copy spans most of the body. */
const CHAIN_SHARE = 0.5;
/** How far the distance may drift between two pieces: dedupe's 3% of edits, plus slack. */
const DRIFT = 0.03;
const DRIFT_SLACK = 8;

/**
 * Whether the body span [from, to) of the normalized `text` (normalize.ts) may be
 * printed again in `text`: at least half of the pieces that say anything (a piece
 * so common that it recurs more than MAX_HITS times, even lengthened, says
 * nothing) recur at one distance, drifting no more than edits would make it.
 * A short body (where the search costs little) only needs one of a few pieces to
 * recur; one too short to sample is left to the search.
 */
export function mayRecurAsWhole(text: string, from: number, to: number): boolean {
  const span = to - from;
  if (span < PROBE_CHARS * 2) return true;
  if (span < PROBES * PROBE_CHARS * 2) return anyRecurs(text, from, to);
  const pieces: { at: number; distances: number[] }[] = [];
  let telling = 0;
  for (let k = 0; k < PROBES; k++) {
    const at = from + Math.floor(((span - PROBE_CHARS * 4) * (k + 0.5)) / PROBES);
    const distances = recurrences(text, at);
    if (!distances) continue;
    telling++;
    if (distances.length) pieces.push({ at, distances });
  }
  const needed = Math.max(2, Math.ceil(telling * CHAIN_SHARE));
  if (pieces.length < needed) return false;
  // Longest chain: chain[k][h] = pieces in the longest steady chain ending at piece k's h-th distance.
  const chain = pieces.map((p) => p.distances.map(() => 1));
  for (let k = 0; k < pieces.length; k++) {
    const { at, distances } = pieces[k]!;
    for (let h = 0; h < distances.length; h++) {
      for (let j = 0; j < k; j++) {
        const before = pieces[j]!;
        const allowed = DRIFT * (at - before.at) + DRIFT_SLACK;
        for (let g = 0; g < before.distances.length; g++) {
          if (Math.abs(before.distances[g]! - distances[h]!) <= allowed) chain[k]![h] = Math.max(chain[k]![h]!, chain[j]![g]! + 1);
        }
      }
      if (chain[k]![h]! >= needed) return true;
    }
  }
  return false;
}

function anyRecurs(text: string, from: number, to: number): boolean {
  for (let k = 0; k < SHORT_PROBES; k++) {
    const at = from + Math.floor(((to - from - PROBE_CHARS) * (k + 0.5)) / SHORT_PROBES);
    const piece = text.slice(at, at + PROBE_CHARS);
    if (text.indexOf(piece) !== at || text.indexOf(piece, at + 1) >= 0) return true;
  }
  return false;
}

/** Distances from `at` to the other occurrences of the piece there, or null when it is too common to tell. */
function recurrences(text: string, at: number): number[] | null {
  for (let len = PROBE_CHARS; len <= PROBE_CHARS * 4; len *= 2) {
    const piece = text.slice(at, at + len);
    const out: number[] = [];
    for (let q = text.indexOf(piece); q >= 0 && out.length <= MAX_HITS; q = text.indexOf(piece, q + 1)) {
      if (q !== at) out.push(Math.abs(q - at));
    }
    if (out.length <= MAX_HITS) return out;
  }
  return null;
}
