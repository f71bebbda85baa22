/**
 * Deciding whether a page is a notice from signals the DOM layer extracted. Pure,
 * so every rule is testable on plain objects. Precision matters more than recall:
 * highlighting a homepage is worse than missing a notice. A notice needs three
 * things at once: a dominant block of prose (structure), something that says
 * "this is one published item" — CMS article tags, a dated title, a 发布时间/来源
 * line, a 发文字号 box, a memo header (identity) — and no sign of a list, search
 * or form page. Being on an official site adds to the score.
 */

export interface NoticeSignals {
  /** Meta tags present (ArticleTitle, PubDate, ContentSource, SiteIDCode, og:type, …), by lower-case name. */
  meta: Record<string, string>;
  /** og:type says article, or an article:published_time is given. */
  articleType: boolean;
  /** A short labelled 发布时间/来源 (Published/From) line just above the body. */
  infoLine: boolean;
  /** The page's title printed above the body, followed by a date line. */
  datedTitle: boolean;
  /** MEMORANDUM FOR / SUBJECT: / FROM: lines above the body. */
  memoHeader: boolean;
  /** 「Last updated on …」 / 「Page last reviewed: …」 at the body's end or just below it: a page kept up to date, dated. */
  updatedStamp?: boolean;
  /** The body ends with the date it was signed on, on a line of its own (落款). */
  signedAndDated: boolean;
  /** A 发文字号 (国办发〔2024〕5号) or a 成文日期 with its date above the body. */
  docNumberTable: boolean;
  /** The page's own title names a formal document type: 决议, 决定, 公告, 通告, 令, 批复, 公报, 通知 … */
  formalTitle: boolean;
  /** Under the title: a dated 通过/公布 line in parentheses, or a 令's 第X号. */
  issuedLine: boolean;
  /**
   * The document is framed by a page (its shell, same origin) whose lines around the frame say "one
   * published item": old 信息公开 pages print the title bar and info table there and frame only the body.
   */
  shellIdentity?: boolean;
  /**
   * The main block holds a video or audio player (or sits beside one): a 视频新闻 page's caption is no body,
   * however the page is labelled. Asked only of a page without a long prose body.
   */
  playerInBody?: boolean;
  /** The body opens with a person's 简历 under a title that names no document: a 领导之窗 page. */
  biography?: boolean;
  /** The page's title names one of the body's pages about itself: 机构职能, 内设机构, 领导分工, 联系方式. */
  aboutOrganisation?: boolean;
  /** The main block is a table of figures with a caption and notes around it, nothing announced (utils/dom/table-page.ts). */
  tablePage?: boolean;
  /** Official host, SiteIDCode tag, or a footer with the 网站标识码. */
  officialSite: boolean;
  /** The main prose block. */
  bodyText: number;
  bodyLinkDensity: number;
  bodyParagraphs: number;
  /** Small items on the page holding a link and a date (list rows, result cards). */
  datedLinks: number;
  /** Those inside the main block: the block is a list. */
  datedLinksInBody: number;
  /** Form fields outside search boxes. */
  formFields: number;
}

export interface NoticeVerdict {
  isNotice: boolean;
  score: number;
  reasons: string[];
}

const NOTICE_THRESHOLD = 5;
/** What each of the document's own marks adds (scoreNotice), and all of them at once: the most they can lift a score. */
const MARK_POINTS = { docNumber: 3, signed: 2, formalTitle: 2, shortFormal: 2 };
const MARKS_POINTS = Object.values(MARK_POINTS).reduce((a, b) => a + b, 0);
/** Prose a short formal document needs at least (a 令 of one sentence: 「《…条例》已经…通过，现予公布，自…起施行。」). */
const SHORT_FORMAL_BODY = 30;
/** Characters of prose that make a page's main block a body (less may still be a short formal document). */
export const PROSE_BODY = 150;

/**
 * A 决议 / 决定 / 公告 / 令 / 批复 of a paragraph or two: its identity is strong enough to make up
 * for the short body. Its own title names the kind of document, and one of the marks only a
 * published document carries stands beside it: the 通过/公布 line or the 令 number, its 发文字号 or
 * 成文日期, or its 落款 date. A 公告栏 snippet on a homepage or a search result has no title of its
 * own page and none of these marks.
 */
function isShortFormal(s: NoticeSignals): boolean {
  return s.formalTitle && (s.issuedLine || s.docNumberTable || s.signedAndDated) && s.bodyText >= SHORT_FORMAL_BODY;
}

/** Does anything on the page say it is one published item (rather than a page about many)? */
export function hasIdentity(s: NoticeSignals): boolean {
  return hasLabels(s) || s.docNumberTable || s.signedAndDated || (s.formalTitle && s.issuedLine);
}

/** The page's labels and tags of one published item: the identity signals cheap to read (the document's own marks are not). */
function hasLabels(s: NoticeSignals): boolean {
  return Boolean(s.meta.articletitle || s.meta.pubdate) || s.articleType || s.infoLine || s.datedTitle || s.memoHeader || Boolean(s.updatedStamp) || Boolean(s.shellIdentity);
}

