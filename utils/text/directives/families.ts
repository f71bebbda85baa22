/**
 * The numbering families, one table entry each: adding a family is adding an
 * entry here (and its tests). What a family is: marker.ts; the legislation
 * headings and the English paren families: legal-families.ts; articles and
 * chapters of regulations: article-families.ts.
 */
import { ARTICLE_FAMILIES } from './article-families';
import { FRENCH_FAMILIES } from './french-families';
import { JAPANESE_FAMILIES } from './japanese-families';
import { LEGAL_FAMILIES } from './legal-families';
import { type FamilyDef, type MarkerMatch, charSet, exec, mk, sticky, isLetter } from './marker';
import {
  CN_NUM, DIGIT, circledValue, dotDigitValue, isDigitCode, parenDigitValue, parseArabic, parseCnNumeral,
} from './numerals';

export type { FamilyDef, MarkerMatch } from './marker';

const cnDigit = charSet('一二三四五六七八九十');
const open = charSet('（(');

// 要 opening a noun makes a word, not "firstly, (we) must": 一要素, 第一要务, 要点, 要件.
const YAO_NOUN = '素件点务闻害领职员塞道案目义旨诀览略';
// What may follow 第一/其一 for it to be an ordinal: 第一次, 第一季度, 第一书记, 第一时间 fail here.
const DI_NEXT = '(?=[，、,：:是]|要(?![' + YAO_NOUN + ']))';
// 一、二季度 / 一、二、三产业 / 一、十一月 are numerals listed in a sentence, not a heading. A heading may begin with an
// ordinal word of its own (一、第一阶段：…): 第 after 一、 is no numeral list.
const NOT_NUMERAL_LIST =
  '(?![〇零一二三四五六七八九十两]{1,2}[、，,季月年个类级线产期批号次等至到项条名])';
// After 第一、 the same: 第一、二批.
const NOT_AFTER_DUN = /^、(?:[〇零一二三四五六七八九十两]|第)/;
const SEP = /[，、,：:]/;

const RE_SHI = sticky(`(${CN_NUM})是`);
const RE_YAO = sticky(`(${CN_NUM})要(?![${YAO_NOUN}是])`);
const RE_DI = sticky(`第(${CN_NUM})${DI_NEXT}`);
const RE_QI = sticky(`其(${CN_NUM})${DI_NEXT}`);
const RE_SEQ = sticky('(首先|其次|再次|最后)(?=[，、,：:要是])');
// 一． and 一. are the same heading typed with another dot (never before a digit: 一.5).
const RE_CN_TOP = sticky(`(${CN_NUM})(?:、|[.．](?!${DIGIT}))${NOT_NUMERAL_LIST}`);
const RE_CN_PAREN = sticky(`[（(](${CN_NUM})[）)]`);
const RE_AR_DOT = sticky(`(${DIGIT}{1,2})[.．、](?!${DIGIT})`);
// An item whose text begins with a date: 1.2023年起 (a year, never a decimal's fraction) and 1．6月中下旬
// (a month: no quantity is counted in 1.6 months written so) are firm; any other number
// (2.3个工作日内…) only tentative, since 1.5亿元 reads as a quantity.
const MONTH = '(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９])月';
const RE_AR_DOT_YEAR = sticky(`(${DIGIT}{1,2})[.．、](?=(?:19|20)${DIGIT}{2}(?:年|[—–\\-～~至])|${MONTH})`);
const RE_AR_DOT_NUMBER = sticky(`(${DIGIT}{1,2})[.．](?=${DIGIT})`);
// 1.5亿元, 3.2%, 2.5倍 are quantities, 1．6月 an item that begins with a month; a section number is followed by its title.
// 3.1.1, the third level of a decimal outline (a Canadian directive's 6.1.1, a standard's 4.2.3).
const RE_DECIMAL3 = sticky(`(${DIGIT}{1,2})[.．](${DIGIT}{1,2})[.．](${DIGIT}{1,2})(?![0-9０-９.．%％‰])`);
const RE_DECIMAL = sticky(`(${DIGIT}{1,2})[.．](${DIGIT}{1,2})(?![0-9０-９.．%％‰亿万千百元倍月])`);
const RE_AR_PAREN = sticky(`[（(](${DIGIT}{1,2})[）)]`);
const RE_AR_RPAREN = sticky(`(${DIGIT}{1,2})[)）]`);
// a. b. c. under 1. 2. in U.S. memoranda: a lower-case letter, a dot, then a space
// (so e.g. and a.m. never match).
const RE_EN_ALPHA_DOT = sticky('([a-z])[.．](?=[ \\t\\u00a0])');
const RE_EN_WORD = sticky(
  '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?(?: of all)?(?=\\s*[,，:])', 'i',
);
const RE_EN_LAST = sticky('(?:finally|lastly)(?=\\s*[,，:])', 'i');
const EN_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const SEQ_WORDS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 };

