/**
 * Reading a notice's facts from short strings found on its page (meta tags, the
 * 发布时间/来源 line, the 发文字号 table). Pure: the DOM layer finds the strings.
 */
import { titleKey } from './title-key';

const DATE = /((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})\s*日?/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** 24 April 2023 (gov.uk), 6th March 2024 and 10th day of July, 2024 (legislation), April 24, 2023 (US agencies). */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+day\\s+of)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b`, 'i');

/**
 * 20/03/2025 (a UK council's ModernGov page) or 03/20/2025 (a U.S. one): which number is the day is
 * known only when one of them is over 12; 05/03/2025 is a date, but no one can say which.
 */
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/;

const SHORTEST_DATE = 8;
/**
 * Taiwan dates its documents in the years of the Republic (民國 113 = 2024): 中华民国113年5月10日 (as the rules read
 * 中華民國, ./hant.ts), 113年5月10日, and 113-05-13 in lists. A three-figure year from 100 is never a Gregorian one;
 * a two-figure year needs 民国 before it.
 */
const ROC_DATE = /(?:(民国)\s*(\d{2,3})|(?<![\d.\-/])(1[0-4]\d))\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{2})[-./](\d{2})(?![\d.\-/]))/;
const ROC_YEAR_ZERO = 1911;

/**
 * Japan dates its documents in the years of the era: 令和6年3月15日 (令和元年 = 2019), 平成31年, with the figures
 * half- or full-width (令和６年３月１５日) or written in kanji (令和六年三月十五日, in laws).
 */
const ERA_DATE = /(令和|平成)\s*(元|\d{1,2}|[一二三四五六七八九十]{1,3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
const ERA_YEAR_ZERO: Record<string, number> = { 令和: 2018, 平成: 1988 };
const FULL_WIDTH_DIGIT = /[０-９]/g;

/** ６ → 6: Japanese and Chinese pages write figures full-width as often as not. */
export function halfWidthDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGIT, (d) => String(d.charCodeAt(0) - 0xff10));
}

/** 5 avril 2024, 1er juin 2024 (gouv.fr pages and the French acts they print). */
const FRENCH_DATE = /\b(\d{1,2})(?:er)?\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)\s+((?:19|20)\d{2})\b/i;
const FRENCH_MONTHS = ['jan', 'fév', 'mar', 'avr', 'mai', 'jui', 'jul', 'aoû', 'sep', 'oct', 'nov', 'déc'];

/** YYYY-MM-DD from the first date in `s`, or '' when there is none (or it cannot be read unambiguously). */
export function normalizeDate(s: string): string {
  // No form fits in fewer characters (2024-1-1, 1/1/2024): a list's 03-18 is answered without a pattern run.
  if (s.length < SHORTEST_DATE) return '';
  let m = DATE.exec(s);
  if (m) return ymd(m[1]!, Number(m[2]), Number(m[3]));
  // The English forms are asked only of text that names a month: their patterns, costly to compile and to run
  // cold, are then never run on a Chinese page (detection reads dates on every page of every official site).
  if (namesMonth(s)) {
    if ((m = DAY_MONTH_YEAR.exec(s))) return ymd(m[3]!, monthOf(m[2]!), Number(m[1]));
    if ((m = MONTH_DAY_YEAR.exec(s))) return ymd(m[3]!, monthOf(m[1]!), Number(m[2]));
  }
  if ((m = ROC_DATE.exec(s))) return ymd(String(Number(m[2] ?? m[3]) + ROC_YEAR_ZERO), Number(m[4] ?? m[6]), Number(m[5] ?? m[7]));
  if ((s.includes('令和') || s.includes('平成')) && (m = ERA_DATE.exec(halfWidthDigits(s)))) {
    return ymd(String(ERA_YEAR_ZERO[m[1]!]! + eraFigure(m[2]!)), eraFigure(m[3]!), eraFigure(m[4]!));
  }
  if (namesFrenchMonth(s) && (m = FRENCH_DATE.exec(s))) {
    const month = m[2]!.toLowerCase().replace('fe', 'fé').replace('de', 'dé').replace('aou', 'aoû');
    return ymd(m[3]!, frenchMonth(month), Number(m[1]));
  }
  if (s.includes('/') && (m = NUMERIC_DATE.exec(s))) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) return ymd(m[3]!, b, a);
    if (b > 12 && a <= 12) return ymd(m[3]!, a, b);
  }
  return '';
}

/** Whether `s` holds a month's name (its first three letters, any case), without a pattern to compile. */
function namesMonth(s: string): boolean {
  if (!hasLatinLetter(s)) return false;
  const lower = s.toLowerCase();
  return MONTHS.some((m) => lower.includes(m));
}

/** Whether `s` names a French month (by a stem, lower-cased), before the case-blind pattern is asked: most text with Latin letters is not French. */
function namesFrenchMonth(s: string): boolean {
  if (!hasLatinLetter(s)) return false;
  const lower = s.toLowerCase();
  return FRENCH_MONTH_STEMS.some((m) => lower.includes(m));
}
const FRENCH_MONTH_STEMS = ['janvier', 'vrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'cembre'];

/** janvier … décembre → 1 … 12 (juin and juillet told apart by their fourth letter). */
function frenchMonth(name: string): number {
  if (name.startsWith('juil')) return 7;
  return FRENCH_MONTHS.indexOf(name.slice(0, 3)) + 1;
}

/** An era year, month or day: 元 (the first year), figures, or kanji up to 三十一. */
function eraFigure(s: string): number {
  if (s === '元') return 1;
  if (/^\d+$/.test(s)) return Number(s);
  const digit = (c: string) => '〇一二三四五六七八九'.indexOf(c);
  const ten = s.indexOf('十');
  if (ten < 0) return digit(s);
  return (ten === 0 ? 1 : digit(s[0]!)) * 10 + (ten === s.length - 1 ? 0 : digit(s[ten + 1]!));
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function ymd(y: string, month: number, day: number): string {
  if (month < 1 || month > 12 || day < 1 || day > 31) return '';
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function hasDate(s: string): boolean {
  return normalizeDate(s) !== '' || (s.includes('/') && NUMERIC_DATE.test(s));
}

/** Whether `s` holds an ASCII letter: the cheap test before an English-only pattern. */
export function hasLatinLetter(s: string): boolean {
  return LATIN_LETTER.test(s);
}
const LATIN_LETTER = /[A-Za-z]/;

/** Label words of the line under a notice's title: 发布时间：… 来源：… */
const INFO_LABEL = /(?:发布时间|发布日期|发文日期|成文日期|日期|时间|来源|信息来源|文章来源|作者|浏览次数|点击数|掲載日|更新日|公開日|発表日|公表日)\s*[:：]/;
/** The English labels apart, in a case-blind pattern asked only of text with Latin letters (see normalizeDate). */
const INFO_LABEL_EN = /(?:Published|Last updated|Updated|Posted|Date|From|Publication date|Date of decision|Decision date)\s*[:：]|^(?:Publié|Mis à jour|Modifié|Date de publication)\b/i;

/**
 * The stamp a site prints at the end of a page it keeps up to date: 「Last updated on September 22, 2025」, 「Page last
 * reviewed: March 4, 2025」, 「Content last reviewed February 3, 2025」 (U.S. federal sites, gov.au, gov.sg). It dates one
 * page, as a 发布时间 line does.
 */
export function isUpdatedStamp(s: string): boolean {
  const t = s.trim();
  return t.length <= 80 && /^(?:(?:Page|Content|This page was)\s+)?last\s+(?:updated|reviewed|modified)\b/i.test(t) && hasDate(t);
}

/**
 * The pages every site keeps about itself (About us, Contact us, Privacy policy, Accessibility statement, Terms of
 * use, Careers, Website policies …, 关于我们, 联系我们, 网站声明): their title says so. They carry the same last-updated
 * stamp as the site's guidance, but nobody reads them as a notice.
 */
export function isSiteFurnitureTitle(title: string): boolean {
  const t = title.split(/\s+[|–—-]\s+|_/)[0]!.trim();
  return SITE_FURNITURE_EN.test(t) || SITE_FURNITURE_ZH.test(t);
}
const SITE_FURNITURE_EN =
  /^(?:(?:[A-Z]{2,6}|The)\s+)?(?:About(?:\s+(?:us|the\s+\w+.*|[A-Z][\w.&-]*.*))?|Our\s+(?:mission|history|leadership|organi[sz]ation|people|work)\b.*|(?:Mission|History|Leadership|Organi[sz]ation)(?:\s+and\s+\w+)?|Careers?(?:\s+(?:at|with|in)\s+.*)?|Jobs(?:\s+at\b.*)?|Work(?:ing)?\s+(?:at|for|with)\s+us\b.*|Contact(?:\s+(?:us|information|the\s+\S+(?:\s+\S+)?))?|(?:Website\s+|Web\s+|Site\s+)?(?:Privacy|Accessibility|Cookies?|Copyright|Disclaimers?|Terms(?:\s+(?:of\s+use|and\s+conditions))?)(?:\s+(?:policy|notice|statement|and\s+\w+))*|(?:Website|Web|Site)\s+(?:policies|policy|information)\b.*|Site\s*map|.*\b(?:Web(?:site)?\s+)?(?:Privacy|Accessibility|Cookies?)\s+(?:Policy|Statement))$/i;
const SITE_FURNITURE_ZH = /^(?:关于我们|联系我们|网站(?:声明|地图|介绍|简介)|隐私(?:政策|声明)|版权(?:声明|信息)|免责声明|无障碍(?:声明|说明)?|使用条款)$/;

/**
 * A Chinese body's pages about itself, titled by what they describe, with or without its name before (三明市林业局机构简介,
 * 内设机构, 市政府领导分工, 联系方式): its 机构职能, 内设机构, leaders and their 分工, address. No notice is titled so; a
 * notice about such things names its kind (…关于调整市政府领导工作分工的通知).
 */
export function isAboutOrganisationTitle(title: string): boolean {
  return title.split(/\s*[|–—_]\s*|\s+-\s+|-(?=[^-]*$)/).some((part) => ABOUT_ORGANISATION.test(part.trim()));
}
const ABOUT_ORGANISATION = /^[^，。；：、\s]{0,24}?(?:机构职能|主要职能|主要职责|工作职责|职能配置|部门职责|单位职能|机构简介|机构概况|部门概况|单位概况|单位简介|[县市区镇乡村]情(?:简介|概况)|乡镇概况|内设机构|内设科室|科室设置|股室设置|领导分工|分管领导(?:及分工)?|领导班子|局领导|领导简介|领导信息|联系方式|联系我们|办公地址|直属单位|窗口分布|窗口设置|办事大厅)$/;

/**
 * A 简历's opening, as a 领导之窗 page begins: the person's name, sex and birth 「赵立群，男，汉族，1973年6月生，…」.
 * A 任前公示 begins with its own preface and lists such lines below it, so only a body's first line is asked, and only
 * under a title that names no document (isDocumentTitle).
 */
export function isBiographyOpening(line: string): boolean {
  return /^[\u4e00-\u9fa5·]{2,8}[，,]\s*[男女][，,].{0,40}?(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:出)?生/.test(line.trim());
}
/** A title naming a kind of document (公示, 通知, 决定, 名单 …): a page of people under it is still a document. */
export function isDocumentTitle(title: string): boolean {
  return /公示|公告|通知|通告|通报|决定|任免|任职|名单|办法|意见|方案/.test(title);
}

/** A line that begins with a list number (1. 1) (a) iv. A.): the body is numbered, as guidance and requirements are. */
export function startsNumbered(line: string): boolean {
  return /^\s*(?:\d{1,2}[.)．、](?![\d０-９])\s*\S|\(\w{1,4}\)\s*\S|[IVX]{1,4}\.\s+\S|[A-H]\.\s+[A-Z][a-z])/.test(line);
}

/** True for a short line that gives a notice's date or source, e.g. 「发布时间：2018-09-05 来源：市工信委」. */
export function isInfoLine(s: string): boolean {
  const t = s.trim();
  if (t.length > 160 || t.length < 6) return false;
  return (INFO_LABEL.test(t) || (hasLatinLetter(t) && INFO_LABEL_EN.test(t))) && (hasDate(t) || /来源\s*[:：]\s*\S/.test(t));
}

/**
 * A label with nothing after it, the date in the next cell: 「修正日期：」 then 「民國 113 年 05 月 15 日」 (an
 * info table of <th> and <td>).
 */
export function isInfoLabel(s: string): boolean {
  const t = s.trim();
  return t.length <= 12 && /[:：]$/.test(t) && INFO_LABEL.test(t);
}

/**
 * A short line that is (mostly) a date, such as the unlabelled 「2024-04-18 19:32
 * 深圳市应急管理局」 under a mobile page's title, gov.uk's 「1 April 2024」, or a
 * memo's date. Sentences that mention a date are not date lines.
 */
export function isDateLine(s: string): boolean {
  const t = s.trim();
  if (t.length > 80 || /[，。；！？]/.test(t)) return false;
  // A dateline of fields: 「May 9, 2025 | Ottawa, Ontario | Natural Resources Canada」: the date leads.
  const lead = t.includes('|') ? t.split('|')[0]!.trim() : t;
  if (lead !== t && lead.length <= 30 && hasDate(lead)) return true;
  if (t.length > 60 || !hasDate(t)) return false;
  return t.split(/\s+/).length <= 8;
}

/**
 * The date a 公文 is signed with, on a line of its own at the end (落款):
 * 「2024年3月20日」 or 「二〇二四年三月二十日」.
 */
export function isClosingDate(s: string): boolean {
  return closingDate(s) !== '';
}

const CN_DIGITS = '〇一二三四五六七八九';
const WEEKDAY_AFTER = /[（(](?:星期|礼拜|周)[一二三四五六日天][）)]$/;

/** 「三」 → 3, 「十二」 → 12, 「二十一」 → 21; NaN for anything else. */
function cnNumber(s: string): number {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || !s) return NaN;
  const tens = m[2] ? (m[1] ? CN_DIGITS.indexOf(m[1]) : 1) : 0;
  if (!m[2] && m[1] && m[3]) return NaN;
  return tens * 10 + (m[3] ? CN_DIGITS.indexOf(m[3]) : m[2] ? 0 : CN_DIGITS.indexOf(m[1]!));
}

/** YYYY-MM-DD of a line that is nothing but a date written out in full (a 落款 date), or ''. */
export function closingDate(s: string): string {
  // Hong Kong's English press releases close with 「Ends/Tuesday, May 6, 2025」 (then 「Issued at HKT 17:30」).
  const ends = /^\s*Ends\s*\/\s*(?:[A-Z][a-z]+day,\s*)?([A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2})\s*$/.exec(s);
  if (ends) return normalizeDate(ends[1]!);
  // A press release's date line names the weekday too: 2024年6月3日（星期一）.
  const t = s.replace(/\s+/g, '').replace(WEEKDAY_AFTER, '');
  let m = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return ymd(m[1]!, Number(m[2]), Number(m[3]));
  m = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(t);
  if (!m) return '';
  const year = [...m[1]!].map((c) => (c === '零' ? 0 : CN_DIGITS.indexOf(c))).join('');
  return /^(?:19|20)\d{2}$/.test(year) ? ymd(year, cnNumber(m[2]!), cnNumber(m[3]!)) : '';
}

/**
 * The header of a U.S. memorandum (MEMORANDUM FOR …, SUBJECT:, FROM:, TO:), and the fields a council's
 * record of decision opens with (ModernGov's "Decision Maker:", "Decision status:", "Is Key decision?:",
 * "Decision number:"): two of them above a body say "this is one document".
 */
export function isMemoLine(s: string): boolean {
  return hasLatinLetter(s) && (/^\s*(MEMORANDUM FOR\b|MEMORANDUM TO\b|SUBJECT\s*:|FROM\s*:|TO\s*:|THROUGH\s*:|DATE\s*:)/.test(s) ||
    /^\s*(?:Decision\s+(?:Maker|maker|taker|status|number|reference|type)|Is\s+(?:a\s+)?[Kk]ey\s+decision\??|Is\s+subject\s+to\s+call[\s-]in\??)\s*:/.test(s));
}

/**
 * True when `text`, an element's text, is the page's title as given by its
 * <title> (where CMSs write 「title_column_site」 or 「site - title」) or a meta tag.
 */
export function isPageTitle(text: string, titles: string[]): boolean {
  const k = titleKey(text);
  if (k.length < 8) return false;
  return titles.some((t) => {
    const tk = titleKey(t);
    return tk === k || (tk.length > k.length && (tk.startsWith(k) || tk.endsWith(k)) && k.length >= 0.4 * tk.length);
  });
}

/** The value after a label such as 来源 or 发文字号 in a line, up to the next label. */
export function valueAfter(s: string, labels: string[]): string {
  for (const label of labels) {
    const i = s.indexOf(label);
    if (i < 0) continue;
    let rest = s.slice(i + label.length).replace(/^\s*[:：]?\s*/, '');
    const stop = rest.search(/\s{2,}|[\u3000]|(发布时间|发布日期|来源|作者|浏览次数|点击数|字号|字体|【)\s*[:：【]?/);
    if (stop > 0) rest = rest.slice(0, stop);
    rest = rest.trim();
    if (rest) return rest.slice(0, 80);
  }
  return '';
}

/** A 发文字号 such as 国办发〔2024〕5号 or 西政发〔2018〕12号. */
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}[〔［\[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*\d{1,4}\s*号/;

export function findDocNumber(s: string): string {
  return DOC_NUMBER.exec(s)?.[0] ?? '';
}