/**
 * Characters of prose below which scoreNotice can only say "not a notice", whatever else the page carries (the
 * shortest notice it takes is a short formal document of SHORT_FORMAL_BODY): the detector stops there before
 * reading any label (utils/page/analyze.ts), which is most of its work on list and index pages.
 */
export const MIN_NOTICE_PROSE = SHORT_FORMAL_BODY;

/** The verdict on a page whose main block holds less prose than any notice: its labels are not read. */
export function tooLittleProse(bodyText: number): NoticeVerdict {
  return { isNotice: false, score: 0, reasons: [`no prose body (${bodyText} characters): labels not read`] };
}

/**
 * The verdict. It is reached in two steps because the document's own marks (`docNumberTable`, `signedAndDated`,
 * `formalTitle`, `issuedLine`) cost the most to read (utils/dom/signals.ts reads them on first use) and can only
 * add to a page's case: when everything else already makes it a notice with a prose body of its own, they could
 * not change the answer and are not read (the reasons say so, and the score is then a lower bound).
 */
export function scoreNotice(s: NoticeSignals): NoticeVerdict {
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${points > 0 ? '+' : ''}${points} ${why}`);
  };

  if (s.meta.articletitle) add(2, 'meta ArticleTitle');
  if (s.meta.pubdate) add(1, 'meta PubDate');
  if (s.meta.contentsource) add(1, 'meta ContentSource');
  if (s.articleType) add(1, 'article type');
  // One line under the title usually makes both signals: count it once.
  if (s.infoLine || s.datedTitle) add(2, s.infoLine ? 'date/source line' : 'dated title');
  if (s.memoHeader) add(2, 'memorandum header');
  // Weaker than a date under the title: every page of such a site has one, hubs too (their links and lists count against them).
  if (s.updatedStamp && !s.infoLine && !s.datedTitle) add(1, 'last-updated stamp');
  if (s.shellIdentity) add(2, 'framed by a page with its title and labels');
  if (s.officialSite) add(1, 'official site');
  else add(-1, 'no sign of an official site');

  // The body itself: a dominant block of prose with few links. A body under 150 characters may be a short
  // formal document, which only its own marks tell.
  const proseBody = s.bodyText >= PROSE_BODY;
  if (s.bodyText >= 400) add(3, 'long prose body');
  else if (proseBody) add(2, 'prose body');
  if (s.bodyLinkDensity > 0.35) add(-4, 'body is mostly links');
  if (s.bodyParagraphs >= 3) add(1, 'several paragraphs');
  // A player with a caption (视频新闻, a recorded meeting): the page's content is the recording; a notice that
  // embeds one beside its text has a long prose body and is not asked.
  if (s.bodyText < 400 && s.playerInBody) add(-6, 'a player with a caption: no body to read');
  // A leader's page: a biography, not a document (read only where the page could otherwise pass).
  if (score >= NOTICE_THRESHOLD - 2 && s.biography) add(-6, 'a biography (简历), not a document');
  if (score >= NOTICE_THRESHOLD - 2 && s.tablePage) add(-6, 'a table of figures, nothing announced');
  if (score >= NOTICE_THRESHOLD - 2 && s.aboutOrganisation) add(-6, "the body's page about itself (机构职能, 领导分工, 联系方式)");

  // Column and search pages: the main block is a list of dated links, or the page
  // has many of them and little prose of its own.
  const list = s.datedLinksInBody >= 4;
  if (list) add(-6, 'list of dated links');
  if (s.formFields >= 4 && s.bodyText < 600) add(-3, 'form page');

  const dense = s.bodyLinkDensity > 0.35;
  if (proseBody && !dense && hasLabels(s) && !list && score >= NOTICE_THRESHOLD) {
    reasons.push('document marks not read: the verdict stands without them');
    return { isNotice: true, score, reasons };
  }

  // Nor are they read where they cannot make a notice: a list of dated links, a body of links, a score their
  // points could not lift to the threshold (a portal's homepage reaches here; the score is then a lower bound).
  if (list || dense || score + MARKS_POINTS < NOTICE_THRESHOLD) {
    reasons.push('document marks not read: no notice whatever they say');
    return { isNotice: false, score, reasons };
  }

  if (s.docNumberTable) add(MARK_POINTS.docNumber, 'document number');
  if (s.signedAndDated) add(MARK_POINTS.signed, 'signed and dated');
  if (s.formalTitle && s.issuedLine) add(MARK_POINTS.formalTitle, 'formal title with its 通过/公布 line or number');
  const shortFormal = !proseBody && isShortFormal(s);
  if (shortFormal) add(MARK_POINTS.shortFormal, 'short formal document');
  else if (s.bodyText < 80) add(-6, 'no prose body');

  const structural = (proseBody || shortFormal) && !dense;
  const identity = hasIdentity(s);
  if (!identity) reasons.push('no title, date or document labels');
  return { isNotice: structural && identity && !list && score >= NOTICE_THRESHOLD, score, reasons };
}
