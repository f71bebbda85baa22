/**
 * Calendar arithmetic and the numbers of dates as notices write them: ASCII and full-width digits, Chinese
 * numerals (十二月三十一日, 二〇二五年 with 〇 or 零). Pure.
 */

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Full-width digits to ASCII, one code unit for one, so offsets in the folded text are offsets in the original. */
export function foldDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A month, day or count written in ASCII digits or Chinese numerals up to 99 (十, 十二, 二十, 三十一). */
export function readNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? CN_DIGIT[s] ?? NaN : NaN;
  const tens = ten === 0 ? 1 : CN_DIGIT[s.slice(0, ten)] ?? NaN;
  const units = ten === s.length - 1 ? 0 : CN_DIGIT[s.slice(ten + 1)] ?? NaN;
  return tens * 10 + units;
}

/** A year written digit by digit: 2025, 二〇二五, 二零二五. */
export function readYear(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  return [...s].reduce((y, c) => y * 10 + (CN_DIGIT[c] ?? NaN), 0);
}

export function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= lastDayOf(year, month) && year >= 1900 && year <= 2200)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The publication date as [year, month, day], or undefined when it is unknown or malformed. */
export function readPublished(published: string): [number, number, number] | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** Days from `a` to `b` (YYYY-MM-DD each). */
export function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** January → 1 … December → 12 (also Jan, Sept); 0 when not a month. */
export function englishMonth(name: string): number {
  const n = name.toLowerCase();
  const k = EN_MONTHS.findIndex((m) => m === n || (n.length >= 3 && m.startsWith(n)));
  return k + 1;
}
