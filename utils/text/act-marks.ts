/**
 * The marks of acts written in Latin letters that are not read as a U.S. or UK instrument's: a European act's number
 * and enacting body, a French act's NOR and 「n°」, the numbers of English translations of Chinese documents, and who
 * makes an English instrument by its enacting sentence. Pure; document-marks.ts reads its lines through them.
 */
import { hasLatinLetter } from './notice-meta';

/**
 * A Chinese document's number as its English translation prints it: the 发文字号 in pinyin (Fa Gai Huan Zi [2024]
 * No. 165 for 发改环资〔2024〕165号), or an order's (Beijing Municipal People's Government Decree No. 318), on a line
 * of its own; the title's own 「GACC Announcement No. 36 of 2024 on …」.
 */
const PINYIN_DOC_NUMBER = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,5} \[(?:19|20)\d{2}\] No\. ?\d{1,4}$/;
const DECREE_NUMBER = /^((?:[A-Z][\w'’-]*\s+){1,6})(?:Decree|Order)\s+No\.\s*\d{1,4}$/;
const TITLE_NUMBER = /^((?:[A-Z][\w'’-]*\s+){1,5}(?:Announcement|Decree|Order|Circular)\s+No\.\s*\d{1,4}\s+of\s+(?:19|20)\d{2})\s+(?:on|of|concerning|regarding)\b/;

/** The number an English translation's title begins with: 「GACC Announcement No. 36 of 2024 on …」 → GACC Announcement No. 36 of 2024. */
export function titleDocNumber(title: string): string {
  return hasLatinLetter(title) ? (TITLE_NUMBER.exec(title.trim())?.[1] ?? '') : '';
}

/** The government an English decree line names: 「Beijing Municipal People's Government Decree No. 318」 → Beijing Municipal People's Government. */
export function decreeIssuer(line: string): string {
  const m = DECREE_NUMBER.exec(line.trim());
  return m && /(?:Government|Ministry|Commission|Council)\s*$/.test(m[1]!) ? m[1]!.trim() : '';
}

/**
 * An act of the European Union in the heading its title begins with: COMMISSION IMPLEMENTING REGULATION (EU)
 * 2024/805, DIRECTIVE (EU) 2019/1937 OF THE EUROPEAN PARLIAMENT…, Council Decision (CFSP) 2024/123 of 8 January
 * 2024. Its number is what follows the bracketed series (2024/805; No 1025/2012 gives 1025/2012).
 */
const EU_ACT = /^(?:(?:Commission|Council)\s+)?(?:(?:Delegated|Implementing)\s+)?(?:Regulation|Directive|Decision)\s+\((?:EU|EC|EEC|Euratom|CFSP)(?:,\s*Euratom)?\)\s+(?:No\s+)?(\d{1,4}\/\d{1,4})(?:\s+of\b.*)?$/i;

/** A French act's heading with its number: 「Arrêté préfectoral n° 33-2024-07-12-00004」, 「Décret n° 2024-123」. */
const FRENCH_ACT_NUMBER = /^(?:Arrêté|Décret|Décision|Ordonnance|Circulaire|Instruction)(?:\s+[a-zéè]+){0,2}\s+n°\s*(\d[\w-]*\d)$/i;

/** A French text's NOR, the number every act in the Journal officiel carries: 「NOR : AGRT2409126A」. */
const NOR = /^NOR\s*:\s*([A-Z]{4}\d{7}[A-Z])$/;

/** The number a line that holds nothing else gives, by the forms above, or ''. `t` has its white space collapsed. */
export function actNumber(t: string): string {
  // Every form below is written in Latin letters: a Chinese line is none of them, found without running each.
  if (!hasLatinLetter(t)) return '';
  if (t.startsWith('NOR')) return NOR.exec(t)?.[1] ?? '';
  if (PINYIN_DOC_NUMBER.test(t) || (DECREE_NUMBER.test(t) && decreeIssuer(t))) return t;
  const french = FRENCH_ACT_NUMBER.exec(t);
  if (french) return french[1]!;
  if (t.length <= 160 && t.includes('/') && hasLatinLetter(t)) return EU_ACT.exec(t)?.[1] ?? '';
  return '';
}

/**
 * The body that enacts a European act, named in capitals before its citations: 「THE EUROPEAN COMMISSION,」 then
 * 「Having regard to …」. Given as a reader writes it (European Commission, Council of the European Union).
 */
export function enactingBody(line: string, next: string): string {
  // A French act: 「Le préfet de la Gironde,」 or 「Le ministre de l’intérieur,」 then 「Vu …」.
  const french = /^(?:Le|La)\s+((?:préfet|préfète|ministre|maire|président|présidente|directeur|directrice)\b[^,;]{0,80}),$/.exec(line.trim());
  if (french) return /^Vu\b/.test(next.trim()) ? french[1]!.charAt(0).toUpperCase() + french[1]!.slice(1) : '';
  const m = /^THE ([A-Z][A-Z ]{4,80}[A-Z]),$/.exec(line.trim());
  if (!m || !/^Having regard to\b/.test(next.trim())) return '';
  return titleCase(m[1]!);
}

/**
 * Who makes an English instrument, in the sentence that enacts it: 「The Scottish Ministers make the following Order
 * …」, 「AN ORDINANCE OF THE COUNCIL OF THE CITY OF ASHFORD, OHIO, AMENDING …」, 「… the authority vested in me as
 * Governor of the State of Kansas …」. 「The Secretary of State makes …」 names no department, so it names no one.
 */
export function enactingSentence(line: string): string {
  const t = line.trim();
  if (!hasLatinLetter(t)) return '';
  // A body's name may join its capitalised words with of / for / and (the Department for Infrastructure).
  let m = /^The ([A-Z][\w']*(?: (?:(?:of|for|and|the) )*[A-Z][\w']*){0,5}) makes? (?:the following|these|this) (?:Regulations|Order|Rules|Scheme)\b/.exec(t);
  if (m) return /^Secretary of State$/.test(m[1]!) ? '' : m[1]!;
  m = /^AN? (?:ORDINANCE|RESOLUTION) OF THE ((?:BOARD|COUNCIL|COMMISSION)[A-Z ]{0,60}?),/.exec(t);
  if (m) return titleCase(m[1]!);
  m = /\bvested in me as ((?:Governor|Mayor) of (?:the )?[A-Z][\w ]{2,40}?)(?:,| by\b| and\b)/.exec(t);
  return m ? m[1]!.trim() : '';
}

/**
 * The body that adopts a resolution or gives a legal notice, as its operative sentence names it: 「NOW, THEREFORE, BE IT
 * RESOLVED by the Board of Commissioners of Cedar County as follows:」, 「Notice is hereby given that Brighton & Hove City
 * Council proposes to make …」. A name only: capitalised words joined by of / for / and / the / &; 「the Council」 alone
 * names no one.
 */
export function resolvingBody(line: string): string {
  if (!line.includes('RESOLVED') && !line.includes('hereby given')) return '';
  const m = RESOLVED_BY.exec(line) ?? HEREBY_GIVEN.exec(line.trim());
  return m ? m[1]! : '';
}
const BODY_NAME = String.raw`([A-Z][\w'.-]*(?: (?:(?:of|for|and|the|&) )*[A-Z][\w'.-]*){1,14})`;
const RESOLVED_BY = new RegExp(String.raw`\bBE IT (?:FURTHER )?RESOLVED,? by the ${BODY_NAME}(?:,| as follows| that\b|:)`);
const HEREBY_GIVEN = new RegExp(String.raw`^Notice is hereby given that (?:the )?${BODY_NAME} (?:proposes|intends|has made|will|made)\b`);

/** COUNCIL OF THE CITY OF ASHFORD → Council of the City of Ashford. */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b(?!(?:of|the|and)\b)[a-z]/g, (c) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase());
}
