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
import { DROPPED_RUNS, foldForAnchoring, rawOffsetOf, type SparseFoldedText } from '../text/fold';

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

/**
 * The code units the anchoring fold turns into the folded code unit `c`,
 * besides `c` itself, as the body of a regex character class. Written out, not
 * built by folding every code unit: that ran cold on the first short quote that
 * needed it (~3 ms of an edited page's re-anchoring, issue 14). fold-windows.test.ts
 * checks it against the fold for every UTF-16 code unit.
 */
export function foldedFrom(c: number): string {
  let out = FOLDED_FROM[c] ?? '';
  if (c >= 0x21 && c <= 0x7e && (c < 0x41 || c > 0x5a)) {
    out += hex(c + 0xfee0); // full-width ASCII (never upper case: it folds to lower case)
    if (c >= 0x61 && c <= 0x7a) out += hex(c - 0x20) + hex(c - 0x20 + 0xfee0); // upper case, half and full width
  }
  return out;
}

/** The irregular part of foldedFrom: punctuation variants, by the folded code unit. */
const FOLDED_FROM: Record<number, string> = {
  0x21: '\\ufe57',
  0x22: '\\u201c-\\u201f\\u301d-\\u301f',
  0x27: '\\u2018-\\u201b',
  0x28: '\\ufe59',
  0x29: '\\ufe5a',
  0x2c: '\\u3001\\ufe50\\ufe51\\uff64',
  0x2d: '\\u2010-\\u2015\\u2212\\u2500\\ufe58\\ufe63',
  0x2e: '\\u3002\\ufe52\\uff61',
  0x3a: '\\ufe55',
  0x3b: '\\ufe54',
  0x3f: '\\ufe56',
  0x5b: '\\u3010\\u3014\\u3016',
  0x5d: '\\u3011\\u3015\\u3017',
  0x7e: '\\u301c',
  0xb7: '\\u2027\\u2219\\u22c5\\u30fb\\uff65',
  0x2026: '\\u22ef',
  0x3008: '\\u2329',
  0x3009: '\\u232a',
};

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** Raw starts of every folded occurrence of `folded` (a folded quote): its characters or what folds to them, dropped runs between. */
export function rawOccurrences(raw: string, folded: string): number[] {
  const gap = `${DROPPED_RUNS.source.slice(0, -1)}*`;
  const parts: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    parts.push(`[${hex(c)}${foldedFrom(c)}]`);
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
