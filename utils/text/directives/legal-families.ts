/**
 * Legislation and English official numbering: PART / SCHEDULE / § headings and
 * the paren markers (a) (A) (i). UK statutory instruments nest regulation 3. >
 * (1) > (a) > (i); U.S. statutes section > (a) > (1) > (A) > (i), so the order of
 * the paren families is read from each document (ranks.ts), not fixed here.
 */
import { type FamilyDef, type MarkerMatch, charSet, exec, mk, sticky } from './marker';
import { parseArabic, parseRoman } from './numerals';

const RE_EN_PAREN = sticky('\\(([a-z]{1,6})\\)');
const RE_EN_UPPER_PAREN = sticky('\\(([A-Z])\\)');
const RE_PART = sticky('(?:PART|Part)[ \\u00a0]+(\\d{1,3}|[IVXL]{1,7})(?![\\w(])');
const RE_SCHEDULE = sticky('(?:SCHEDULE|Schedule)[ \\u00a0]+(\\d{1,3}|[IVXL]{1,7})(?![\\w(])');
// An instrument with one schedule heads it SCHEDULE, alone on its line.
// An appendix or annex heads its own part as a schedule does: "Appendix A: Definitions", "Annex II".
const RE_APPENDIX = sticky('(?:APPENDIX|Appendix|ANNEX|Annex)[ \\u00a0]+([A-Z]|\\d{1,2})(?![\\w(])');
const RE_SCHEDULE_ONLY = sticky('SCHEDULE(?=[ \\u00a0]*(?:\\n|$))');
// § 1. / Sec. 2. / Section 2. / SEC. 101.: the dot after the number makes it a heading
// ("Section 2 of the Act provides…" is a citation).
const RE_US_SECTION = sticky('(?:§{1,2}|Sec\\.|SEC\\.|Section|SECTION)[ \\u00a0]?(\\d{1,4})\\.(?![0-9])');
// A UK Act heads each section with its bare number and title: "1 Pedicab regulations".
const RE_BARE_SECTION = sticky('(\\d{1,3})[ \\u00a0]+(?=[A-Z])');
// "21 June 2024" and "1 April" at the start of a line are dates, not sections.
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const MAX_HEADING = 100;
// I. General requirements (an English translation of a Chinese policy, a circulaire's I. –): a Roman figure, a point,
// then a dash or a capital; (I) (II), the next level of such a translation, as （一） is of the original.
const RE_ROMAN_DOT = sticky('([IVX]{1,5})\\.(?=[ \\u00a0]*[–—-]|[ \\u00a0]+[A-ZÀÂÉÈÊÎÔÛÇ])');
const RE_ROMAN_UPPER_PAREN = sticky('\\(([IVXL]{1,6})\\)');

/**
 * PART 2 and SCHEDULE 1 stand alone in their paragraph or carry a short title
 * ("PART 2 Amendments", "SCHEDULE 1 Regulation 3"); "Part 2 of the guidance
 * explains…" and "Schedule 1 sets out…" are sentences that cite them.
 */
