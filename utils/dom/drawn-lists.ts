/**
 * The items of the ordered lists (`<ol>`) in the analysed text whose numbers the browser draws: the text index holds
 * no number for them (innerText has none either), so the parser cannot see them. What the reader sees numbered is
 * read here, where it is drawn (the list-style type the page gives the item), and handed to the pure
 * utils/text/directives/drawn-items.ts as offsets. Left out: lists that draw no number (list-style none, bullets, an
 * image, items that are not list items), lists of links (breadcrumbs, contents, related links), footnotes, lists in
 * the page's navigation and in data tables.
 */
import { isSkipped, type TextIndex } from './text-index';
import { isDataTable } from './data-tables';
import { drawnStyle, type DrawnItem, type PageHeading } from '../text/directives';

/** The drawn lists' items, and, when there are any, the heading elements around them (an unnumbered one ends a section). */
export interface DrawnLists {
  items: DrawnItem[];
  headings: PageHeading[];
}

const NONE: DrawnLists = { items: [], headings: [] };

export function drawnLists(index: TextIndex): DrawnLists {
  const root = index.root;
  const lists = root.getElementsByTagName('ol');
  // The common case: no list at all, nothing built.
  if (!lists.length) return NONE;
  const view = root.ownerDocument.defaultView;
  let position: Map<Text, number> | null = null;
  const items: DrawnItem[] = [];
  const itemOf = new Map<Element, number>();
  for (let l = 0; l < lists.length; l++) {
    const ol = lists[l]!;
    const entries = Array.from(ol.children).filter((el) => el.localName === 'li');
    if (!entries.length || !isContentList(ol, root, entries)) continue;
    const style = drawnStyleOf(view, ol, entries[0]!);
    if (!style) continue;
    position ??= new Map(index.nodes.map((node, i) => [node, i]));
    // Nested in an item, or (as editors often write it) right after one, inside the outer list itself.
    const holder = ol.parentElement;
    const parentItem = holder && (holder.localName === 'ol' || holder.localName === 'ul') ? previousItem(ol) : holder?.closest('li');
    const parent = parentItem ? itemOf.get(parentItem) ?? -1 : -1;
    const reversed = ol.hasAttribute('reversed');
    let number = integerAttribute(ol, 'start') ?? (reversed ? entries.length : 1);
    for (const li of entries) {
      // A hidden item is not drawn, nor counted.
      if (isSkipped(li)) continue;
      number = integerAttribute(li, 'value') ?? number;
      const span = textSpan(index, position, li, ol);
      if (span) {
        itemOf.set(li, items.length);
        items.push({ start: span[0], end: span[1], number, style, list: l, parent });
      }
      number += reversed ? -1 : 1;
    }
  }
  // One map from text node to index position serves the items and the headings.
  return items.length ? { items, headings: pageHeadings(index, position!) } : NONE;
}

/** The list-style type the browser draws the list's items with, or null when it draws no number. */
function drawnStyleOf(view: Window | null, ol: Element, first: Element): string | null {
  const style = view?.getComputedStyle(first);
  if (style) {
    if (style.display && style.display !== 'list-item') return null;
    if (style.listStyleImage && style.listStyleImage !== 'none') return null;
  }
  const type = ol.getAttribute('type');
  let computed = style?.listStyleType ?? '';
  // A browser maps `type` to the list's style; an engine that does not (happy-dom, where the corpus is tested) leaves
  // the type the list inherits from the list around it: then `type` says what a browser draws.
  if (type !== null && view && ol.parentElement && computed === view.getComputedStyle(ol.parentElement).listStyleType) computed = '';
  return drawnStyle(computed, type);
}

const NAVIGATION = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
// The names pages give a list of notes or a trail of links (on the list or the element that holds it), as whole
// words. Contents and related links need no name: they are lists of links.
const NOT_CONTENT = /(?:^|[\s_-])(?:foot-?notes?|end-?notes?|fn|breadcrumbs?|crumbs?|toc|脚注|注释)(?=$|[\s_-])/i;

/** Not in the page's navigation or a data table, and not a list of links or of notes. */
function isContentList(ol: Element, root: Element, entries: Element[]): boolean {
  for (let el: Element | null = ol; el && el !== root; el = el.parentElement) {
    if (NAVIGATION.has(el.localName) || el.getAttribute('role') === 'navigation') return false;
    if (el.localName === 'table' && isDataTable(el as HTMLTableElement)) return false;
  }
  for (const el of [ol, ol.parentElement]) if (el && NOT_CONTENT.test(`${el.id} ${el.getAttribute('class') ?? ''}`)) return false;
  let links = 0;
  for (const li of entries) if (isLinkOrNote(li)) links++;
  return links * 2 < entries.length;
}

// A footnote's way back to where it is cited.
const BACK_LINK = /^(?:↩|↑|\^|back|返回)/i;

/** An entry that is a link (its text mostly inside links), or a note that links back to its citation. */
function isLinkOrNote(li: Element): boolean {
  const own = ownText(li);
  if (!own) return false;
  let linked = 0;
  for (const a of Array.from(li.getElementsByTagName('a'))) {
    if (a.parentElement?.closest('ol, ul') !== li.parentElement) continue;
    const text = (a.textContent ?? '').trim();
    if (BACK_LINK.test(text) || /^#(?:fn|cite|ref)/i.test(a.getAttribute('href') ?? '')) return true;
    linked += text.replace(/\s+/g, '').length;
  }
  return linked >= own.length * 0.8;
}

/** The entry's text without its nested lists', white space dropped: one walk of its text nodes. */
function ownText(li: Element): string {
  let text = '';
  const walker = li.ownerDocument.createTreeWalker(li, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
    if (node.parentElement?.closest('ol, ul') === li.parentElement) text += node.data;
  return text.replace(/\s+/g, '');
}

/**
 * Where an element's text begins in the index (its first indexed, non-blank text) and where its whole text ends;
 * null when it has none there (hidden). For a list's entry (`ownList`), the first text must be its own, not a nested
 * list's.
 */
function textSpan(index: TextIndex, position: Map<Text, number>, el: Element, ownList?: Element): [number, number] | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let start = -1;
  let end = -1;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const i = position.get(node);
    if (i === undefined || !node.data.trim()) continue;
    if (start < 0) {
      if (ownList && node.parentElement?.closest('ol, ul') !== ownList) return null;
      start = index.starts[i]! + (node.data.length - node.data.trimStart().length);
    }
    end = index.starts[i]! + node.data.length;
  }
  return start < 0 ? null : [start, end];
}

/** The list item just before `el` among its siblings, if any. */
function previousItem(el: Element): Element | null {
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.localName === 'li') return s;
  return null;
}

function integerAttribute(el: Element, name: string): number | null {
  const value = el.getAttribute(name);
  if (value === null || !/^\s*[+-]?\d+/.test(value)) return null;
  return parseInt(value, 10);
}

/** The heading elements (h1–h6) in the analysed text, where their text begins. */
function pageHeadings(index: TextIndex, position: Map<Text, number>): PageHeading[] {
  const out: PageHeading[] = [];
  for (const h of Array.from(index.root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const span = textSpan(index, position, h);
    if (span) out.push({ start: span[0], rank: Number(h.localName[1]) });
  }
  return out;
}
