/**
 * The marks a published document carries, read from short strings of its page: the body that issues
 * it, its number (发文字号, a 令's 第777号, an English instrument's 2024 No. 301), the dates it was
 * made or passed, the kind of document its title names, the 信息公开 box's labels. Pure, like
 * notice-meta.ts, whose dates and numbers it builds on; the lines' side is utils/facts/own-facts.ts.
 */
import { actNumber } from './act-marks';
import { findDocNumber, halfWidthDigits, hasDate, hasLatinLetter, normalizeDate } from './notice-meta';

/**
 * What an issuing body's name ends with: 国务院, 财政部, 生态环境部办公厅, 周至县防汛抗旱指挥部,
 * 某市人民政府, 某县委员会. A signer's name (总理 李强) or a sentence is not one.
 */
const ORGAN_END = /(?:院|部|委|厅|局|办|室|政府|委员会|常委会|指挥部|领导小组|中心|署|司|社|馆|所|站|队|处|机关|公司|集团|协会|联合会|大学|学院|法院|检察院|银行)$/;

/** True for a line that names one issuing body, as the 落款 above its date does. */
export function isIssuerName(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return t.length >= 2 && t.length <= 40 && /^[\u4e00-\u9fa5（）()·]+$/.test(t) && ORGAN_END.test(t) &&
    !/^(?:附件|特此|抄送|联系|主题词|印发|会议|根据|按照|经(?!济|信))/.test(t);
}

/** 第777号, （第二十一号）, 国令第777号, 2024年第5号: the number of a 令 or a numbered 公告, as a line of its own. */
const ORDER_NUMBER = /^[\u4e00-\u9fa5]{0,12}[〔［\[(（]?\s*(?:(?:19|20)\d{2}\s*[〕］\])）年]\s*)?第\s*[0-9〇零一二三四五六七八九十百千]{1,7}\s*号\s*[)）]?$/;

/**
 * Taiwan's 發文字號 (read folded to Simplified): the office's short name and the letter's class before 字第,
 * then a number of 7–12 digits whose first three are the ROC year: 高市勞檢字第11331987600號.
 */
const LETTER_NUMBER = /^[\u4e00-\u9fa5]{2,12}字第\d{7,12}号$/;

/**
 * A Japanese ministry's 発出番号: the bureau's short name and 発, then the month and day or 第 and the number:
 * 基発0315第3号, 環循適発第2405101号 (figures half- or full-width).
 */
const ISSUED_NUMBER = /^[\u4e00-\u9fa5]{1,8}発(?:\d{3,4})?第?\d{1,8}号$/;

/** A Japanese 告示 or 省令 numbered in its era's year: 令和6年国土交通省告示第209号, 令和六年農林水産省令第五十四号. */
const ERA_NUMBER = /^(?:令和|平成)(?:\d{1,2}|元|[一二三四五六七八九十]{1,3})年[\u4e00-\u9fa5]{2,14}第(?:\d{1,4}|[一二三四五六七八九十百千]{1,8})号$/;

/** A letter's own number as Taiwan's and Japan's ministries print it under or above the title. */
export function isLetterNumber(s: string): boolean {
  const t = halfWidthDigits(s.replace(/\s+/g, ''));
  return t.length <= 30 && (LETTER_NUMBER.test(t) || ISSUED_NUMBER.test(t) || ERA_NUMBER.test(t));
}

export function isOrderNumber(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return t.length <= 24 && ORDER_NUMBER.test(t);
}

/**
 * The dated line under a short formal document's title that says how it was made:
 * 「（2024年3月11日第十四届全国人民代表大会第二次会议通过）」, 「（2023年12月29日国务院令第772号公布）」.
 */
export function isIssuedLine(s: string): boolean {
  if (hasLatinLetter(s) && LEGAL_NOTICE_OPENING.test(s)) return true;
  const t = s.replace(/\s+/g, '');
  return t.length <= 120 && /^[（(]/.test(t) && /[)）]$/.test(t) && hasDate(t) && /(?:通过|公布|发布|批准|修订|修正|施行|印发)/.test(t);
}

