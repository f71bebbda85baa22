/**
 * Deciding whether a page is a notice from signals the DOM layer extracted. Pure,
 * so every rule is testable on plain objects. Precision matters more than recall:
 * highlighting a homepage is worse than missing a notice, so structural evidence
 * (a dominant prose block) is required and the page's own labels add to it.
 */

export interface NoticeSignals {
  /** CMS meta tags present (ArticleTitle, PubDate, ContentSource, …), by lower-case name. */
  meta: Record<string, string>;
  /** og:type or similar says article. */
  articleType: boolean;
  /** A short 发布时间/来源 line exists near the top of the content. */
  infoLine: boolean;
  /** A 发文机关/发文字号/成文日期 table or a 发文字号 in the heading area. */
  docNumberTable: boolean;
  /** Footer says 网站标识码 or ICP备. */
  govFooter: boolean;
  /** The main prose block. */
  bodyText: number;
  bodyLinkDensity: number;
  bodyParagraphs: number;
  /** Links that sit in a list item or table row with a date beside them. */
  datedLinks: number;
  /** Form fields outside search boxes. */
  formFields: number;
}

export interface NoticeVerdict {
  isNotice: boolean;
  score: number;
  reasons: string[];
}

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
  if (s.infoLine) add(2, 'date/source line');
  if (s.docNumberTable) add(3, 'document number table');
  if (s.govFooter) add(0.5, 'government footer');

  // The body itself: a dominant block of prose with few links.
  if (s.bodyText >= 400) add(3, 'long prose body');
  else if (s.bodyText >= 150) add(2, 'prose body');
  else if (s.bodyText < 80) add(-6, 'no prose body');
  if (s.bodyLinkDensity > 0.35) add(-4, 'body is mostly links');
  if (s.bodyParagraphs >= 3) add(1, 'several paragraphs');

  // Column and search pages: many dated links and little prose of their own.
  if (s.datedLinks >= 8 && s.datedLinks * 40 > s.bodyText) add(-5, 'list of dated links');
  if (s.formFields >= 4 && s.bodyText < 600) add(-3, 'form page');

  const structural = s.bodyText >= 150 && s.bodyLinkDensity <= 0.35;
  return { isNotice: structural && score >= 5, score, reasons };
}
