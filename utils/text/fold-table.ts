/**
 * The compare fold, one UTF-16 code unit at a time: the table every fold in
 * fold.ts builds on (import the folds from fold.ts; the fold test reads the table here).
 *
 * White space and invisible characters are dropped (DROPPED_CODE); full-width
 * ASCII, curly and CJK quotes, dashes, lenticular brackets and a few other
 * punctuation variants fold to one form; ASCII is lower-cased. Every kept code
 * unit becomes exactly one code unit, so folded offsets map back one to one.
 */

/** What foldCodeForCompare returns for a code unit that is dropped. */
export const DROPPED_CODE = -1;
const DROP = DROPPED_CODE;

/**
 * Folds one UTF-16 code unit for comparison, or returns DROPPED_CODE for white
 * space and invisible characters.
 */
export function foldCodeForCompare(c: number): number {
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

/** True for the code units every fold drops (white space, zero-width). */
export function isDroppedCode(c: number): boolean {
  return foldCodeForCompare(c) === DROP;
}

/** Runs of the code units foldCodeForCompare drops, as a regex (fold.test.ts checks it against the table for every code unit). */
export const DROPPED_RUNS = /[\t\n\v\f\r \u0085\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028\u2029\u202f\u205f\u2060-\u2064\u3000\ufeff]+/g;
/** The code units foldCodeForCompare changes (the same check). */
export const FOLDED_CODES = /[A-Z\u2010-\u2015\u2018-\u201f\u2027\u2212\u2219\u22c5\u22ef\u2329\u232a\u2500\u3010\u3011\u3014-\u3017\u301c-\u301f\u30fb\ufe50-\ufe52\ufe54-\ufe5a\ufe63\uff01-\uff5e\uff61\uff64\uff65]/g;