/** The words an English legal notice opens with: 「NOTICE IS HEREBY GIVEN that the Board of Directors …」. */
const LEGAL_NOTICE_OPENING = /^\s*(?:PUBLIC\s+NOTICE\s+IS\s+HEREBY\s+GIVEN|NOTICE\s+IS\s+HEREBY\s+GIVEN|(?:Public\s+)?[Nn]otice\s+is\s+hereby\s+given)\b/;
/** English titles that name a legal notice or an enactment: Notice of Public Hearing, Resolution No. 2024-17. */
const EN_FORMAL_TITLE = /^(?:(?:Public|Legal)\s+Notice\b|Notice\s+of\s+(?:a\s+)?(?:Public\s+Hearing|Proposed|Intent|Adoption|Availability|Decision|Determination)\b|(?:Resolution|Ordinance|Order)\s+No\.\s*\d)/i;

/**
 * A title that names a formal document type — 决议, 决定, 公告, 通告, 令, 批复, 公报, 通知 … —
 * as its last word, before an optional number: 「…关于政府工作报告的决议」, 「中华人民共和国国务院令（第777号）」.
 */
export function isFormalTitle(s: string): boolean {
  if (hasLatinLetter(s) && EN_FORMAL_TITLE.test(s.trim())) return true;
  const t = s.replace(/\s+/g, '').replace(/[（(]?(?:(?:19|20)\d{2}[年〔［\[]?[〕］\]]?)?第?[0-9〇零一二三四五六七八九十百千]+号[)）]?$/, '');
  // A column named after document types (通知公告, 政府公告) is no document's title.
  return t.length >= 4 && /(?:决议|决定|公告|通告|令|批复|公报|通知|通报|命令|复函|函)$/.test(t) &&
    !/^(?:通知|公告|通告|公示|决定|决议|公报|批复|文件|政策|法规|规章|命令|政府|最新)+$/.test(t);
}

/**
 * The 发文字号 of a line that holds nothing else — the number printed under a notice's title
 * (国发〔2022〕22号), or an info table's value (国务院令第777号) — or ''. A number inside a
 * sentence is one the body cites, not the notice's own.
 */
export function ownDocNumber(s: string): string {
  const t = s.replace(/\s+/g, '');
  if (t.length > 30) return englishDocNumber(s);
  const n = findDocNumber(t);
  // As the page writes it (财政部 税务总局公告2023年第61号 keeps its space).
  if ((n && n === t) || isOrderNumber(t) || isLetterNumber(t)) return s.replace(/\s+/g, ' ').trim();
  return englishDocNumber(s);
}

/**
 * A legislation or order number on a line of its own: 2024 No. 301, 2024 CHAPTER 7 (UK), ORDINANCE
 * NO. 2024-15, Executive Order No. 24-09, CPD Memorandum 24-06 (US). A line in capitals is given
 * as the title writes it (Ordinance No. 2024-15); a UK number keeps its form.
 */
const EN_DOC_NUMBER = /^(?:(?:19|20)\d{2}\s+(?:No\.|CHAPTER)\s*\d{1,5}|(?:[A-Za-z]{2,}\s+){0,3}(?:Ordinance|Resolution|Order|Memorandum|Proclamation|Directive|Circular|Bill|Law|Notice|Bulletin)\s+(?:No\.\s*[A-Z]?\d[\w-]*|\d+-\d+))$/i;

export function englishDocNumber(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const act = actNumber(t);
  if (act) return act;
  if (t.length > 48 || !hasLatinLetter(t) || !EN_DOC_NUMBER.test(t)) return '';
  if (/^(?:19|20)\d{2}\s/.test(t) || /[a-z]/.test(t)) return t;
  return t.replace(/[A-Z]+/g, (w) => w[0] + w.slice(1).toLowerCase());
}

/**
 * The date an English instrument was made, passed or signed: 「Made 6th March 2024」, 「Passed: March 4,
 * 2024」, 「Dated July 18, 2024」, 「ADOPTED this 10th day of July, 2024.」, or a bare 「Made」 label whose
 * date is the next line. Returns the date, '' when the label's line has none, null when it is no such line.
 */