/** End of the marker including one separator written right after it (第一， First,). */
function withSep(text: string, end: number): number {
  return SEP.test(text[end] ?? '') ? end + 1 : end;
}

function diLike(family: string, re: RegExp) {
  return (text: string, i: number) => {
    const m = exec(re, text, i);
    if (!m) return null;
    const end = i + m[0].length;
    if (NOT_AFTER_DUN.test(text.slice(end, end + 2))) return null;
    return mk(family, m[0], withSep(text, end), parseCnNumeral(m[1]));
  };
}

export const FAMILIES: FamilyDef[] = [
  {
    id: 'shi', doc: false, rank: 0, afterComma: true, partner: 'yao', starts: cnDigit,
    match(text, i) {
      const m = exec(RE_SHI, text, i);
      if (!m) return null;
      const end = i + m[0].length;
      // 一是一、二是二 ("call a spade a spade"): the numeral repeated after 是.
      if (text.startsWith(m[1], end) && /^[，、,。；;\s]?$/.test(text.charAt(end + m[1].length))) return null;
      return mk('shi', m[0], end, parseCnNumeral(m[1]));
    },
  },
  {
    id: 'yao', doc: false, rank: 0, afterComma: true, partner: 'shi', starts: cnDigit,
    match(text, i) {
      const m = exec(RE_YAO, text, i);
      return m && mk('yao', m[0], i + m[0].length, parseCnNumeral(m[1]));
    },
  },
  { id: 'di', doc: false, rank: 0, afterComma: true, starts: charSet('第'), match: diLike('di', RE_DI) },
  { id: 'qiyi', doc: false, rank: 0, afterComma: true, starts: charSet('其'), match: diLike('qiyi', RE_QI) },
  {
    id: 'seq', doc: false, rank: 0, afterComma: 'lead-in', starts: charSet('首其再最'),
    match(text, i) {
      const m = exec(RE_SEQ, text, i);
      if (!m) return null;
      const r = mk('seq', m[1], withSep(text, i + m[1].length), SEQ_WORDS[m[1]] ?? 0);
      r.wildcard = m[1] === '最后';
      return r;
    },
  },
  {
    id: 'en-word', doc: false, rank: 0, afterComma: false, starts: isLetter,
    match(text, i) {
      const m = exec(RE_EN_WORD, text, i);
      const last = m ? null : exec(RE_EN_LAST, text, i);
      const hit = m ?? last;
      if (!hit) return null;
      const number = m ? EN_WORDS.indexOf(m[1].toLowerCase()) + 1 : 0;
      const r = mk('en-word', hit[0], withSep(text, i + hit[0].length), number);
      r.wildcard = !m;
      return r;
    },
  },
  {
    id: 'cn-top', doc: true, rank: 0, afterComma: false, starts: cnDigit,
    match(text, i) {
      const m = exec(RE_CN_TOP, text, i);
      return m && mk('cn-top', m[0], i + m[0].length, parseCnNumeral(m[1]));
    },
  },
  {
    id: 'cn-paren', doc: true, rank: 1, afterComma: false, starts: open,
    match(text, i) {
      const m = exec(RE_CN_PAREN, text, i);
      return m && mk('cn-paren', m[0], i + m[0].length, parseCnNumeral(m[1]));
    },
  },
  {
    id: 'arabic-dot', doc: true, rank: 2, afterComma: false,
    starts: (c) => isDigitCode(c) || dotDigitValue(c) > 0,
    match(text, i) {
      const v = dotDigitValue(text.charCodeAt(i));
      if (v) return mk('arabic-dot', text[i], i + 1, v);
      const m = exec(RE_AR_DOT, text, i) ?? exec(RE_AR_DOT_YEAR, text, i);
      if (m) return mk('arabic-dot', m[0], i + m[0].length, parseArabic(m[1]));
      const t = exec(RE_AR_DOT_NUMBER, text, i);
      // A line that is nothing but the number (a table's 5.1 square metres) is a quantity, not an item.
      if (!t || numberOnly(text, i + t[0].length)) return null;
      const r = mk('arabic-dot', t[0], i + t[0].length, parseArabic(t[1]));
      r.tentative = true;
      return r;
    },
  },
  {
    id: 'decimal', doc: true, rank: 3, afterComma: false, starts: isDigitCode,
    match(text, i) {
      const m = exec(RE_DECIMAL, text, i);
      if (!m) return null;
      const major = parseArabic(m[1]);
      return mk('decimal', m[0], i + m[0].length, parseArabic(m[2]), `decimal:${major}`);
    },
  },
  {
    id: 'decimal3', doc: true, rank: 3.2, afterComma: false, starts: isDigitCode,
    match(text, i) {
      const m = exec(RE_DECIMAL3, text, i);
      if (!m) return null;
      return mk('decimal3', m[0], i + m[0].length, parseArabic(m[3]), `decimal3:${parseArabic(m[1])}.${parseArabic(m[2])}`);
    },
  },
  {
    // Between 1.1 and (1): the U.S. outline order 1. > a. > (1) > (a).
    id: 'en-alpha-dot', doc: true, rank: 3.5, afterComma: false, starts: (c) => c >= 97 && c <= 122,
    match(text, i) {
      const m = exec(RE_EN_ALPHA_DOT, text, i);
      return m && mk('en-alpha-dot', m[0], i + m[0].length, m[1].charCodeAt(0) - 96);
    },
  },
  {
    id: 'arabic-paren', doc: true, rank: 4, afterComma: false, chains: true,
    starts: (c) => c === 40 || c === 0xff08 || parenDigitValue(c) > 0,
    match(text, i) {
      const v = parenDigitValue(text.charCodeAt(i));
      if (v) return mk('arabic-paren', text[i], i + 1, v);
      const m = exec(RE_AR_PAREN, text, i);
      return m && mk('arabic-paren', m[0], i + m[0].length, parseArabic(m[1]));
    },
  },
  {
    id: 'arabic-rparen', doc: true, rank: 5, afterComma: false, starts: isDigitCode,
    match(text, i) {
      const m = exec(RE_AR_RPAREN, text, i);
      return m && mk('arabic-rparen', m[0], i + m[0].length, parseArabic(m[1]));
    },
  },
  {
    id: 'circled', doc: true, rank: 6, afterComma: false, starts: (c) => circledValue(c) > 0,
    match(text, i) {
      const v = circledValue(text.charCodeAt(i));
      return v ? mk('circled', text[i], i + 1, v) : null;
    },
  },
  ...LEGAL_FAMILIES,
  ...ARTICLE_FAMILIES,
  ...JAPANESE_FAMILIES,
  ...FRENCH_FAMILIES,
];

export const FAMILY_BY_ID = new Map(FAMILIES.map((f) => [f.id, f]));

export function isDocFamily(id: string): boolean {
  return FAMILY_BY_ID.get(id)?.doc === true;
}

export function familyRank(id: string): number {
  return FAMILY_BY_ID.get(id)?.rank ?? 0;
}

/** Whether the line from `from` to its end holds no word (ideograph or letter): 5.1, 3.20%, 1,080.5. */
function numberOnly(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if ((c >= 0x4e00 && c <= 0x9fff) || ((c | 32) >= 97 && (c | 32) <= 122)) return false;
  }
  return true;
}
