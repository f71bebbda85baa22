/**
 * Reading the numbers inside ordinal markers: Chinese numerals (read whole, so
 * 十一 is 11 and never 十 then 一), full-width digits, lower-case Roman numerals
 * and the enclosed forms ① ⑴ ⒈.
 */

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Regex source for one Chinese numeral 1–99; the 十 form comes first so the longest reading wins. */
export const CN_NUM = '(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])';

/** Regex source for one ASCII or full-width digit. */
export const DIGIT = '[0-9０-９]';

export function parseCnNumeral(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? (CN_DIGIT[s] ?? NaN) : NaN;
  const tens = ten === 0 ? 1 : CN_DIGIT[s.slice(0, ten)];
  const ones = ten === s.length - 1 ? 0 : CN_DIGIT[s.slice(ten + 1)];
  return tens === undefined || ones === undefined ? NaN : tens * 10 + ones;
}

export function parseArabic(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : c - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return s.length ? n : NaN;
}

export function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

// Only canonical spellings count, so "(iiii)" or "(vx)" are never read as numbers.
const ROMAN = new Map<string, number>();
{
  const ones = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  const tens = ['', 'x', 'xx', 'xxx'];
  for (let n = 1; n < 40; n++) ROMAN.set(tens[Math.floor(n / 10)] + ones[n % 10], n);
}

/** Value of a lower-case Roman numeral 1–39, or 0. */
export function parseRoman(s: string): number {
  return ROMAN.get(s) ?? 0;
}

/** ① … ⑳, ㉑ … ㉟, ㊱ … ㊿ → 1 … 50, else 0. */
export function circledValue(c: number): number {
  if (c >= 0x2460 && c <= 0x2473) return c - 0x2460 + 1;
  if (c >= 0x3251 && c <= 0x325f) return c - 0x3251 + 21;
  if (c >= 0x32b1 && c <= 0x32bf) return c - 0x32b1 + 36;
  return 0;
}

/** ⑴ … ⒇ → 1 … 20, else 0. */
export function parenDigitValue(c: number): number {
  return c >= 0x2474 && c <= 0x2487 ? c - 0x2474 + 1 : 0;
}

/** ⒈ … ⒛ → 1 … 20, else 0. */
export function dotDigitValue(c: number): number {
  return c >= 0x2488 && c <= 0x249b ? c - 0x2488 + 1 : 0;
}

/** White space that may open or pad a block: ASCII, NBSP, U+3000, thin and zero-width spaces. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0x3000 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0xfeff
  );
}
