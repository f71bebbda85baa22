/**
 * The number the browser draws before an `<ol>`'s item, as the reader sees it, for the list-style types that
 * count: 1. 01. a. A. i. I. 一、. Bullets (disc, circle, square) and `none` draw no number: null.
 */

/** The `type` attribute's values, as the browser maps them to list-style types. */
const TYPE_ATTRIBUTE: Record<string, string> = { '1': 'decimal', a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' };

const CN_STYLES = new Set(['cjk-ideographic', 'simp-chinese-informal', 'trad-chinese-informal', 'cjk-decimal']);
const NUMBERED = new Set(['decimal', 'decimal-leading-zero', 'lower-alpha', 'lower-latin', 'upper-alpha', 'upper-latin', 'lower-roman', 'upper-roman', ...CN_STYLES]);

/**
 * The list-style type an item is drawn with: its computed `list-style-type` when the browser gives one (it
 * folds in the `type` attribute and the page's CSS), else what the `type` attribute says, else decimal.
 * Null when nothing numbered is drawn.
 */
export function drawnStyle(computed: string, typeAttribute: string | null): string | null {
  const style = computed.trim() || (typeAttribute !== null ? TYPE_ATTRIBUTE[typeAttribute.trim()] ?? 'decimal' : 'decimal');
  return NUMBERED.has(style) ? style : null;
}

/** The ordinal drawn for item number `n` in that style; out of a style's range the browser falls back to decimal. */
export function drawnOrdinal(style: string, n: number): string {
  if (style === 'cjk-decimal') return n >= 0 ? `${[...String(n)].map((d) => CN_DIGITS[Number(d)]).join('')}、` : `${n}、`;
  if (CN_STYLES.has(style)) return n >= 1 && n < 100 ? `${cnNumeral(n)}、` : `${n}、`;
  if (n < 1) return `${n}.`;
  switch (style) {
    case 'decimal-leading-zero':
      return `${n < 10 ? '0' : ''}${n}.`;
    case 'lower-alpha':
    case 'lower-latin':
      return `${alphabetic(n)}.`;
    case 'upper-alpha':
    case 'upper-latin':
      return `${alphabetic(n).toUpperCase()}.`;
    case 'lower-roman':
      return n < 4000 ? `${roman(n).toLowerCase()}.` : `${n}.`;
    case 'upper-roman':
      return n < 4000 ? `${roman(n)}.` : `${n}.`;
    default:
      return `${n}.`;
  }
}

/** a … z, aa, ab …: bijective base 26, as CSS counts. */
function alphabetic(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) for (; rest >= value; rest -= value) out += letters;
  return out;
}

const CN_DIGITS = '〇一二三四五六七八九';

/** 1–99 as a Chinese list draws them: 一, 十, 十一, 二十, 二十一. */
function cnNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? CN_DIGITS[tens] : ''}十${ones ? CN_DIGITS[ones] : ''}`;
}
