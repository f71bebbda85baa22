import type { FactArea, FactLine } from './lines';
import { toHans } from '../text/hant';
import { closingDate, hasLatinLetter, isDateLine, normalizeDate } from '../text/notice-meta';
import {
  bracketedDate, englishBodyLine, englishDocNumber, englishSignedDate, INFO_LABELS, infoValue, isIssuedLine, isLetterNumber, isIssuerName, issuerInTitle, madeDate,
  ownDocNumber, signedByAuthority,
} from '../text/document-marks';
import { decreeIssuer, enactingBody, enactingSentence, resolvingBody, titleDocNumber } from '../text/act-marks';
import { datedSigner, japaneseHead, signedByHeadEnglish } from './letter-heads';
import { agencyCaption, frDocNumber, memoHeaderDate } from '../text/federal-register';
import { closingBody, closingDateAlone, deliveredDate, issuedDate, ministerByline, pressReleaseEnd } from './release-facts';

/**
 * The notice's own 发文字号, 发文机关 and 成文日期, read where the notice states them: the 信息公开 box
 * above it (table cells, <dt>/<dd>, <li> label and value, or 「label：value」 lines), the number
 * printed on a line of its own under the title, and the signature block (落款: the issuing body on
 * one line, the date on the next). Never from a sentence of the body, where 〔2006〕4号 is a document
 * the notice cites, and never a guess: a field nothing states stays empty.
 */
interface OwnFacts {
  docNumber: string;
  issuer: string;
  written: string;
  /** The 成文日期 came from a labelled box (identity evidence, like a 发文字号). */
  writtenLabelled: boolean;
  /** A signature block closes the body: at the root's end, or just below it in a container of its own. */
  signedAtEnd: boolean;
}

/**
 * Taiwan's sites label the office that posted the page 發布單位, which is not who issued the document (a
 * 經濟部 公告 posted by its 能源署): the mainland's 发布单位, read as the issuer, is written in Simplified.
 */
const POSTED_BY = /發[布佈]單位/;

/** Lines of the box looked at below the body's start (a box printed inside the article). */
const BOX_LINES_AFTER = 10;
/** Lines of the body's start in which the number under the title may sit. */
const HEAD_LINES = 4;

/**
 * In order of trust: the box; the lines under the title (the number, an English instrument's 「Made」
 * date, a 决议's 通过 line); the signature block; for the issuer, last, the body a 公文's title names
 * before 关于 (发文机关 + 关于 + 事由 + 文种), unless a signature said otherwise.
 */
export function readOwnFacts(area: FactArea, title: string, site = ''): OwnFacts {
  const { box, head, docNumber, boxWritten, signedAtEnd } = identityLines(area);
  const rest = [...area.body, ...area.end, ...area.following].filter((l) => l.links < l.chars);
  const signature = findSignature(rest);
  const minutes = minutesHeader(head);
  // An English release may print its signature block under the title (the issuing bodies, then the date).
  const english = signature ? null : (findEnglishSignature(rest) ?? findEnglishSignature(head.filter((l) => hasLatinLetter(l.text))));
  const passed = head.find((l) => isIssuedLine(l.text) && /通过/.test(l.text));
  const japanese = japaneseHead(head);
  const dated = datedSigner([...head, ...rest]);
  // A U.S. federal document's captions and header stand where the body begins (the body finder may take them
  // for the lines above it); its FR Doc. line at its end.
  const opening = [...area.before.slice(-6), ...area.after.slice(0, 10)].filter((l) => l.links < l.chars).map((l) => l.text);
  return {
    docNumber: docNumber || titleDocNumber(title) || rest.map((l) => frDocNumber(l.text)).find(Boolean) || '',
    issuer: labelledValue(box.filter((l) => !POSTED_BY.test(l.written)), INFO_LABELS.issuer, issuerValue) || decisionMaker(box) ||
      opening.map(agencyCaption).find(Boolean) || signature?.issuer || minutes?.issuer ||
      head.map((l, i) => enactingBody(l.text, head[i + 1]?.text ?? '')).find(Boolean) || japanese.issuer || dated?.issuer ||
      [...head, ...area.body.slice(0, 8)].map((l) => enactingSentence(l.text)).find(Boolean) || head.map((l) => decreeIssuer(l.text)).find(Boolean) ||
      rest.map((l) => resolvingBody(l.text)).find(Boolean) ||
      rest.map((l) => signedByAuthority(l.text)).find(Boolean) || english?.issuer || ministerByline(head) ||
      closingBody(area.end) || (signature ? '' : issuerInTitle(title)) ||
      headedBySite(area.end, site),
    written: boxWritten || memoHeaderDate(opening) || madeDateOf([...head, ...rest]) || head.map((l) => bracketedDate(l.text)).find(Boolean) || japanese.written || dated?.written ||
      signedByHeadEnglish(head) || head.map((l) => deliveredDate(l.text) || issuedDate(l.text)).find(Boolean) ||
      signature?.written || minutes?.written || english?.written || normalizeDate(passed?.text ?? '') || rest.map((l) => pressReleaseEnd(l.text)).find(Boolean) ||
      (signature ? '' : closingDateAlone(area.end)),
    writtenLabelled: Boolean(boxWritten),
    signedAtEnd,
  };
}

