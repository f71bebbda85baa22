import type { ContentRoot } from './content-root';
import { readTitleArea, type Line, type TitleArea } from './title-area';
import { readOwnIdentity } from '../facts/own-facts';
import type { NoticeSignals } from '../text/notice-score';
import { isTablePage } from './table-page';
import { hasLatinLetter, isAboutOrganisationTitle, isBiographyOpening, isClosingDate, isDateLine, isDocumentTitle, isInfoLabel, isInfoLine, isMemoLine, isPageTitle, isSiteFurnitureTitle, isUpdatedStamp, startsNumbered } from '../text/notice-meta';
import { isFormalTitle, isIssuedLine, isOrderNumber } from '../text/document-marks';
import { isOfficialHost } from '../official-domains';
import { toHans } from '../text/hant';

/** Facts shown in the side panel and written into exports. */
export interface NoticeFacts {
  title: string;
  site: string;
  source: string;
  published: string;
  /** 发文字号 */
  docNumber: string;
  /** 发文机关 */
  issuer: string;
  /** 成文日期, YYYY-MM-DD */
  written: string;
}

/**
 * What a page's facts are read from, as detection gathered it: on a notice, after its marks, the background reads
 * them from its plain form (./facts-input.ts, ../analysis/remote-facts.ts), or the page does (../facts/read-facts.ts).
 * content.js, which every official page compiles, carries this gathering and not the rules that read the facts
 * (issue 14), and a page that is no notice never reads them.
 */
export interface FactsSource {
  doc: Document;
  meta: Record<string, string>;
  area: TitleArea;
  /** The title line above the body, when one matched the page's titles. */
  titleLine: Line | null;
  /** A date printed between the title and the body (or in its first lines). */
  dateLine: Line | undefined;
  /** The info lines' texts (发布时间：… 来源：…). */
  info: string[];
  /** The page around the frame this document is in (../frames/shell.ts): the facts it lacks are taken from there. */
  shell?: FactsSource;
}

const META_NAMES = ['articletitle', 'pubdate', 'contentsource', 'sitename', 'siteidcode', 'columnname', 'firstimgurl', 'description',
  'og:type', 'og:title', 'og:site_name', 'article:published_time', 'dcterms.date', 'dc.date', 'govuk:format'];

function readMeta(doc: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of Array.from(doc.head?.querySelectorAll('meta[name],meta[property]') ?? [])) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    const content = (el.getAttribute('content') ?? '').trim();
    if (content && META_NAMES.includes(name)) meta[name] = content;
  }
  return meta;
}

/** Dated links on a page from which it looks like a portal or a column page. */
const PORTAL_ITEMS = 8;

/**
 * The host of the site a document belongs to: its own, or for a document without one (an about:blank or srcdoc
 * frame a page wrote its body into) its creator's, from the origin it inherits.
 */
export function siteHostOf(doc: Document): string {
  const own = doc.location?.hostname;
  if (own) return own;
  const origin = doc.defaultView?.origin;
  if (!origin || origin === 'null') return '';
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}

/**
 * The page's signals for the verdict, and what its facts are read from (FactsSource): the facts (issuer, dates,
 * source …) are for the panel and the store, so a page that is no notice never pays for them and a notice pays
 * after its marks.
 */
export function extractSignals(doc: Document, content: ContentRoot | null): { signals: NoticeSignals; factsSource: FactsSource } {
  const meta = readMeta(doc);
  const root = content?.root ?? null;
  const area = root ? readTitleArea(doc, root) : { before: [], after: [], body: [], end: [], following: [] };
  const text = (l: Line) => l.links < l.chars;
  const head = area.after.filter(text).slice(0, 4);
  const near = [...area.before.filter(text), ...head];
  // The info lines' texts; a label and its date standing in two cells, one line each, are read as one.
  const info = near.flatMap((l, i) => {
    if (isInfoLine(l.text)) return [l.text];
    const next = near[i + 1]?.text ?? '';
    return isInfoLabel(l.text) && isDateLine(next) ? [`${l.text}${next}`] : [];
  });
  // Compared with the lines, so folded as they are (../text/hant.ts).
  const titles = [doc.title, meta.articletitle ?? '', meta['og:title'] ?? ''].filter(Boolean).map(toHans);
  const titleAt = findTitle(area.before, titles);
  const titleLine = titleAt >= 0 ? area.before[titleAt]! : null;
  // What the page calls itself: its <title> and meta titles, and the title line above the body.
  const namedTitles = titleLine ? [...titles, titleLine.text] : titles;
  // A date printed between the title and the body (or in the body's first lines):
  // the unlabelled date under a mobile page's title, gov.uk's "Published" date.
  // English news sites may print the date just above the title (beehive.govt.nz: 「Release」, 「8 May 2025」, the title).
  const above = titleAt > 0 ? area.before[titleAt - 1] : undefined;
  const dateLine = titleLine ? [...area.before.slice(titleAt + 1).filter(text), ...head].find((l) => isDateLine(l.text)) ??
    (above && hasLatinLetter(above.text) && isDateLine(above.text) ? above : undefined) : undefined;
  // The document's own marks (发文字号, 落款, a formal title's 通过/公布 line) are read on first use: on most notices
  // the cheaper signals settle the verdict and scoreNotice never asks for them (issue 14).
  let own: ReturnType<typeof readOwnIdentity> | undefined;
  const ownIdentity = () => (own ??= readOwnIdentity(area));
  let formal: ReturnType<typeof formalHeader> | undefined;
  const formalMarks = () => (formal ??= formalHeader(area.before, titleAt, head, titles));
  const signals: NoticeSignals = {
    meta,
    articleType: meta['og:type'] === 'article' || Boolean(meta['article:published_time']),
    infoLine: info.length > 0,
    // A heading that is not the page's own <title>, on a page full of dated links, is
    // more likely one item of a portal (a homepage's headline) than the page's notice.
    datedTitle: Boolean(dateLine) && (isPageTitle(titleLine!.text, titles) || (content?.datedItems ?? 0) < PORTAL_ITEMS),
    memoHeader: near.filter((l) => isMemoLine(l.text)).length >= 2,
    // A guidance page kept up to date, not one of the site's pages about itself: the stamp, a title that is no About
    // or Privacy page's, and a body numbered as steps and requirements are (asked only of a stamped page).
    updatedStamp: [...area.end, ...area.following].some((l) => isUpdatedStamp(l.text)) &&
      !namedTitles.some(isSiteFurnitureTitle) && isNumberedBody(root, area),
    get signedAndDated() {
      return area.end.some((l) => isClosingDate(l.text)) || ownIdentity().signedAtEnd;
    },
    get docNumberTable() {
      return Boolean(ownIdentity().docNumber) || ownIdentity().writtenLabelled;
    },
    get formalTitle() {
      return formalMarks().title;
    },
    get issuedLine() {
      return formalMarks().issued;
    },
    // The footer's text is read only when the host and the tags say nothing.
    officialSite: isOfficialHost(siteHostOf(doc)) || Boolean(meta.siteidcode) || /网站标识码|政府网站/.test(doc.body ? toHans(tailText(doc.body, 3000)) : '') ||
      doc.querySelector('img[alt*="党政机关"]') !== null,
    get aboutOrganisation() {
      return namedTitles.some(isAboutOrganisationTitle);
    },
    get tablePage() {
      return isTablePage(root);
    },
    get biography() {
      const first = area.after.find((l) => l.chars >= 12);
      return Boolean(first && isBiographyOpening(first.text)) && !namedTitles.some(isDocumentTitle);
    },
    get playerInBody() {
      return hasPlayer(root);
    },
    bodyText: content?.text ?? 0,
    bodyLinkDensity: content?.linkDensity ?? 1,
    bodyParagraphs: content?.paragraphs ?? 0,
    datedLinks: content?.datedItems ?? 0,
    datedLinksInBody: content?.datedItemsInRoot ?? 0,
    formFields: doc.body?.querySelectorAll('input:not([type=hidden]):not([type=search]):not([type=submit]):not([type=button]),textarea,select').length ?? 0,
  };
  return { signals, factsSource: { doc, meta, area, titleLine, dateLine, info } };
}

