/**
 * The page folded only where a short quote's search will look (issue 14): on an
 * edited page a few short quotes still need the folded, page-wide search, and
 * folding all of a 100k page for them cost more than the 500 other annotations.
 * The folded text built here has the exact length and offsets of the whole
 * fold; outside the windows it holds U+0000 placeholders. It serves a quote
 * whose searches read only around the position hints and around its exact
 * occurrences (found in the raw text by a regex that allows what the fold
 * changes): quotes too short for the global approximate search.
 */
import { DROPPED_RUNS, foldForAnchoring, isDroppedCode, rawOffsetOf, type SparseFoldedText } from '../text/fold';

const PLACEHOLDER = '\u0000';

/** The dropped runs of the page as the sparse map, with no folded text yet (one native regex pass). */
export function foldMapOnly(raw: string): SparseFoldedText {
  const starts: number[] = [];
  const ends: number[] = [];
  const at: number[] = [];
  let dropped = 0;
  const re = new RegExp(DROPPED_RUNS.source, 'g');
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    at.push(m.index - dropped);
    dropped += m[0].length;
  }
  return { text: PLACEHOLDER.repeat(raw.length - dropped), at: Int32Array.from(at), rawEnd: Int32Array.from(ends), rawStart: Int32Array.from(starts), rawLength: raw.length };
}

/** Ranges holding every code unit the anchoring fold changes (fold-table.ts's FOLDED_CODES, 。 and 、; tested). */
export const FOLDING_RANGES = [[0, 0x80], [0x2000, 0x2600], [0x3000, 0x3100], [0xfe00, 0x10000]] as const;

/** Raw code units folding to each folded one (only those that differ), built once when first needed. */
let preimages: Map<number, number[]> | undefined;
function preimagesOf(c: number): number[] {
  if (!preimages) {
    preimages = new Map();
    // One fold of all the kept code units of those ranges (one to one): a scan
    // of all 65,536 code units, one call each, ran cold on the first quote that needed it.
    const codes: number[] = [];
    for (const [from, to] of FOLDING_RANGES) for (let x = from; x < to; x++) if (!isDroppedCode(x)) codes.push(x);
    let all = '';
    for (let i = 0; i < codes.length; i += 1024) all += String.fromCharCode(...codes.slice(i, i + 1024));
    const folded = foldForAnchoring(all);
    for (let i = 0; i < codes.length; i++) {
      const f = folded.charCodeAt(i);
      if (f === codes[i]) continue;
      const list = preimages.get(f) ?? [];
      list.push(codes[i]!);
      preimages.set(f, list);
    }
  }
  return preimages.get(c) ?? [];
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** Raw starts of every folded occurrence of `folded` (a folded quote): its characters or what folds to them, dropped runs between. */
export function rawOccurrences(raw: string, folded: string): number[] {
  const gap = `${DROPPED_RUNS.source.slice(0, -1)}*`;
  const parts: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    parts.push(`[${[c, ...preimagesOf(c)].map(hex).join('')}]`);
  }
  const re = new RegExp(parts.join(gap), 'g');
  const out: number[] = [];
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out.push(m.index);
    re.lastIndex = m.index + 1; // occurrences may overlap, as indexOf's
  }
  return out;
}

/**
 * The page folded in the folded ranges `windows` only (placeholders elsewhere),
 * or null when the windows would cover most of it anyway.
 */
export function foldWindows(raw: string, map: SparseFoldedText, windows: [number, number][]): SparseFoldedText | null {
  const n = map.text.length;
  const sorted = windows.map(([a, b]) => [Math.max(0, a), Math.min(n, b)] as [number, number]).filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let text = '';
  let at = 0;
  let covered = 0;
  for (const [a0, b] of sorted) {
    const a = Math.max(a0, at);
    if (b <= a) continue;
    text += map.text.slice(0, a - at) + foldForAnchoring(raw.slice(rawOffsetOf(map, a), rawOffsetOf(map, b)));
    covered += b - a;
    at = b;
    if (covered * 2 > n) return null;
  }
  text += map.text.slice(0, n - at);
  return text.length === n ? { ...map, text } : null;
}
