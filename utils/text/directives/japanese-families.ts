/**
 * Japanese official numbering. A ministry's 通知 lists under 記: 第1 > 1 (or １) > (1) > ア > (ア); a law or
 * 省令 numbers 第一条 (article-families.ts), its paragraphs ２ ３ (the first has no number), their items
 * 一 二 三, and theirs イ ロ ハ. Every marker is followed by a space (usually the ideographic one), which
 * is what tells １　概要 from a figure in a sentence. Figures and kanji followed by a space are items only in
 * Japanese text (it holds kana): a Chinese notice's 一　总体要求 keeps the GB/T 9704 ranks it has today.
 */
import { type FamilyDef, exec, mk, sticky, textTest } from './marker';
import { CN_NUM, DIGIT, isDigitCode, parseArabic, parseCnNumeral } from './numerals';
import type { Candidate } from './scan';

const SPACE = '[ \\u00a0\\u3000]';
// 第1　趣旨 / 第２　対象: a part of a notice (第1条 is an article, 第一に a word).
const RE_DAI = sticky(`第(${DIGIT}{1,2}|${CN_NUM})${SPACE}+(?=[^\\s\\u3000条章節項号])`);
// １　キャンペーンの期間 / 2 概要; never 2 000 or a date's 2024 年.
const RE_NUMBER = sticky(`(${DIGIT}{1,2})${SPACE}+(?=[^\\s\\u30000-9０-９年月日%％])`);
const RE_KANJI = sticky(`(${CN_NUM})${SPACE}+(?=[^\\s\\u3000])`);
// ア　… / （ア）… / (イ) …: the gojūon order of a notice, or the iroha order of a law.
const RE_KANA = sticky('(?:[（(]([ア-ン])[）)]|([ア-ン])[ \\u00a0\\u3000]+)');

const GOJUON = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';

/** Text with hiragana or katakana: Japanese, where the figure-and-space markers may be read. */
const isJapanese = textTest(/[\u3041-\u3096\u30a1-\u30fa]/);

const isKatakana = (c: number) => c >= 0x30a1 && c <= 0x30f3;

export const JAPANESE_FAMILIES: FamilyDef[] = [
  {
    id: 'jp-dai', doc: true, rank: -0.5, afterComma: false, blockOnly: true, starts: (c) => c === 0x7b2c,
    match(text, i) {
      const m = isJapanese(text) ? exec(RE_DAI, text, i) : null;
      return m && mk('jp-dai', m[0].trimEnd(), i + m[0].length, /\d|[０-９]/.test(m[1]) ? parseArabic(m[1]) : parseCnNumeral(m[1]));
    },
  },
  {
    id: 'jp-number', doc: true, rank: 0.5, afterComma: false, blockOnly: true, starts: isDigitCode,
    match(text, i) {
      const m = isJapanese(text) ? exec(RE_NUMBER, text, i) : null;
      return m && mk('jp-number', m[1], i + m[0].length, parseArabic(m[1]));
    },
  },
  {
    id: 'jp-kanji', doc: true, rank: 1.5, afterComma: false, blockOnly: true, starts: (c) => '一二三四五六七八九十'.includes(String.fromCharCode(c)),
    match(text, i) {
      const m = isJapanese(text) ? exec(RE_KANJI, text, i) : null;
      return m && mk('jp-kanji', m[1], i + m[0].length, parseCnNumeral(m[1]));
    },
  },
  {
    // Both orders are offered for the same letter (イ is the second of the gojūon and the first of iroha); the runs decide.
    id: 'jp-kana', doc: true, rank: 6.5, afterComma: false, blockOnly: true,
    starts: (c) => isKatakana(c) || c === 40 || c === 0xff08,
    match(text, i) {
      // Cheap test first: a katakana letter here, or right after the bracket (Chinese text has none).
      if (!isKatakana(text.charCodeAt(i)) && !isKatakana(text.charCodeAt(i + 1))) return null;
      const m = exec(RE_KANA, text, i);
      if (!m) return null;
      const letter = m[1] ?? m[2]!;
      const ordinal = m[1] ? m[0] : letter;
      const out = [];
      const g = GOJUON.indexOf(letter) + 1;
      const r = IROHA.indexOf(letter) + 1;
      if (g) out.push({ ...mk('jp-kana', ordinal, i + m[0].length, g), soft: true });
      if (r) out.push({ ...mk('jp-iroha', ordinal, i + m[0].length, r), soft: true });
      return out.length ? out : null;
    },
  },
  // The iroha reading is produced by jp-kana's matcher; its entry gives the family a rank and a place in the tables.
  { id: 'jp-iroha', doc: true, rank: 6.6, afterComma: false, blockOnly: true, starts: () => false, match: () => null },
];

/**
 * A law's article begins with its first paragraph, unnumbered, so its paragraph numbers start at ２: a ２ that
 * is the first paragraph number after an article (第二条　… / ２　前項の…) begins the article's run.
 */
export function anchorParagraphs(candidates: Candidate[]): Candidate[] {
  let article = false;
  for (const c of candidates) {
    if (c.family === 'cn-article') article = true;
    else if (c.family === 'jp-number') {
      if (article && c.number === 2) c.anchor = true;
      article = false;
    }
  }
  return candidates;
}
