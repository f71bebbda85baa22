/**
 * The deadline a passage states, as the notice states it (utils/tasks/model.ts `Due`). Pure.
 *
 * A date is a deadline only with a deadline word: 前 / 以前 / 之前 (于2025年11月30日前, 12月底前, 年底前,
 * 2025年1月中旬前, 第一季度末前, 上半年完成), "by" / "no later than" in English; or a recurrence with one
 * (每月10日前, 每季度末, 每年6月底前); or a start it runs from (即日起, 自…之日起30日内, within 30 days of).
 * What is not (docs/decisions.md "Deadlines and units (issue 15)"): a bare date (会议于9月4日召开, 6月上旬),
 * statistics and targets (截至2025年10月底, 到2027年, 2025年以来), starts and effective dates (2025年起,
 * 自2025年1月1日起施行), eligibility (2024年9月1日前出生的), a date long before publication, a frequency
 * (每季度通报一次), a duration with no start (30分钟内报告).
 */
import type { Due } from './model';
import { daysBetween, englishMonth, foldDigits, isoDate, lastDayOf, readNumber, readPublished, readYear } from './calendar';

const YR = '(\\d{4}|[〇零一二三四五六七八九]{4})年';
const MO = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])月';
const DY = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]';
const YW = '(今|本|明|次)年';
// 前后 is "about", not "by".
const BEFORE = '(?:前(?!后)|以前|之前)';
/** A date labelled as the deadline needs no 前: 截止时间为10月31日, 完成时限：2025年6月底 (截至 is statistics). */
const LABELLED = '(?:截止(?:时间|日期)|完成时限|时限)(?:为|是)?[：:]?\\s*';

/**
 * Each pattern below needs at least one of these characters to match (a deadline word, or Latin letters for the
 * English ones): checked first, so that a passage without them does not compile and run it. Exact: it only spares
 * work, never a match (every form in tests/unit/deadline.test.ts is still found).
 */
const needs = (chars: string) => (s: string) => [...chars].some((c) => s.includes(c));
const hasLatin = (s: string) => /[A-Za-z]/.test(s);
/** 每: every recurrence. 前 / 截止 / 时限 / 半年: every absolute date (BEFORE, LABELLED, 上半年完成). */
const RECURRING_NEEDS = needs('每');
const ABSOLUTE_NEEDS = needs('前止限半');

interface Found {
  index: number;
  end: number;
  due: Due;
}

/** A month-based date without a named year: the publication year, or the next one when the month is past. */
function yearFor(month: number, named: string | undefined, word: string | undefined, pub: [number, number, number] | undefined): number | undefined {
  if (named) return readYear(named);
  if (!pub) return undefined;
  if (word === '明' || word === '次') return pub[0] + 1;
  if (word === '今' || word === '本') return pub[0];
  return month < pub[1] ? pub[0] + 1 : pub[0];
}

// Recurring deadlines come first: the 10日前 inside 每月10日前 is not a date.
type Recurrence = Omit<Extract<Due, { kind: 'recurring' }>, 'text'>;
const RECURRING: Array<[RegExp, (m: RegExpExecArray) => Recurrence]> = [
  [new RegExp(`每(?:个)?月(?:的)?${DY}${BEFORE}`, 'g'), (m) => ({ kind: 'recurring', every: 'month', day: readNumber(m[1]!) })],
  [new RegExp(`每(?:个)?月(?:底|末)${BEFORE}?`, 'g'), () => ({ kind: 'recurring', every: 'month' })],
  [/每(?:个)?季度(?:末|底)/g, () => ({ kind: 'recurring', every: 'quarter' })],
  [/每半年(?:末|底)/g, () => ({ kind: 'recurring', every: 'half-year' })],
  [new RegExp(`每年(?:${MO}(?:${DY}|底|末|[上中下]旬)|年?底|年?末)${BEFORE}?`, 'g'), (m) => ({ kind: 'recurring', every: 'year', ...(m[1] ? { month: readNumber(m[1]) } : {}), ...(m[2] ? { day: readNumber(m[2]) } : {}) })],
  [new RegExp(`每周([一二三四五六1-6])${BEFORE}`, 'g'), (m) => ({ kind: 'recurring', every: 'week', day: readNumber(m[1]!) })],
];

type Resolver = (m: RegExpExecArray, pub: [number, number, number] | undefined) => string | undefined;