export function madeDate(s: string): string | null {
  // Every form below is English or French: a line without a Latin letter (a Chinese notice's every line) is none.
  if (!hasLatinLetter(s)) return null;
  // 「PASSED AND ADOPTED this 19th day of September, 2024, by the following vote: …」: the vote may follow.
  const long = /^(?:PASSED|Passed|ADOPTED|Adopted|APPROVED|Approved)(?:,?\s+(?:AND|and)\s+(?:ADOPTED|Adopted|APPROVED|Approved))?\s+this\s+(.{8,40})/.exec(s.trim());
  if (long) return normalizeDate(long[1]!);
  // An act of the European Union closes 「Done at Brussels, 12 March 2024.」 above its signatures.
  const done = /^Done\s+at\s+[A-Z][\w .'-]{1,30},\s*(.{8,30}?)\.?$/.exec(s.trim());
  if (done) return normalizeDate(done[1]!) || null;
  // A French act closes 「Fait le 5 avril 2024.」 or 「Fait à Bordeaux, le 12 juillet 2024」.
  const fait = /^Fait\s+(?:à\s+[^,]{1,40},?\s+)?le\s+(.{8,30}?)\.?$/.exec(s.trim());
  if (fait) return normalizeDate(fait[1]!) || null;
  const m = /^(?:Made|Passed|Adopted|Dated|Enacted|Date\s+of\s+decision|Decision\s+date)\b\s*:?\s*(.*)$/i.exec(s.trim());
  if (!m || s.length > 60) return null;
  return normalizeDate(m[1]!);
}


const EN_BODY_END = '(?:Council|Board|Bureau|Commission|Committee|Department|Ministry|Ministers|Authority|District|County|City|Township|Agency|Office|Administration|Government)';
/**
 * A line that is nothing but an English public body's name, as a notice is signed: 「Board of Public Works,
 * City of Madison」, 「Cedar Valley Water District」, 「Office of the City Clerk」, 「Hainan Provincial Bureau of Statistics」. A person's line
 * (「Ruth Halvorsen, Chair」, 「Evan Ellison, Township Clerk」) begins with a name and is not one.
 */
const EN_BODY_LINE = new RegExp(
  `^(?:The\\s+)?(?:(?:[A-Z][a-z]+\\s+){0,2}(?:Board|Bureau|Council|Commission|Committee|Department|Ministry|Office|Administration|City|County|Town|Township|Village|Borough|State)\\s+(?:of|for)\\s+[A-Z]|(?:[A-Z][\\w&'’.-]*\\s+(?:(?:and|of|for|the)\\s+)?){1,6}${EN_BODY_END}\\b)[^;:!?]*$`,
);
export function englishBodyLine(s: string): string {
  const t = s.trim().replace(/\.$/, '');
  return t.length >= 6 && t.length <= 90 && !/\.\s/.test(t) && EN_BODY_LINE.test(t) ? t : '';
}

/** The date line under an English signature: 「Published August 29, 2024」, 「Dated: September 5, 2024」, 「March 4, 2024」. */
export function englishSignedDate(s: string): string {
  const m = /^(?:(?:Published|Dated|Date|Signed|Issued)\s*:?\s*)?(.{6,30}?)\.?$/.exec(s.trim());
  return m && isDateOnly(m[1]!) ? normalizeDate(m[1]!) : '';
}

const isDateOnly = (s: string) => normalizeDate(s) !== '' && s.replace(/\d{1,2}(?:st|nd|rd|th)?|[A-Za-z]+\.?|[,\s/]|\d{4}/g, '').length === 0;

/** The Royal Assent date under a UK Act's long title: 「[19th March 2024]」. */
export function bracketedDate(s: string): string {
  const m = /^\[\s*([^\]]{6,30})\s*\]$/.exec(s.trim());
  return m ? normalizeDate(m[1]!) : '';
}

/** The body an English instrument is signed for: 「Signed by authority of the Secretary of State for Transport」. */
export function signedByAuthority(s: string): string {
  const m = /^Signed by authority of (?:the )?(.{4,80}?)\.?$/.exec(s.trim());
  return m ? m[1]! : '';
}

