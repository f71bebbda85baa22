import { isSkipped, SKIP_TAGS } from './text-index';
import { isRendered } from './page-hidden';
import { hasDate } from '../text/notice-meta';
import { MIN_NOTICE_PROSE } from '../text/notice-score';

/**
 * Finds the element that holds a page's main text, in one pass over its text nodes.
 * Like Readability's candidate scoring, text counts for the block that holds it and,
 * more weakly, for that block's parent and grandparent — but without its
 * thresholds, which reject the short paragraphs of Chinese notices, and without
 * cloning the document, which costs more than the whole analysis here. When the
 * winner has a close rival elsewhere on the page, `unsure` says so and the caller
 * may ask Readability (readability-root.ts), which also weighs class names.
 */

const PARAGRAPH_TAGS = new Set(['p', 'div', 'td', 'li', 'pre', 'blockquote', 'section', 'article', 'font', 'span', 'center', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th']);
export const INLINE_TAGS = new Set(['span', 'font', 'b', 'strong', 'i', 'em', 'u', 'a', 'sub', 'sup', 'small', 'big', 'o:p', 'label', 'abbr', 'cite', 'mark', 's', 'strike', 'ins', 'del', 'q', 'time', 'code']);
/** A block scoring this close to the best one may be its twin, one of them hidden by the page's stylesheet. */
const TWIN_SHARE = 0.9;
/** A rival this close to the winner (and not one of its copies) makes the pick unsure. */
const RIVAL_SHARE = 0.6;

export interface ContentRoot {
  root: Element;
  /** Characters of non-link prose under the root. */
  text: number;
  /** Share of the root's text that sits inside links. */
  linkDensity: number;
  /** Blocks (or <br> lines) under the root with 10 or more characters of prose. */
  paragraphs: number;
  /** Another part of the page scored nearly as high: the pick may be wrong. */
  unsure: boolean;
  /** Small items (list rows, result cards) holding a link and a date: the shape of column and search pages. */
  datedItems: number;
  /** Those of them inside the root. */
  datedItemsInRoot: number;
}

interface Tally {
  text: number;
  links: number;
  score: number;
}

interface Block {
  text: number;
  links: number;
  /** Characters that make the block prose: CJK ideographs, Latin letters. */
  words: number;
  /** <br> elements directly in the block's line flow. */
  breaks: number;
  /**
   * The block's texts that may hold a date (four digits or more), read with hasDate only when datedItems is:
   * never on a page whose root holds too little prose for a notice, where nothing reads it (a column list's
   * 500 rows are 500 dates).
   */
  dates: string[] | null;
}

/**
 * The content root of `doc`: the best-scoring element, or `chosen` (picked by
 * another finder) measured the same way.
 */
export function findContentRoot(doc: Document, chosen?: Element): ContentRoot | null {
  const steps = contentRootSteps(doc, chosen);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Nodes (or blocks) handled between two safe points of contentRootSteps. */
const PER_STEP = 1024;

/** How leaving an element changes the walk's state (contentRootSteps): nothing, a link ends, a block ends. */
const SAME = 0;
const LINK = 1;
const BLOCK = 2;
/** With BLOCK: the block's own block lay inside a link. */
const BLOCK_IN_LINK = 4;

/**
 * findContentRoot as resumable work: it yields between nodes and blocks, every few
 * thousand, so a caller may give the page's event loop a turn there (utils/page/chunk.ts).
 */
export function* contentRootSteps(doc: Document, chosen?: Element, skips: SkipLookup = skipLookupFor(doc)): Generator<void, ContentRoot | null, void> {
  let visited = 0;
  const body = doc.body;
  if (!body) return null;
  const blocks = new Map<Element, Block>();
  // The block a node's text counts for (its nearest non-inline ancestor, or the body) and whether an <a> lies
  // between them, kept as the walk goes down and restored as it comes back up: no text node climbs to find
  // them, and a block's record is looked up once, not once per text node. It runs cold on every page.
  const blockEls: Element[] = [body];
  const blockRecs: (Block | null)[] = [null];
  let top = 0;
  let inLink = false;
  /** Per element the walk is inside: SAME, LINK or BLOCK (| BLOCK_IN_LINK), undone on the way out. */
  const exits: number[] = [];
  // The elements the walk leaves out (scripts, hidden ones), in document order, when one native query finds them
  // cheaply (see skipLookupFor): the walk meets them by comparing with the next one.
  const skipList = skips === 'query' ? skippedElements(body) : null;
  let skipAt = 0;
  let skip: Element | null = skipList?.[0] ?? null;
  // A hand-written walk: a TreeWalker with a JavaScript filter calls back into
  // script for every element, which costs about twice as much on a large page.
  let n: Node | null = body.firstChild;
  while (n) {
    if (++visited % PER_STEP === 0) {
      yield;
      // The page may have changed while the walk paused: a skipped element taken out, or passed, is not waited for.
      while (skip && (!body.contains(skip) || n.compareDocumentPosition(skip) & 2 /* PRECEDING */)) skip = skipList![++skipAt] ?? null;
    }
    const type = n.nodeType;
    if (type === 1) {
      const el = n as Element;
      const name = el.localName;
      let skipped: boolean;
      if (skipList) {
        skipped = el === skip;
        // Left out with all it holds; so are the skipped elements inside it.
        if (skipped) {
          do skip = skipList[++skipAt] ?? null;
          while (skip && el.contains(skip));
        }
      } else {
        // Asked of each element (one without attributes is hidden by none).
        skipped = SKIP_TAGS.has(name) || (el.hasAttributes() && isSkipped(el));
      }
      if (!skipped) {
        const first = el.firstChild;
        if (name === 'br') (blockRecs[top] ?? newBlock(blocks, blockEls, blockRecs, top)).breaks++;
        else if (first) {
          if (!INLINE_TAGS.has(name)) {
            exits.push(inLink ? BLOCK | BLOCK_IN_LINK : BLOCK);
            blockEls[++top] = el;
            blockRecs[top] = null;
            inLink = false;
          } else if (name === 'a' && !inLink) {
            exits.push(LINK);
            inLink = true;
          } else exits.push(SAME);
          n = first;
          continue;
        }
      }
    } else if (type === 3) {
      const data = (n as Text).data;
      countChars(data);
      const len = counted.visible;
      if (len) {
        const b = blockRecs[top] ?? newBlock(blocks, blockEls, blockRecs, top);
        // Every date hasDate reads has a four-digit year.
        if (counted.digits >= 4) (b.dates ??= []).push(data);
        if (inLink) b.links += len;
        else {
          b.text += len;
          b.words += counted.words;
        }
      }
    }
    // Next in document order, climbing out of finished subtrees (and out of the walk, should a paused walk's
    // node have been taken out of the page).
    for (;;) {
      const next: Node | null = n.nextSibling;
      if (next) {
        n = next;
        break;
      }
      const up: Node | null = n.parentNode;
      if (!up || up === body) {
        n = null;
        break;
      }
      n = up;
      const exit = exits.pop();
      if (exit === LINK) inLink = false;
      else if (exit !== undefined && exit !== SAME) {
        if (top > 0) top--;
        inLink = exit !== BLOCK;
      }
    }
  }

  const tallies = new Map<Element, Tally>();
  const tally = (el: Element) => {
    let t = tallies.get(el);
    if (!t) tallies.set(el, (t = { text: 0, links: 0, score: 0 }));
    return t;
  };
  for (const [block, b] of blocks) {
    if (++visited % PER_STEP === 0) yield;
    // Numbers, dates and codes (an index table's cells) are not prose: they
    // count as neither text nor links, so a list of them stays link-dense.
    const prose = isProse(b) ? b.text : 0;
    for (let a: Element | null = block; a; a = a.parentElement) {
      const t = tally(a);
      t.text += prose;
      t.links += b.links;
      if (a === body) break;
    }
    if (prose < 10 || !PARAGRAPH_TAGS.has(block.localName)) continue;
    const weight = prose / (prose + b.links);
    const parent = block.parentElement;
    // A block of <br>-separated lines is itself the paragraphs' container
    // (Readability turns its lines into <p>s): it takes the parent's share.
    const lines = b.breaks >= 2;
    tally(block).score += prose * weight * (lines ? 1 : 0.5);
    if (parent) {
      tally(parent).score += prose * weight * (lines ? 0.5 : 1);
      const grand = parent.parentElement;
      if (grand && !lines) tally(grand).score += prose * weight * 0.5;
    }
  }

  const ranked: { el: Element; score: number }[] = [];
  for (const [el, t] of tallies) {
    if (++visited % PER_STEP === 0) yield;
    const density = t.links / Math.max(1, t.text + t.links);
    const score = t.score * (1 - density);
    // The <html> element collects its share from blocks directly in <body>; it is never the body.
    if (score > 0 && body.contains(el)) ranked.push({ el, score });
  }
  ranked.sort((a, b) => b.score - a.score);
  // A page's footer (主办单位, ICP and 公网安备 lines) can outscore a notice of one short
  // paragraph: it is never the body, nor the body's rival.
  while (ranked.length && isFooter(ranked[0]!.el, body)) ranked.shift();
  if (ranked.length) ranked[0] = tableHolder(ranked[0]!, tallies, body);
  // A twin as good as the best block (the article printed for phones and for desktops): the page's stylesheet shows
  // one of them, and the body is the one on screen (./page-hidden.ts). Only then is the style asked.
  while (ranked.length > 1 && ranked[1]!.score >= ranked[0]!.score * TWIN_SHARE && !isRendered(ranked[0]!.el)) ranked.shift();
  if (!ranked.length && !chosen) return null;
  const best = chosen ? { el: chosen, score: Infinity } : ranked[0]!;
  const t = tallies.get(best.el) ?? { text: 0, links: 0, score: 0 };
  // What only a page that may be a notice needs (paragraphs, a rival, the dated items) is measured on first
  // read: at once below when the root holds enough prose for a notice, never on a column list or sitemap,
  // whose detection stops on too little prose (analyze.ts).
  let rest: Pick<ContentRoot, 'paragraphs' | 'unsure' | 'datedItems' | 'datedItemsInRoot'> | undefined;
  const more = () => {
    if (rest) return rest;
    let paragraphs = 0;
    for (const [block, b] of blocks) {
      if (isProse(b) && b.text >= 10 && best.el.contains(block)) paragraphs += Math.max(1, b.breaks >= 2 ? b.breaks : 1);
    }
    const items = datedItems(blocks, tallies);
    return (rest = {
      paragraphs,
      unsure: !chosen && hasRival(best, ranked.slice(1, 12).filter((o) => !isFooter(o.el, body)), tallies),
      datedItems: items.length,
      datedItemsInRoot: items.filter((el) => best.el.contains(el)).length,
    });
  };
  if (chosen || t.text >= MIN_NOTICE_PROSE) more();
  return {
    root: best.el,
    text: t.text,
    linkDensity: t.links / Math.max(1, t.text + t.links),
    get paragraphs() {
      return more().paragraphs;
    },
    get unsure() {
      return more().unsure;
    },
    get datedItems() {
      return more().datedItems;
    },
    get datedItemsInRoot() {
      return more().datedItemsInRoot;
    },
  };
}

/**
 * How the walk finds the elements it leaves out: 'query', one native query for them all, cheaper than asking
 * each element on a page of ordinary size; 'each', asked of every element as the walk meets it. The query runs
 * in one piece and grows with the page: 35 ms on a page of 200,000 elements (2.9 MB of HTML), a long task the
 * walk's slices exist to avoid (bench 6.2). So a page whose HTML is larger than QUERY_MAX_HTML_BYTES is asked
 * element by element; the two give the same elements.
 */
export type SkipLookup = 'query' | 'each';
const QUERY_MAX_HTML_BYTES = 512 * 1024;

export function skipLookupFor(doc: Document): SkipLookup {
  const nav = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as { decodedBodySize?: number } | undefined;
  return (nav?.decodedBodySize ?? 0) > QUERY_MAX_HTML_BYTES ? 'each' : 'query';
}

/** Selects every element isSkipped may leave out (and some it keeps: a style attribute that hides nothing). */
const SKIP_SELECTOR = [...SKIP_TAGS, '[hidden]', '[style]'].join(',');

/** The elements under `root` that isSkipped leaves out, in document order. */
export function skippedElements(root: Element): Element[] {
  return Array.prototype.filter.call(root.querySelectorAll(SKIP_SELECTOR), isSkipped) as Element[];
}

/** The record of the walk's current block (blockEls[top]), made when the block first holds something. */
function newBlock(blocks: Map<Element, Block>, blockEls: Element[], blockRecs: (Block | null)[], top: number): Block {
  const b: Block = { text: 0, links: 0, words: 0, breaks: 0, dates: null };
  blockRecs[top] = b;
  blocks.set(blockEls[top]!, b);
  return b;
}

/**
 * The smallest element (up to a grandparent) around each dated block that also holds a link and little else.
 * The item is found before the dates are read: on a notice most blocks with figures are paragraphs with no link
 * around them, and reading a date runs a dozen patterns cold (issue 14).
 */
function datedItems(blocks: Map<Element, Block>, tallies: Map<Element, Tally>): Element[] {
  const items = new Set<Element>();
  for (const [block, b] of blocks) {
    if (!b.dates) continue;
    const item = linkedItemAround(block, tallies);
    if (item && !items.has(item) && b.dates.some(hasDate)) items.add(item);
  }
  return [...items];
}

/** The smallest of `block`, its parent and grandparent that holds a link, while they hold under 300 characters. */
function linkedItemAround(block: Element, tallies: Map<Element, Tally>): Element | null {
  let el: Element | null = block;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) {
    const t = tallies.get(el);
    if (!t || t.text + t.links >= 300) return null;
    if (t.links > 0) return el;
  }
  return null;
}

/**
 * True when a candidate that is neither inside nor around the winner scores
 * nearly as high. A sibling with about the same text is a second copy of the
 * body, which the duplicate stage handles, not a rival.
 */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);
/** Characters of prose beside a table that make its container the body rather than the table (a lead-in, 一、 headings, the 落款). */
const PROSE_BESIDE_TABLE = 40;

/**
 * A 公示 whose long cells outweigh its paragraphs (a table of projects with their measures, under 一、 and above 二、) makes
 * the table's rows score highest, though the notice is the container the table stands in with its headings and 落款.
 * Cells holding their own paragraphs put a layout table's cell first, never a row; so when the best block is a table part
 * and the table's container holds more prose of its own, with few links, the container is the body.
 */
function tableHolder(best: { el: Element; score: number }, tallies: Map<Element, Tally>, body: Element): { el: Element; score: number } {
  if (!TABLE_PARTS.has(best.el.localName)) return best;
  const table = best.el.closest('table');
  const holder = table?.parentElement;
  if (!table || !holder || holder === body || !body.contains(holder)) return best;
  const own = tallies.get(table);
  const held = tallies.get(holder);
  if (!own || !held || held.text - own.text < PROSE_BESIDE_TABLE) return best;
  if (held.links > 0.3 * (held.text + held.links)) return best;
  return { el: holder, score: Math.max(best.score, held.score) };
}

function hasRival(best: { el: Element; score: number }, others: { el: Element; score: number }[], tallies: Map<Element, Tally>): boolean {
  const own = tallies.get(best.el)!.text;
  for (const o of others) {
    if (o.score < best.score * RIVAL_SHARE) return false;
    if (o.el.contains(best.el) || best.el.contains(o.el)) continue;
    const text = tallies.get(o.el)!.text;
    if (o.el.parentElement === best.el.parentElement && Math.abs(text - own) <= 0.1 * Math.max(text, own)) continue;
    return true;
  }
  return false;
}

/** Class names and ids of a page's footer, and the <footer> element. */
const FOOTER = /footer|copyright|\bfoot\b|\bbottom\b/i;

/** True when `el` is, or sits in, the page's footer. */
function isFooter(el: Element, body: Element): boolean {
  for (let a: Element | null = el; a && a !== body; a = a.parentElement) {
    if (a.localName === 'footer' || FOOTER.test(`${a.getAttribute('class') ?? ''} ${a.id}`)) return true;
  }
  return false;
}

function isProse(b: Block): boolean {
  return b.words >= 4 && b.words * 3 >= b.text;
}

/** What countChars found in one text node; reused, so the walk allocates nothing per node. */
const counted = { visible: 0, words: 0, digits: 0 };

/**
 * One pass over a text node: visible characters (as countVisible), word
 * characters (CJK ideographs and Latin letters: what prose is made of; digits and
 * codes are not) and ASCII digits. A page's first visit runs this cold, so each
 * character is read once.
 */
function countChars(s: string): void {
  let visible = 0;
  let words = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      visible++;
      words++;
    } else if (c > 32 && c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200d) && c !== 0xfeff) {
      visible++;
      if ((c >= 0x3400 && c <= 0x4dbf) || ((c | 32) >= 97 && (c | 32) <= 122)) words++;
      else if (c >= 48 && c <= 57) digits++;
    }
  }
  counted.visible = visible;
  counted.words = words;
  counted.digits = digits;
}

/** White space of every kind, and the zero-width characters: what a reader does not see. */
const INVISIBLE = /[\u0000-\u0020\u00a0\u2000-\u200d\u3000\ufeff]+/g;

/**
 * Characters a reader sees. A regex rather than a loop: it is called on whole
 * bodies, on a page's first visit, when a script loop would still run cold.
 */
export function countVisible(s: string): number {
  return s.replace(INVISIBLE, '').length;
}