const XUN_DAY = { 上: 10, 中: 20 } as Record<string, number>;
const ABSOLUTE: Array<[RegExp, Resolver]> = [
  // 2025年11月30日前, 12月31日前, 二〇二五年十二月三十一日前, 11月28日（星期五）前, 截止时间为10月31日
  [new RegExp(`(?:${YR})?${MO}${DY}(?:24时|[（(][^）)\n]{1,6}[）)])?${BEFORE}|${LABELLED}(?:${YR})?${MO}${DY}(?!${BEFORE})`, 'g'), (m, pub) => {
    const [named, mo, day] = m[2] ? [m[1], m[2], m[3]!] : [m[4], m[5]!, m[6]!];
    const month = readNumber(mo);
    const year = yearFor(month, named, undefined, pub);
    return year === undefined ? undefined : isoDate(year, month, readNumber(day));
  }],
  // 12月底前, 2025年6月底前, 明年3月底前, 完成时限：2025年6月底
  [new RegExp(`(?:${YR}|${YW})?${MO}(?:底|末|份)${BEFORE}|${LABELLED}(?:${YR}|${YW})?${MO}(?:底|末)(?!${BEFORE})`, 'g'), (m, pub) => {
    const [named, word, mo] = m[3] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]!];
    const month = readNumber(mo);
    const year = yearFor(month, named, word, pub);
    return year === undefined ? undefined : isoDate(year, month, lastDayOf(year, month));
  }],
  // 2025年1月中旬前: the 上旬 ends on the 10th, the 中旬 on the 20th, the 下旬 with the month.
  [new RegExp(`(?:${YR}|${YW})?${MO}([上中下])旬${BEFORE}`, 'g'), (m, pub) => {
    const month = readNumber(m[3]!);
    const year = yearFor(month, m[1], m[2], pub);
    return year === undefined ? undefined : isoDate(year, month, XUN_DAY[m[4]!] ?? lastDayOf(year, month));
  }],
  // 年底前, 2025年底前, 今年年底前
  [new RegExp(`(?:${YR}|${YW}|年)年?(?:底|末)${BEFORE}`, 'g'), (m, pub) => {
    const year = m[1] ? readYear(m[1]) : pub ? pub[0] + (m[2] === '明' || m[2] === '次' ? 1 : 0) : undefined;
    return year === undefined ? undefined : isoDate(year, 12, 31);
  }],
  // 上半年完成, 2026年下半年前
  [new RegExp(`(?:${YR}|${YW})?([上下])半年(?:${BEFORE}|底前|末前|内|(?=完成|建成|实现))`, 'g'), (m, pub) => {
    const month = m[3] === '上' ? 6 : 12;
    const year = yearFor(month, m[1], m[2], pub);
    return year === undefined ? undefined : isoDate(year, month, month === 6 ? 30 : 31);
  }],
  // 第一季度末前, 2026年二季度末前, 本季度末前
  [new RegExp(`(?:${YR}|${YW})?(?:第)?([一二三四1-4]|本|当)季度(?:末|底)${BEFORE}`, 'g'), (m, pub) => {
    const q = m[3] === '本' || m[3] === '当' ? (pub ? Math.ceil(pub[1] / 3) : NaN) : readNumber(m[3]!);
    const month = q * 3;
    const year = yearFor(month, m[1], m[3] === '本' || m[3] === '当' ? '本' : m[2], pub);
    return year === undefined ? undefined : isoDate(year, month, lastDayOf(year, month));
  }],
  // 本月底前
  [new RegExp(`(?:本|当)月(?:底|末)${BEFORE}`, 'g'), (_m, pub) => (pub ? isoDate(pub[0], pub[1], lastDayOf(pub[0], pub[1])) : undefined)],
];

const EN_DATE = '(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Z][a-z]+)|([A-Z][a-z]+)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+(\\d{4})';
// "before" alone is a condition as often as a deadline (Where, before 1st April 2024, …): only after must / shall.
const ENGLISH = new RegExp(`\\b(?:by|no later than|not later than|on or before|(?:must|shall|is to|are to)\\b[^.;:]{0,80}?\\bbefore)\\s+(?:the\\s+)?${EN_DATE}`, 'gi');
const ENGLISH_MONTH_END = /\b(?:by|no later than)\s+the\s+end\s+of\s+([A-Z][a-z]+)\s+(\d{4})/gi;

const RELATIVE: Array<[(s: string) => boolean, RegExp]> = [
  [needs('起'), /即日起(?!施行|执行|生效|实施)(?:至[^，。；,;\n]{1,16})?/g],
  [needs('内'), /(?:之日起|日起|后)(?:的)?\s*(?:\d+|[一二三四五六七八九十两]+)\s*个?(?:工作日|自然日|日|天|月|小时|周)(?:内|以内)/g],
  [hasLatin, /\b(?:within|no later than|not later than)\s+(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|twenty|thirty|sixty|ninety)\s+(?:working\s+|calendar\s+|business\s+)?(?:days|weeks|months)\s+(?:of|after|from|following)\b/gi],
];