const ANNOUNCED_BY = /^(.{2,30}?)(?:公告|令)(?=修正|訂定|订定|廢止|废止|預告|预告|發布|发布|「|“|\s*[〔［\[(（]?\s*(?:19|20)\d{2}\s*[〕］\])）年]|\s*第)/;
/** A report titled by the body that reports, then its year: 赫章县农业农村局2025年上半年工作总结, 国家统计局2024年…统计公报. */
const YEAR_REPORT_BY = /^(.{2,30}?)(?=(?:19|20)\d{2}\s*年(?:度|上半年|下半年|第?[一二三四]季度|\S{0,30}?(?:工作总结|工作报告|年度报告|统计公报|工作要点|工作计划)))/;
/** Or its year first: 2025年乌丹镇人民政府工作报告（摘要）, 2024年度XX局工作总结. */
const REPORT_OF_YEAR_BY = /^(?:19|20)\d{2}\s*年度?\s*(.{2,30}?)(?=工作总结|工作报告|年度报告|统计公报|工作要点|工作计划)/;
/** The issuing body a title names before 关于 (「宝鸡市人民代表大会常务委员会关于…的决定」); not a 转发/印发 title's. */
export function issuerInTitle(title: string): string {
  const t = title.trim();
  // A 公告 or 令 titled by its issuer (经济部公告修正「…」, 国家税务总局公告2024年第1号, 国务院令第777号), or a report by
  // the body that reports (…局2025年上半年工作总结).
  const announced = ANNOUNCED_BY.exec(t) ?? YEAR_REPORT_BY.exec(t) ?? REPORT_OF_YEAR_BY.exec(t);
  if (announced && isIssuerName(announced[1]!)) return announced[1]!;
  const m = /^(.{2,40}?)关于/.exec(t);
  if (!m || /转发|印发|批转|转批/.test(m[1]!)) return '';
  // Bodies issuing jointly are named side by side (四川省农业农村厅 四川省财政厅关于…).
  const parts = m[1]!.trim().split(/\s+/);
  return parts.every(isIssuerName) ? parts.join(' ') : '';
}

const spaced = (word: string) => [...word].join('\\s*');
/** Labels of the 信息公开 box above a published document, for the notice's own facts. */
const infoLabel = (words: string[]) => {
  const w = words.map(spaced).join('|');
  // 「发文机关：」 anywhere, a bare label ending its line (a table's label cell), or a label
  // opening a line straight into its value (<li><span>文号</span><span>…</span></li>).
  return new RegExp(`(?:${w})\\s*(?:[:：]|$)|^\\s*(?:${w})`);
};
export const INFO_LABELS = {
  issuer: infoLabel(['发文机关', '发布机构', '发文单位', '发布单位', '制发机关', '发文机构', '发布机关', '发文部门', '制发单位']),
  docNumber: infoLabel(['发文字号', '发文文号', '发布文号', '文件编号', '文号', '告示番号', '文书番号']),
  // Not 生成日期: some boxes mean the document's date by it, others the day the page was made.
  written: infoLabel(['成文日期', '成文时间', '印发日期', '发文日期', '签发日期']),
};
/** Any label of such a box or of the line under a title: where a value on a shared line ends. */
// The counters and bylines a CMS prints on the same line, often with no space before them (来源：乌丹镇人民政府阅读：1284),
// end a value too.
const ANY_LABEL = new RegExp(`(?:${['索引号', '主题分类', '发文机关', '发布机构', '发文单位', '发文部门', '发布部门', '发布机关', '发文字号', '发布文号', '文件编号', '文号', '成文日期', '生成日期', '发布日期', '发布时间', '标题', '来源', '有效性', '主题词', '体裁分类', '组配分类', '公开方式', '字号', '字体',
  '阅读次数', '阅读量', '阅读', '浏览次数', '浏览量', '浏览', '点击次数', '点击量', '点击数', '点击', '访问量', '访问次数', '作者', '责任编辑', '编辑', '审核', '供稿', '撰稿'].map(spaced).join('|')})\\s*[:：]|【`);

/**
 * The value after `label` in an info-table line (「发文机关：国务院办公厅」, or 「索引号：… 发文机关：国务院 成文日期：…」,
 * up to the next label), '' when nothing follows it on the line (the value is then the next cell).
 */
export function infoValue(line: string, label: RegExp): string | null {
  const m = label.exec(line);
  if (!m) return null;
  let rest = line.slice(m.index + m[0].length).replace(/^\s*[:：]/, '');
  const stop = rest.search(ANY_LABEL);
  if (stop >= 0) rest = rest.slice(0, stop);
  return rest.replace(/\s+/g, ' ').trim();
}
