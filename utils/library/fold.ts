/**
 * Text folding for the notes library's search. Chinese has no spaces between
 * words, so search is plain substring matching over folded text: no word
 * splitting, no stemming. Folding makes a query typed one way find text written
 * another way: full-width ↔ half-width (NFKC), case, and white space that page
 * layout puts inside Chinese text (“全 体 干 部”, line breaks inside a quote).
 * Pure: no DOM, no browser.
 */

/** CJK ideographs, kana, hangul, full-width forms, CJK and general punctuation (“”…—). */
function isWide(code: number): boolean {
  return code >= 0x2e80 || (code >= 0x2010 && code <= 0x206f);
}

// Control characters never reach the folded text: \u0000 separates documents in the index.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g;

/**
 * NFKC, lower case, no control or zero-width characters; a run of white space
 * disappears next to a wide (CJK) character and becomes one space elsewhere, so
 * English words stay apart while Chinese text reads as one run.
 */
export function foldText(s: string): string {
  const t = s.normalize('NFKC').toLowerCase().replace(CONTROLS, '');
  return t.replace(/\s+/g, (run: string, at: number, all: string) => {
    if (at === 0 || at + run.length === all.length) return '';
    const before = all.charCodeAt(at - 1);
    const after = all.charCodeAt(at + run.length);
    return isWide(before) || isWide(after) ? '' : ' ';
  });
}

/**
 * The terms of a query: split on white space (ASCII and the ideographic space),
 * each folded; duplicates and empty terms dropped. Every term must be found.
 */
export function queryTerms(query: string): string[] {
  const terms = query
    .split(/[\s\u3000]+/)
    .map((t) => foldText(t).replace(/ /g, ''))
    .filter((t) => t !== '');
  return [...new Set(terms)];
}