// Eligibility: …前出生的 / …前建成…的 / …前在本区办理居住证的 describe who, not by when.
const ELIGIBLE = /出生|年满|建成|竣工|成立|登记|注册|办理|入学|毕业|参保|参加|退休|取得|购买|签订|发生|开工|投产|认定|入职/;
const ACTION = /完成|报送|上报|提交|印发|出台|下达|开展|组织实施/;

function isEligibility(s: string, end: number): boolean {
  const clause = /^[^，。；,;\n]*/.exec(s.slice(end))![0];
  return clause.includes('的') && ELIGIBLE.test(clause) && !ACTION.test(clause);
}

/** Before the date: 截至 / 截止 / 到 / 至 / 自 / 从 make it a statistic, a target or a period, not a deadline. */
const NOT_A_DEADLINE_BEFORE = /(?:截至|截止到?|[到至自从])\s*$/;

function clauseBefore(s: string, index: number): string {
  const from = Math.max(s.lastIndexOf('，', index - 1), s.lastIndexOf('。', index - 1), s.lastIndexOf('；', index - 1), s.lastIndexOf('\n', index - 1));
  return s.slice(from + 1, index);
}

/** The first deadline in `passage` (a directive's own text), resolved against `published` (YYYY-MM-DD or ''). */
export function findDeadline(passage: string, published: string): Due | undefined {
  const s = foldDigits(passage);
  const pub = readPublished(published);
  const found: Found[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);

  for (const [re, make] of RECURRING_NEEDS(s) ? RECURRING : []) {
    for (const m of s.matchAll(re)) {
      const end = m.index + m[0].length;
      taken.push([m.index, end]);
      found.push({ index: m.index, end, due: { ...make(m as RegExpExecArray), text: passage.slice(m.index, end) } });
    }
  }
  const dated = (index: number, end: number, date: string | undefined) => {
    if (overlaps(index, end) || NOT_A_DEADLINE_BEFORE.test(s.slice(Math.max(0, index - 3), index))) return;
    taken.push([index, end]);
    const text = passage.slice(index, end);
    if (!date) found.push({ index, end, due: { kind: 'relative', text } });
    else if (pub && daysBetween(published.slice(0, 10), date) < -30) return; // long past at publication: a reference, not a deadline
    else found.push({ index, end, due: { kind: 'date', date, text } });
  };
  for (const [re, resolve] of ABSOLUTE_NEEDS(s) ? ABSOLUTE : []) {
    for (const m of s.matchAll(re)) {
      const end = m.index + m[0].length;
      if (isEligibility(s, end)) {
        taken.push([m.index, end]);
        continue;
      }
      dated(m.index, end, resolve(m as RegExpExecArray, pub));
    }
  }
  const latin = hasLatin(s);
  for (const m of latin ? s.matchAll(ENGLISH) : []) {
    const [day, month, year] = m[1] ? [m[1], m[2]!, m[5]!] : [m[4]!, m[3]!, m[5]!];
    const mo = englishMonth(month);
    const before = m[0].toLowerCase().lastIndexOf('before');
    const from = before > 0 && !/on or before/i.test(m[0]) ? m.index + before : m.index;
    if (mo) dated(from, m.index + m[0].length, isoDate(Number(year), mo, Number(day)));
  }
  for (const m of latin ? s.matchAll(ENGLISH_MONTH_END) : []) {
    const mo = englishMonth(m[1]!);
    if (mo) dated(m.index, m.index + m[0].length, isoDate(Number(m[2]), mo, lastDayOf(Number(m[2]), mo)));
  }
  for (const [needed, re] of RELATIVE) {
    if (!needed(s)) continue;
    for (const m of s.matchAll(re)) {
      const end = m.index + m[0].length;
      if (overlaps(m.index, end)) continue;
      // 各单位要自事件发生之日起2小时内 → 自事件发生之日起2小时内: the start it runs from, not the clause's subject.
      const clause = /[\u4e00-\u9fff]/.test(m[0]) ? clauseBefore(s, m.index) : '';
      const from = Math.max(clause.lastIndexOf('自'), clause.lastIndexOf('从'), clause.lastIndexOf('在'), clause.lastIndexOf('于'));
      const start = m.index - clause.length + Math.max(0, from);
      found.push({ index: start, end, due: { kind: 'relative', text: passage.slice(start, end).trim() } });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0]?.due;
}
