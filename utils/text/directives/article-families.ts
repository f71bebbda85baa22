/**
 * Regulations numbered by article: 条例 / 办法 / 规定 / 实施细则 print 第一章 总则, 第一节, then 第一条,
 * 第二条 … numbered through the whole text, and （一）（二） under an article; their English versions
 * print "Chapter I General Provisions" and "Article 1 …". Chapters and sections nest above articles
 * (章 > 节 > 条 > （一） > 1.), so they rank above 一、 (which such texts do not use); a plan's parts (第一部分, 第一篇)
 * rank above its chapters, or above its 一、 when it has no chapters.
 * A chapter heading stands alone ("第二章 管理职责"); an article counts in a run from 第一条, so a
 * paragraph that happens to begin 第五条规定的… in a notice is not an item, and 第五条规定的 inside a
 * sentence never stands at a list position.
 */
import { type FamilyDef, charSet, exec, mk, sticky } from './marker';
import { CN_NUM, parseArabic, parseCnNumeral, parseRoman } from './numerals';

// Article numbers run past 99 in long codes: 第一百零二条.
const CN_BIG = `(?:[一二三四五六七八九]百(?:零?${CN_NUM})?|${CN_NUM})`;
// What a cross-reference puts right after 第五条 when it opens a paragraph: 第五条规定的, 第五条所称,
// 第五条第二款, 第五条、第六条. An article's own number is followed by white space (第三条　中华人民共和国…)
// or, in pages that drop it, by the article's text, which never begins so.
const CITED_NEXT = '(?=[\\s\\u3000]|(?!规定|的|所|中|第|至|、|和|或|及|之|款|项|修改|删去|增加|调整|[，,。；;）)]))';
// Taiwan's law database, and some mainland sites, write the number in Arabic figures and spaced: 第 1 條
// (條 read as 条, ../hant.ts), 第 一 章, 第10条.
const GAP = '[ \\u00a0\\u3000]?';
const RE_CN_ARTICLE = sticky(`第${GAP}(${CN_BIG}|\\d{1,3})${GAP}条${CITED_NEXT}`);
// 第一章 总则 / 第二节 监督检查: a short title, no sentence.
const RE_CN_CHAPTER = sticky(`第${GAP}(${CN_NUM}|\\d{1,2})${GAP}章(?=[\\s\\u3000]|$)`);
// 第一部分 总体要求 / 第二篇 创新驱动: the parts of a plan or an 实施方案, above its chapters or its 一、.
const RE_CN_PART = sticky(`第${GAP}(${CN_NUM}|\\d{1,2})${GAP}(?:部分|篇)(?=[\\s\\u3000]|$)`);
const RE_CN_SECTION = sticky(`第${GAP}(${CN_NUM}|\\d{1,2})${GAP}节(?=[\\s\\u3000]|$)`);
const RE_EN_ARTICLE = sticky('(?:Article|ARTICLE)[ \\u00a0]+(\\d{1,3}|[IVXL]{1,7})(?:\\.|(?=[ \\u00a0]+[A-Z“"]|[ \\u00a0]*(?:\\n|$)))');
const RE_EN_CHAPTER = sticky('(?:Chapter|CHAPTER)[ \\u00a0]+(\\d{1,2}|[IVXL]{1,7})(?=[ \\u00a0]*(?:\\n|$)|[ \\u00a0]+[A-Z])');
const MAX_TITLE = 30;

function cnBig(s: string): number {
  if (/\d/.test(s)) return parseArabic(s);
  const hundred = s.indexOf('百');
  if (hundred < 0) return parseCnNumeral(s);
  const rest = s.slice(hundred + 1).replace(/^零/, '');
  const h = parseCnNumeral(s.slice(0, hundred));
  return h * 100 + (rest ? parseCnNumeral(rest) : 0);
}

/** The rest of the heading's line is a short title (总则, General Provisions) or nothing, never a sentence. */
function titleOnly(text: string, end: number): boolean {
  let stop = text.indexOf('\n', end);
  if (stop < 0) stop = text.length;
  const rest = text.slice(end, stop).trim();
  return rest.length <= MAX_TITLE && !/[。；;，,！？!?]|\.\s/.test(rest);
}

const number = (s: string) => (/\d/.test(s) ? parseArabic(s) : parseRoman(s.toLowerCase()));

export const ARTICLE_FAMILIES: FamilyDef[] = [
  {
    id: 'cn-part', doc: true, rank: -2.5, afterComma: false, blockOnly: true, standalone: true,
    starts: charSet('第'),
    match(text, i) {
      const m = exec(RE_CN_PART, text, i);
      if (!m || !titleOnly(text, i + m[0].length)) return null;
      return mk('cn-part', m[0], i + m[0].length, cnBig(m[1]));
    },
  },
  {
    id: 'cn-chapter', doc: true, rank: -2, afterComma: false, blockOnly: true, standalone: true,
    starts: charSet('第'),
    match(text, i) {
      const m = exec(RE_CN_CHAPTER, text, i);
      if (!m || !titleOnly(text, i + m[0].length)) return null;
      return mk('cn-chapter', m[0], i + m[0].length, cnBig(m[1]));
    },
  },
  {
    id: 'cn-section', doc: true, rank: -1.5, afterComma: false, blockOnly: true, standalone: true,
    starts: charSet('第'),
    match(text, i) {
      const m = exec(RE_CN_SECTION, text, i);
      if (!m || !titleOnly(text, i + m[0].length)) return null;
      return mk('cn-section', m[0], i + m[0].length, cnBig(m[1]));
    },
  },
  {
    id: 'cn-article', doc: true, rank: -1, afterComma: false, blockOnly: true, ownLine: true,
    starts: charSet('第'),
    match(text, i) {
      const m = exec(RE_CN_ARTICLE, text, i);
      return m && mk('cn-article', m[0], i + m[0].length, cnBig(m[1]));
    },
  },
  {
    id: 'en-chapter', doc: true, rank: -2, afterComma: false, blockOnly: true, standalone: true,
    starts: charSet('Cc'),
    match(text, i) {
      const m = exec(RE_EN_CHAPTER, text, i);
      const n = m ? number(m[1]) : 0;
      if (!m || !n || !titleOnly(text, i + m[0].length)) return null;
      return mk('en-chapter', m[0], i + m[0].length, n);
    },
  },
  {
    id: 'en-article', doc: true, rank: -1, afterComma: false, blockOnly: true, ownLine: true,
    starts: charSet('Aa'),
    match(text, i) {
      const m = exec(RE_EN_ARTICLE, text, i);
      const n = m ? number(m[1]) : 0;
      return m && n ? mk('en-article', m[0], i + m[0].length, n) : null;
    },
  },
];
