/**
 * French official numbering (arrêtés, décrets and circulaires on gouv.fr): articles written 「Art. 1er.」 or
 * 「Article 2 – Objet」, their parts 「I. –」 (legal-families.ts's `roman-dot`, often right after the article's number:
 * 「Art. 2. – I. – Sont éligibles…」, two items), a circulaire's 「A.」 parts, the 1° 2° items of an enumeration and
 * their a) b) points. The `a)` points are read only in French text. The 「A.」 parts are the U.S. federal outline's
 * too (a Federal Register notice, a funding opportunity: I. > A. > 1. > a.), so they are read in any text: a capital
 * A–H, a dot, then a dash or a capitalised title (not 「A. B. Smith」's initials, which no 「B.」 line follows).
 */
import { type FamilyDef, exec, mk, sticky, textTest } from './marker';
import { parseArabic } from './numerals';

const SPACE = '[ \\u00a0]';
// Art. 1er. / Art. 2. / Article 1er – Objet / ARTICLE 3 (not 「Article 2 Scope」, en-article's, nor 「article 2 du décret」).
const RE_ARTICLE = sticky(`(?:Art\\.${SPACE}*(\\d{1,3})(?:er)?${SPACE}*\\.?|(?:Article|ARTICLE)${SPACE}+(\\d{1,3})(?:er${SPACE}*\\.?|(?=${SPACE}*[–—-])|${SPACE}*\\.))`);
const RE_UPPER = sticky(`([A-H])\\.(?=${SPACE}*[–—-]|${SPACE}+[A-ZÀÂÉÈÊÎÔÛÇ])`);
const RE_DEGREE = sticky(`(\\d{1,2})°(?=${SPACE}*\\S)`);
const RE_ALPHA_RPAREN = sticky(`([a-z])\\)(?=${SPACE})`);

/** Text in French: accented letters and its articles. */
const hasAccent = textTest(/[éèàç]/);
const hasArticle = textTest(/\s(?:les|des|du|aux|le|la)\s/);
const isFrench = (text: string) => hasAccent(text) && hasArticle(text);

export const FRENCH_FAMILIES: FamilyDef[] = [
  {
    id: 'fr-article', doc: true, rank: -1, afterComma: false, blockOnly: true, ownLine: true, starts: (c) => c === 65,
    match(text, i) {
      if (!text.startsWith('Art', i) && !text.startsWith('ART', i)) return null;
      const m = exec(RE_ARTICLE, text, i);
      return m && mk('fr-article', m[0].trimEnd(), i + m[0].length, parseArabic(m[1] ?? m[2]!));
    },
  },
  {
    id: 'upper-dot', doc: true, rank: -0.3, afterComma: false, blockOnly: true, starts: (c) => c >= 65 && c <= 72,
    match(text, i) {
      const m = exec(RE_UPPER, text, i);
      return m && mk('upper-dot', m[0], i + m[0].length, m[1]!.charCodeAt(0) - 64);
    },
  },
  {
    id: 'fr-degree', doc: true, rank: 2.5, afterComma: false, blockOnly: true, starts: (c) => c >= 48 && c <= 57,
    match(text, i) {
      if (text.charCodeAt(i + 1) !== 0xb0 && text.charCodeAt(i + 2) !== 0xb0) return null;
      const m = exec(RE_DEGREE, text, i);
      return m && mk('fr-degree', m[0], i + m[0].length, parseArabic(m[1]!));
    },
  },
  {
    id: 'alpha-rparen', doc: true, rank: 6.8, afterComma: false, blockOnly: true, starts: (c) => c >= 97 && c <= 104,
    match(text, i) {
      const m = isFrench(text) ? exec(RE_ALPHA_RPAREN, text, i) : null;
      return m && mk('alpha-rparen', m[0], i + m[0].length, m[1]!.charCodeAt(0) - 96);
    },
  },
];