/** Players a 视频新闻 page holds: media elements, a plug-in, or a frame of a video site's player. */
const PLAYER = 'video, audio, embed, iframe[src*="player"], iframe[src*="video"], iframe[src*="vod"]';

/** A player in the main block, or beside it (the caption block's parent holds the player's box). */
function hasPlayer(root: Element | null): boolean {
  return Boolean(root && (root.querySelector(PLAYER) || root.parentElement?.querySelector(PLAYER)));
}

/** The body holds a numbered list: an <ol> of two items, or two of its first lines that begin with a list number. */
function isNumberedBody(root: Element | null, area: { body: Line[] }): boolean {
  if (!root) return false;
  if (root.querySelector('ol > li ~ li')) return true;
  let numbered = 0;
  for (const l of area.body) if (startsNumbered(l.text) && ++numbered >= 2) return true;
  return false;
}

/**
 * A short formal document's header: the page's own title names a formal document type (决议, 决定,
 * 公告, 令 …; a 令's title may end on the next line, 第777号), and the lines between the title and
 * the body's first sentences carry the dated 通过/公布 line or the order number.
 */
function formalHeader(before: Line[], titleAt: number, head: Line[], titles: string[]): { title: boolean; issued: boolean } {
  if (titleAt < 0) return { title: false, issued: false };
  const titleText = before[titleAt]!.text;
  const next = before[titleAt + 1]?.text ?? '';
  const full = isOrderNumber(next) ? `${titleText}${next}` : titleText;
  const title = isFormalTitle(full) && (isPageTitle(full, titles) || isPageTitle(titleText, titles));
  const issued = [...before.slice(titleAt + 1), ...head.slice(0, 3)].some((l) => isIssuedLine(l.text) || isOrderNumber(l.text));
  return { title, issued };
}

/**
 * Index in `lines` of the notice's title: the line nearest the body that
 * repeats the page's <title> (or its ArticleTitle), else the nearest heading.
 */
function findTitle(lines: Line[], titles: string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (isTitleLine(lines[i]!) && isPageTitle(lines[i]!.text, titles)) return i;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (isTitleLine(l) && (/^H[1-3]$/.test(l.el.tagName.toUpperCase()) || /title/i.test(`${l.el.className} ${l.el.id}`))) return i;
  }
  return -1;
}

function isTitleLine(l: Line): boolean {
  return l.chars >= 8 && l.chars <= 150 && l.links === 0 && !isInfoLine(l.text);
}

/**
 * The last `max` characters of the element's text (as textContent would end),
 * read from its last text nodes backwards: a page's footer, without building
 * the whole page's text. `skip` leaves out elements (and what they hold), e.g. scripts.
 */
export function tailText(el: Element, max: number, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  let length = 0;
  let n: Node | null = el.lastChild;
  while (n && length < max) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      const data = (n as CharacterData).data;
      parts.push(data);
      length += data.length;
    } else if (n.nodeType === 1 && n.lastChild && !skip?.(n as Element)) {
      n = n.lastChild;
      continue;
    }
    // Previous in document order, climbing out of finished subtrees.
    while (n && n !== el && !n.previousSibling) n = n.parentNode;
    n = n && n !== el ? n.previousSibling : null;
  }
  return parts.reverse().join('').slice(-max);
}
