/**
 * Text normalization for comparing two renderings of the same notice.
 *
 * Government CMSs print the same text with different white space (NBSP,
 * U+3000 indents, <br> runs), stray zero-width characters, and full-width
 * or half-width punctuation. `normalizeForCompare` removes or folds all of
 * that so two copies of a body compare equal, and keeps a map back to raw
 * string offsets so a match found in the normalized text can be located in
 * the page.
 *
 * Every raw UTF-16 code unit is either dropped or turned into exactly one
 * normalized code unit, so `map` is strictly increasing. Surrogate pairs pass
 * through unchanged (both halves kept, each mapped to its own raw offset).
 */

export interface NormalizedText {
  /** The normalized text. */
  text: string;
  /**
   * map[i] = offset in the raw string of normalized char i. Has
   * text.length + 1 entries; the last one is the raw length.
   */
  map: Int32Array;
}

/** Marker returned by foldCode for code units that are dropped. */
const DROP = -1;

/**
 * Folds one UTF-16 code unit for comparison, or returns DROP for white space
 * and invisible characters.
 */
export function foldCode(c: number): number {
  if (c < 0x80) {
    if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) ? DROP : c;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20; // A-Z → a-z
    return c;
  }
  // Full-width ASCII U+FF01–U+FF5E → ASCII, then lower-case.
  if (c >= 0xff01 && c <= 0xff5e) {
    const h = c - 0xfee0;
    return h >= 0x41 && h <= 0x5a ? h + 0x20 : h;
  }
  // CJK punctuation, kana and ideographs: by far the most common range.
  if (c >= 0x3000 && c <= 0x9fff) {
    if (c >= 0x3040) return c === 0x30fb ? 0xb7 : c; // ・ katakana middle dot → ·
    switch (c) {
      case 0x3000: // ideographic space
        return DROP;
      case 0x3010: // 【
      case 0x3014: // 〔
      case 0x3016: // 〖
        return 0x5b; // [
      case 0x3011: // 】
      case 0x3015: // 〕
      case 0x3017: // 〗
        return 0x5d; // ]
      case 0x301c: // 〜 wave dash
        return 0x7e; // ~
      case 0x301d: // 〝
      case 0x301e: // 〞
      case 0x301f: // 〟
        return 0x22; // "
      default:
        return c;
    }
  }
  if (c < 0x3000) {
    switch (c) {
      case 0x85: // NEL
      case 0xa0: // NBSP
      case 0xad: // soft hyphen (invisible)
      case 0x1680:
      case 0x180e:
      case 0x2028: // line / paragraph separators
      case 0x2029:
      case 0x202f: // narrow NBSP
      case 0x205f:
      case 0x200b: // zero-width space / non-joiner / joiner
      case 0x200c:
      case 0x200d:
      case 0x200e: // LRM / RLM
      case 0x200f:
      case 0x2060: // word joiner and invisible operators
      case 0x2061:
      case 0x2062:
      case 0x2063:
      case 0x2064:
        return DROP;
      case 0x201c: // “ ” „ ‟
      case 0x201d:
      case 0x201e:
      case 0x201f:
        return 0x22; // "
      case 0x2018: // ‘ ’ ‚ ‛
      case 0x2019:
      case 0x201a:
      case 0x201b:
        return 0x27; // '
      case 0x2010: // hyphens and dashes: ‐ ‑ ‒ – — ―
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212: // minus sign
      case 0x2500: // box-drawing horizontal, used as a dash by some editors
        return 0x2d; // -
      case 0x2027: // ‧ hyphenation point
      case 0x2219: // ∙
      case 0x22c5: // ⋅
        return 0xb7; // ·
      case 0x22ef: // ⋯ midline ellipsis
        return 0x2026; // …
      case 0x2329: // 〈 〉 (deprecated angle brackets)
        return 0x3008;
      case 0x232a:
        return 0x3009;
      default:
        if (c >= 0x2000 && c <= 0x200a) return DROP; // en quad … hair space
        return c;
    }
  }
  switch (c) {
    case 0xfeff: // BOM / zero-width no-break space
      return DROP;
    // Small form variants ﹐﹑﹒﹔﹕﹖﹗﹙﹚﹣
    case 0xfe50:
      return 0x2c;
    case 0xfe51:
      return 0x3001;
    case 0xfe52:
      return 0x2e;
    case 0xfe54:
      return 0x3b;
    case 0xfe55:
      return 0x3a;
    case 0xfe56:
      return 0x3f;
    case 0xfe57:
      return 0x21;
    case 0xfe59:
      return 0x28;
    case 0xfe5a:
      return 0x29;
    case 0xfe58:
    case 0xfe63:
      return 0x2d;
    // Half-width CJK punctuation ｡ ､ ･
    case 0xff61:
      return 0x3002;
    case 0xff64:
      return 0x3001;
    case 0xff65:
      return 0xb7;
    default:
      return c;
  }
}