/** What of the own facts a verdict weighs (notice-score.ts): cheaper than readOwnFacts, and it never reads `area.body`. */
export function readOwnIdentity(area: FactArea): Pick<OwnFacts, 'docNumber' | 'writtenLabelled' | 'signedAtEnd'> {
  const { docNumber, boxWritten, signedAtEnd } = identityLines(area);
  return { docNumber, writtenLabelled: Boolean(boxWritten), signedAtEnd };
}

/** The box, the lines under the title, and the facts of theirs that are identity evidence: one reading for both callers. */
function identityLines(area: FactArea) {
  const box = [...area.before, ...area.after.slice(0, BOX_LINES_AFTER)];
  const head = [...area.before, ...area.after.slice(0, HEAD_LINES)].filter((l) => l.links < l.chars);
  return {
    box,
    head,
    docNumber: labelledValue(box, INFO_LABELS.docNumber, ownDocNumber) || headerDocNumber(head),
    boxWritten: labelledValue(box, INFO_LABELS.written, (v) => (v.length <= 30 ? normalizeDate(v) : '')),
    signedAtEnd: Boolean(findSignature([...area.end, ...area.following].filter((l) => l.links < l.chars))),
  };
}

/**
 * A 会议纪要's header (红头) names who issues it and when, under the 纪要's name and its number: 「彰武县人民政府常务会议纪要 /
 * 第28次 / 彰武县人民政府办公室 / 2025年10月20日」. Its 版记 at the end (…办公室 二〇二五年十月二十日印发) is the day it was printed.
 */
function minutesHeader(head: FactLine[]): { issuer: string; written: string } | null {
  // The last such line: the page title above it may end in 纪要 too.
  const at = head.findLastIndex((l) => l.text.length <= 40 && /纪要$/.test(l.text.trim()));
  if (at < 0) return null;
  // Often a table of its own (the 红头's cells): the cells are the header's lines, not a task table's.
  const lines = head.slice(at + 1, at + 5);
  for (let i = 1; i < lines.length; i++) {
    const written = closingDate(lines[i]!.text);
    const issuer = written ? issuerValue(lines[i - 1]!.text) : '';
    if (issuer) return { issuer, written };
  }
  return null;
}

/** A council's record of decision names who decided: 「Decision Maker: Cabinet Member for Highways and Transport」. */
function decisionMaker(lines: FactLine[]): string {
  for (const l of lines) {
    const m = /^\s*Decision\s+(?:[Mm]aker|[Tt]aker)\s*:\s*(.{3,80}?)\s*$/.exec(l.text);
    if (m) return m[1]!;
  }
  return '';
}

/** An English signature: a line naming a public body right above a line that is only a date. */
function findEnglishSignature(lines: FactLine[]): { issuer: string; written: string } | null {
  for (let i = 1; i < lines.length; i++) {
    const written = englishSignedDate(lines[i]!.text);
    let at = i - 1;
    if (!written || !englishBodyLine(lines[at]!.text)) continue;
    // Bodies signing jointly stand one a line; the first named leads (a bureau, then the survey office beside it).
    while (at > 0 && englishBodyLine(lines[at - 1]!.text)) at--;
    return { issuer: englishBodyLine(lines[at]!.text), written };
  }
  return null;
}

/** The date of the first 「Made …」/「Passed: …」/「Dated …」 line, or of the line after a bare 「Made」. */
function madeDateOf(lines: FactLine[]): string {
  for (let i = 0; i < lines.length; i++) {
    const date = madeDate(lines[i]!.text);
    if (date === null) continue;
    if (date) return date;
    const next = lines[i + 1]?.text ?? '';
    if (isDateLine(next)) return normalizeDate(next);
  }
  return '';
}

/**
 * The value of the first line carrying `label` that `accept` takes: after the label on its line,
 * or, when nothing follows the label there, the next line (the next cell, the <dd>).
 */
