/**
 * How titles are compared: letters and digits only, lower case — white space, punctuation and
 * symbols (Unicode's P and S categories) removed.
 *
 * Why two regexes: compiling `[\s\p{P}\p{S}]` with its hundreds of Unicode ranges takes ~0.7 ms,
 * and on a page's first visit that was one of the largest single costs of detection (issue 14).
 * Titles and the lines around them are almost always written in the characters of COMMON (ASCII,
 * Latin-1, general punctuation, box drawing to dingbats, CJK punctuation and ideographs, full-width
 * forms); for those, COMMON_P_S lists the P and S characters literally (tests/unit/title-key.test.ts
 * checks it against the Unicode classes, character by character). Any other character (an emoji,
 * a Cyrillic title) takes the Unicode regex, compiled then.
 */
const COMMON = /^[\u0000-\u00ff\u2000-\u206f\u2500-\u27bf\u3000-\u303f\u4e00-\u9fff\ufe30-\ufe4f\uff00-\uffef]*$/;
export const COMMON_P_S = /[\u0009-\u000d\u0020-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e\u00a0-\u00a9\u00ab-\u00ac\u00ae-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u200a\u2010-\u2029\u202f-\u205f\u2500-\u2775\u2794-\u27bf\u3000-\u3004\u3008-\u3020\u3030\u3036-\u3037\u303d-\u303f\ufe30-\ufe4f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffe6\uffe8-\uffee]+/g;
let anyPS: RegExp | undefined;

export function titleKey(s: string): string {
  const t = s.toLowerCase();
  return t.replace(COMMON.test(t) ? COMMON_P_S : (anyPS ??= /[\s\p{P}\p{S}]+/gu), '');
}