/** True for code units that normalizeForCompare drops (white space, zero-width). */
export function isDroppedCode(c: number): boolean {
  return foldCode(c) === DROP;
}

const CHUNK = 8192;

/** Builds a string from the first `len` code units of `codes`, linear time. */
export function codesToString(codes: Uint16Array, len: number): string {
  let out = '';
  for (let i = 0; i < len; i += CHUNK) {
    const part = codes.subarray(i, Math.min(len, i + CHUNK));
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return out;
}

/** normalizeForCompare's result as code units (no string built), for hot loops. */
export interface NormalizedCodes {
  /** Normalized UTF-16 code units, exactly the normalized length. */
  codes: Uint16Array;
  /** Same as NormalizedText.map. */
  map: Int32Array;
}

export function normalizeToCodes(raw: string): NormalizedCodes {
  const n = raw.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    let c = raw.charCodeAt(i);
    // Ideographs, most of a Chinese notice, stay as they are: no call for them,
    // which matters on a page's first visit, when this loop runs cold.
    if (c < 0x4e00 || c > 0x9fff) c = foldCode(c);
    if (c === DROP) continue;
    codes[j] = c;
    map[j] = i;
    j++;
  }
  map[j] = n;
  return j === n ? { codes, map } : { codes: codes.subarray(0, j), map: map.slice(0, j + 1) };
}

/**
 * The part of a normalized text that comes from raw[from, to), as if
 * raw.slice(from, to) had been normalized on its own: normalizing once and
 * slicing is linear once, however many parts are looked at.
 */
export function sliceNormalized(norm: NormalizedCodes, from: number, to: number): NormalizedCodes {
  const a = normalizedOffset(norm.map, from);
  const b = normalizedOffset(norm.map, to);
  const map = new Int32Array(b - a + 1);
  for (let i = a; i < b; i++) map[i - a] = norm.map[i]! - from;
  map[b - a] = to - from;
  return { codes: norm.codes.subarray(a, b), map };
}

/** The first normalized offset whose raw offset is at or after `raw` (binary search in map). */
export function normalizedOffset(map: Int32Array, raw: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The code units foldCode drops, as a regex (normalize.test.ts checks it against foldCode for every code unit). */
const DROPPED = /[\t\n\v\f\r \u0085\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060-\u2064\u3000\ufeff]+/g;
/** The code units foldCode changes (the same check). */
const FOLDED = /[A-Z\u2010-\u2015\u2018-\u201f\u2027\u2212\u2219\u22c5\u22ef\u2329\u232a\u2500\u3010\u3011\u3014-\u3017\u301c-\u301f\u30fb\ufe50-\ufe52\ufe54-\ufe5a\ufe63\uff01-\uff5e\uff61\uff64\uff65]/g;
const foldOne = (ch: string) => String.fromCharCode(foldCode(ch.charCodeAt(0)));

/**
 * normalizeForCompare(raw).text, without the map, by two regex replacements: on a
 * page's first visit the regex engine is far faster than a script loop that has not
 * been optimized yet, and most pages need only the text (recurrence.ts).
 */
export function normalizedText(raw: string): string {
  return raw.replace(DROPPED, '').replace(FOLDED, foldOne);
}

/** normalizedText(raw.slice(0, at)).length: folding keeps lengths, so only dropped code units count. */
export function normalizedLength(raw: string, at: number): number {
  return raw.slice(0, at).replace(DROPPED, '').length;
}

/**
 * Removes all white space and zero-width characters, folds full-width ASCII,
 * curly/CJK quotes, dashes and a few other punctuation variants, lower-cases
 * ASCII. See foldCode for the exact table.
 */
export function normalizeForCompare(raw: string): NormalizedText {
  const { codes, map } = normalizeToCodes(raw);
  return { text: codesToString(codes, codes.length), map };
}