function labelledValue(lines: FactLine[], label: RegExp, accept: (v: string) => string): string {
  for (let i = 0; i < lines.length; i++) {
    const v = infoValue(lines[i]!.text, label);
    if (v === null) continue;
    const got = accept(v || (lines[i + 1]?.text ?? ''));
    if (got) return got;
  }
  return '';
}

/**
 * One issuing body, or several jointly (国家发展改革委 财政部: one space between them, however the page
 * spaces them); a name printed letter-spaced (国 务 院) is one body.
 */
function issuerValue(v: string): string {
  const parts = v.trim().split(/[\s、，,；;]+/).filter(Boolean);
  if (parts.length > 1 && parts.every(isIssuerName)) return parts.join(' ');
  return isIssuerName(v) ? v.replace(/\s+/g, '') : '';
}

/** A standard 发文字号 (国发〔2022〕22号) alone on its line under the title. */
function headerDocNumber(lines: FactLine[]): string {
  for (const l of lines) {
    const n = ownDocNumber(l.text);
    // A bare 第777号 under a 令's title is its order number, not a 发文字号 a reader would copy.
    if (n && (/〔|［|\[|\(|（/.test(n) || englishDocNumber(l.text) || isLetterNumber(n))) return n;
  }
  return '';
}

/** A body's name, white space, then a date and nothing else, on a line that is no table cell. */
function oneLineSignature(l: FactLine): { issuer: string; written: string } | null {
  if (l.links || l.cell) return null;
  const m = /^(\S.{1,40}?)[\s\u3000]{1,}((?:19|20)\d{2}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/.exec(l.text.trim());
  if (!m) return null;
  const issuer = issuerValue(m[1]!);
  const written = closingDate(m[2]!);
  return issuer && written ? { issuer, written } : null;
}

/** 总理　李强, 主席 习近平, 市长 张三: the head who signs a 令 or an order; their title, or ''. */
const signerTitle = (s: string) =>
  /^(?:代理?)?(总理|主席|委员长|省长|市长|县长|区长|州长|部长|厅长|局长|署长|处长|主任|院长)[\s\u3000]*[\u4e00-\u9fa5·]{2,5}$/.exec(s.trim())?.[1] ?? '';
const isSignerLine = (s: string) => Boolean(signerTitle(s));

/** The kind of body each head heads, by how its name ends: a 局长 heads a …局, a 市长 a 市(人民)政府. */
const HEADS: Record<string, RegExp> = {
  总理: /^国务院$/, 省长: /省(?:人民)?政府$/, 市长: /市(?:人民)?政府$/, 县长: /县(?:人民)?政府$/, 区长: /区(?:人民)?政府$/,
  州长: /州(?:人民)?政府$/, 部长: /部$/, 厅长: /厅$/, 局长: /局$/, 署长: /署$/, 处长: /处$/, 院长: /院$/,
  主任: /(?:委员会|办公室|办|中心)$/,
};

/**
 * A letter that closes with its head's name and no body's (a Taiwan 函: 「局長 周登財」) is issued by the body
 * that head heads. The page names it only as its site (高雄市政府勞工局), so the site is the issuer when it is
 * a body of the kind the head's title heads; anything else (a 局长 on a 人民政府's site) names no one.
 */
function headedBySite(end: FactLine[], site: string): string {
  const title = end.map((l) => (l.links ? '' : signerTitle(l.text))).findLast(Boolean);
  const name = toHans(site).replace(/\s+/g, '');
  return title && isIssuerName(name) && HEADS[title]?.test(name) ? site.replace(/\s+/g, '') : '';
}

/**
 * The first signature block: a line naming one issuing body directly above a line that is only a
 * date; bodies signing jointly are named together. Cells of
 * a table row (责任单位 | 完成时间) are not a signature.
 */
function findSignature(lines: FactLine[]): { issuer: string; written: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const date = lines[i]!;
    const written = closingDate(date.text);
    if (!written) {
      // Some CMSs print the 落款 on one line: 「湖南省安全生产委员会办公室　2024年5月20日」.
      const one = oneLineSignature(date);
      if (one) return one;
      continue;
    }
    if (i === 0) continue;
    const organ = lines[i - 1]!;
    // A 令 is signed by its head (总理 李强): dated, with no issuing body to name.
    if (!organ.links && isSignerLine(organ.text)) return { issuer: '', written };
    if (organ.links || !issuerValue(organ.text)) continue;
    if (organ.block !== date.block && (organ.cell || date.cell)) continue;
    // Bodies signing jointly stand on lines of their own, or side by side on one line.
    const joint = i >= 2 && !lines[i - 2]!.links && issuerValue(lines[i - 2]!.text);
    return { issuer: joint ? `${joint} ${issuerValue(organ.text)}` : issuerValue(organ.text), written };
  }
  return null;
}