function isHeadingLine(text: string, end: number): boolean {
  let stop = text.indexOf('\n', end);
  if (stop < 0) stop = text.length;
  const rest = text.slice(end, stop).replace(/^[\s\u00a0—–:.-]+/, '').trimEnd();
  if (!rest) return true;
  if (rest.length > MAX_HEADING || !/^[A-Z“"‘(]/.test(rest)) return false;
  // A title has no sentence end; "Regulation 2(1)" references may follow it. "1 GDP增长5%。" is Chinese prose.
  return !/[.!?;](?:\s|$)/.test(rest) && !/[\u3000-\u9fff\uff00-\uffef]/.test(rest);
}

function legalHeading(family: string, re: RegExp) {
  return (text: string, i: number): MarkerMatch | null => {
    const m = exec(re, text, i);
    if (!m) return null;
    const end = i + m[0].length;
    if (!isHeadingLine(text, end)) return null;
    const n = /\d/.test(m[1]) ? parseArabic(m[1]) : parseRoman(m[1].toLowerCase());
    return n ? mk(family, m[0], end, n) : null;
  };
}

export const LEGAL_FAMILIES: FamilyDef[] = [
  {
    id: 'leg-appendix', doc: true, rank: -3, afterComma: false, blockOnly: true, standalone: true,
    starts: charSet('Aa'),
    match(text, i) {
      const m = exec(RE_APPENDIX, text, i);
      if (!m || !isHeadingLine(text, i + m[0].length)) return null;
      const n = /\d/.test(m[1]) ? parseArabic(m[1]) : m[1].charCodeAt(0) - 64;
      return mk('leg-appendix', m[0], i + m[0].length, n);
    },
  },
  {
    id: 'leg-schedule', doc: true, rank: -3, afterComma: false, blockOnly: true, standalone: true,
    starts: charSet('Ss'),
    match(text, i) {
      const only = exec(RE_SCHEDULE_ONLY, text, i);
      return only ? mk('leg-schedule', only[0], i + only[0].length, 1) : legalHeading('leg-schedule', RE_SCHEDULE)(text, i);
    },
  },
  {
    id: 'leg-part', doc: true, rank: -2, afterComma: false, blockOnly: true, standalone: true,
    starts: charSet('Pp'), match: legalHeading('leg-part', RE_PART),
  },
  {
    id: 'us-section', doc: true, rank: -1, afterComma: false, blockOnly: true, standalone: true,
    starts: charSet('§Ss'),
    match(text, i) {
      const m = exec(RE_US_SECTION, text, i);
      return m && mk('us-section', m[0], i + m[0].length, parseArabic(m[1]));
    },
  },
  {
    // Numbered like a list (from 1, consecutive), so a stray "3 Queen Street" line is nothing.
    id: 'leg-section', doc: true, rank: -1, afterComma: false, blockOnly: true, starts: (c) => c >= 48 && c <= 57,
    match(text, i) {
      const m = exec(RE_BARE_SECTION, text, i);
      if (!m) return null;
      const end = i + m[0].length;
      if (MONTH.test(text.slice(end, end + 9)) || !isHeadingLine(text, end)) return null;
      return mk('leg-section', m[1], end, parseArabic(m[1]));
    },
  },
  {
    id: 'roman-dot', doc: true, rank: -0.7, afterComma: false, blockOnly: true, chains: true, starts: charSet('IVX'),
    match(text, i) {
      const m = exec(RE_ROMAN_DOT, text, i);
      const n = m ? parseRoman(m[1].toLowerCase()) : 0;
      return n ? mk('roman-dot', m![0], i + m![0].length, n) : null;
    },
  },
  {
    // (I) is also the letter after (H): both readings are offered, as for (i).
    id: 'en-roman-upper-paren', doc: true, rank: 1, afterComma: false, chains: true, starts: (c) => c === 40,
    match(text, i) {
      const m = exec(RE_ROMAN_UPPER_PAREN, text, i);
      const v = m ? parseRoman(m[1].toLowerCase()) : 0;
      if (!m || !v) return null;
      const r = mk('en-roman-upper-paren', m[0], i + m[0].length, v);
      r.soft = m[1].length === 1;
      return r;
    },
  },
  {
    id: 'en-alpha-paren', doc: true, rank: 7, afterComma: false, chains: true, starts: (c) => c === 40,
    match(text, i) {
      const m = exec(RE_EN_PAREN, text, i);
      if (!m || m[1].length !== 1) return null;
      const r = mk('en-alpha-paren', m[0], i + m[0].length, m[1].charCodeAt(0) - 96);
      r.soft = parseRoman(m[1]) > 0;
      return r;
    },
  },
  {
    // (A) (B) under (1) in U.S. statutes; (I) (V) (X) may be upper-case Roman heads, so a misfit is skipped.
    id: 'en-upper-paren', doc: true, rank: 7.5, afterComma: false, chains: true, starts: (c) => c === 40,
    match(text, i) {
      const m = exec(RE_EN_UPPER_PAREN, text, i);
      if (!m) return null;
      const r = mk('en-upper-paren', m[0], i + m[0].length, m[1].charCodeAt(0) - 64);
      r.soft = 'IVX'.includes(m[1]);
      return r;
    },
  },
  {
    // (i) is also the letter after (h): both readings are offered and the runs decide.
    id: 'en-roman-paren', doc: true, rank: 8, afterComma: false, chains: true, starts: (c) => c === 40,
    match(text, i) {
      const m = exec(RE_EN_PAREN, text, i);
      const v = m ? parseRoman(m[1]) : 0;
      if (!m || !v) return null;
      const r = mk('en-roman-paren', m[0], i + m[0].length, v);
      r.soft = m[1].length === 1;
      return r;
    },
  },
];
