/**
 * The reading view on the page itself, not a copy: the notice's body (the element the analysis read, its
 * duplicate already hidden) is marked as the reading root, each of its ancestors as on the path to it, and the
 * view's own stylesheet, added the first time the view is turned on (utils/page/reading-style.ts), hides everything
 * off that path and sets the body in a plain column. The directive marks, highlights, anchoring, selection
 * toolbar and reading position keep working unchanged, because the text nodes they hold are the page's own and
 * stay where they are. Knows nothing of storage.
 */
import type { ReadingLook } from '../page/reading-look';
import { installReadingStyle } from '../page/reading-style';

/** On <html> while the reading view is on. */
export const READING_ATTR = 'data-nl-reading';
/** On <html>: the body's font size in px, and the column's width (narrow, medium, wide). */
export const READING_SIZE_ATTR = 'data-nl-reading-size';
export const READING_WIDTH_ATTR = 'data-nl-reading-width';
/** The notice's body, shown alone. */
export const READING_ROOT_ATTR = 'data-nl-reading-root';
/** Every ancestor of the root: shown, laid out as a plain block; their other children are hidden. */
export const READING_PATH_ATTR = 'data-nl-reading-path';
/** A paragraph of the root with nothing to read (`<p><br></p>`, `<p>&nbsp;</p>`): CMSs space with runs of them. */
export const READING_BLANK_ATTR = 'data-nl-reading-blank';
/** The view's own title and facts line, above the root. */
export const READING_HEAD_ATTR = 'data-nl-reading-head';
/** On the head's two lines: their text, shown by the stylesheet as generated content. */
export const READING_TEXT_ATTR = 'data-nl-reading-text';

export interface ReadingHead {
  /** The notice's title; left out when the root itself begins with it. */
  title: string;
  /** Source, date, document number …, already worded in the reader's language. */
  facts: string;
}

/**
 * Shows `root` alone in the reading look, or (look.on false) takes the view away. Idempotent: called again
 * with a new look it only changes the size and width attributes.
 */
export function applyReadingView(root: Element, look: ReadingLook, head: ReadingHead): void {
  const doc = root.ownerDocument;
  const html = doc.documentElement;
  if (!look.on) return removeReadingView(doc);
  installReadingStyle(doc);
  if (!html.hasAttribute(READING_ATTR) || !root.hasAttribute(READING_ROOT_ATTR)) {
    removeReadingView(doc);
    root.setAttribute(READING_ROOT_ATTR, '');
    for (let el = root.parentElement; el && el !== html; el = el.parentElement) el.setAttribute(READING_PATH_ATTR, '');
    insertHead(root, head);
    markBlankParagraphs(root);
    html.setAttribute(READING_ATTR, '');
  }
  html.setAttribute(READING_SIZE_ATTR, String(look.fontPx));
  html.setAttribute(READING_WIDTH_ATTR, look.width);
}

/** Takes every mark of the reading view out of the page (leaving reading, and before the page is analysed again). */
export function removeReadingView(doc: Document): void {
  const html = doc.documentElement;
  for (const a of [READING_ATTR, READING_SIZE_ATTR, READING_WIDTH_ATTR]) html.removeAttribute(a);
  for (const el of Array.from(doc.querySelectorAll(`[${READING_HEAD_ATTR}]`))) el.remove();
  for (const a of [READING_ROOT_ATTR, READING_PATH_ATTR, READING_BLANK_ATTR]) {
    for (const el of Array.from(doc.querySelectorAll(`[${a}]`))) el.removeAttribute(a);
  }
}

/**
 * The head is two empty elements whose text is generated content (an attribute the stylesheet shows): the
 * page's text stays exactly what it was, so the late-content watcher, a re-analysis and the page's own
 * scripts see no new text, and nothing in it can be mistaken for the notice's. Placed just before the root,
 * or at its start when the root is the <body>.
 */
function insertHead(root: Element, head: ReadingHead): void {
  const doc = root.ownerDocument;
  const box = doc.createElement('div');
  box.setAttribute(READING_HEAD_ATTR, '');
  const opening = (root.textContent ?? '').slice(0, 400).replace(/\s+/g, '');
  const title = head.title.trim();
  if (title && !opening.includes(title.replace(/\s+/g, ''))) box.append(line(doc, 'h1', title));
  if (head.facts.trim()) box.append(line(doc, 'p', head.facts.trim()));
  if (!box.childElementCount) return;
  if (root.parentElement && root !== doc.body) root.before(box);
  else root.prepend(box);
}

/**
 * Empty paragraphs, hidden in the view (paragraphs get a margin there instead). Only small <p>s are looked at
 * (three child nodes at most), so the cost stays one pass over the paragraphs however big the body.
 */
function markBlankParagraphs(root: Element): void {
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    if (p.childNodes.length > 3 || (p.textContent ?? '').trim()) continue;
    if (p.querySelector('img, table, iframe, video, object, embed, svg, input')) continue;
    p.setAttribute(READING_BLANK_ATTR, '');
  }
}

function line(doc: Document, tag: 'h1' | 'p', text: string): Element {
  const el = doc.createElement(tag);
  // Shown as generated content, which the accessibility tree includes (Chromium, Firefox).
  el.setAttribute(READING_TEXT_ATTR, text);
  return el;
}

/**
 * Runs `change` (entering or leaving the view) keeping the reader's place: the first of the root's blocks
 * still on screen stays where it was. When the whole body is below the window's top (the reader has not
 * started it), the view starts at the top, with its head.
 */
export function keepingPlace(root: Element, change: () => void): void {
  const win = root.ownerDocument.defaultView;
  const rootTop = root.getBoundingClientRect().top;
  const anchor = rootTop < 0 ? Array.from(root.children).find((el) => el.getBoundingClientRect().bottom > 0) : undefined;
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!win) return;
  if (anchor && before !== undefined) win.scrollBy(0, anchor.getBoundingClientRect().top - before);
  else if (root.ownerDocument.documentElement.hasAttribute(READING_ATTR)) win.scrollTo(0, 0);
}
