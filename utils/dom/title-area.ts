import { countVisible, INLINE_TAGS } from './content-root';
import { isSkipped } from './text-index';
import { isInfoLine } from '../text/notice-meta';
import { toHans } from '../text/hant';
import { lastInScope, nextInScope, previousInScope } from './scope-walk';
import type { FactLine } from '../facts/lines';

/**
 * The lines a reader sees just above a notice's body — title, 发布时间/来源 line,
 * 发文字号 box, gov.uk's "From:/Published", a memo's SUBJECT/FROM — and the body's
 * first lines. Found by walking outward from where the body's prose begins, not
 * from the content root's edge: when the root is the parent of two copies (or an
 * <article> holding the title), the title area lies inside it. Bounded walks, so
 * the cost does not grow with the page.
 */

/** A line of the title area: a FactLine (../facts/lines.ts) and the block element it was read from. */
export interface Line extends FactLine {
  /** The block the line's text sits in. */
  el: Element;
}

/** A line read from a table cell: a row's cells (责任单位 | 完成时间) are no signature or header line. */
const isCell = (el: Element) => /^T[DH]$/.test(el.tagName.toUpperCase());

/** Each block a line was read from, numbered once per document: FactLine.block. */
const blockNumbers = new WeakMap<Element, number>();
let blocksNumbered = 0;
function blockNumber(el: Element): number {
  let n = blockNumbers.get(el);
  if (n === undefined) blockNumbers.set(el, (n = ++blocksNumbered));
  return n;
}

export interface TitleArea {
  /** Lines above the body, in document order (lines made only of links do not count toward the limit). */
  before: Line[];
  /** The body's first lines, starting with its first sentence. */
  after: Line[];
  /**
   * The body's lines from its first sentence on, up to BODY_LINES: where the notice's own 落款 is
   * (the first one: a cover letter is signed before the plan it issues, a forwarding notice before
   * the notice it forwards).
   */
  body: Line[];
  /** The root's last lines, in document order: where a 公文 is signed and dated (落款). */
  end: Line[];
  /** The lines just below the root: a 落款 some CMSs print in a container of its own, after the body's. */
  following: Line[];
}

/** Lines looked at above the body (link-only lines not counted), below its start and at its end. */
const BEFORE_LINES = 30;
const AFTER_LINES = 6;
const BODY_LINES = 80;
const END_LINES = 4;
const FOLLOWING_LINES = 3;
/** Nodes visited at most in either direction: a bound on the work on huge pages. */
const MAX_NODES = 1500;

export function readTitleArea(doc: Document, root: Element): TitleArea {
  // An element without text of its own (a frame element, utils/frames/shell.ts) starts where it stands.
  const start = bodyStart(doc, root) ?? (root.firstChild ? null : root);
  // The verdict reads the first lines only; the body's 80 are read when the notice's facts are (later, off the
  // detection every page pays for): `body` is walked on first use.
  const after = collect(doc, root, start, 'next', AFTER_LINES);
  let body: Line[] | undefined;
  const before = start ? collect(doc, doc.body, start, 'previous', BEFORE_LINES).reverse() : [];
  const end = collect(doc, root, null, 'previous', END_LINES).reverse();
  const below = nextOutside(doc, root);
  const following = below ? collect(doc, doc.body, below, 'next', FOLLOWING_LINES) : [];
  return {
    before, after, end, following,
    get body() {
      return (body ??= collect(doc, root, start, 'next', BODY_LINES));
    },
  };
}

/** The node after `el` and all it holds, in document order, within the body. */
function nextOutside(doc: Document, el: Element): Node | null {
  let n: Node | null = el;
  while (n && n !== doc.body && !n.nextSibling) n = n.parentNode;
  return n && n !== doc.body ? n.nextSibling : null;
}


/** The first text node of the first sentence line in the root (or the root's first text). */
export function bodyStart(doc: Document, root: Element): Node | null {
  let first: Node | null = null;
  for (const line of walkLines(doc, root, null, 'next')) {
    first ??= line.first;
    if (isSentence(line)) return line.first;
    if (line.index > 60) break;
  }
  return first;
}

/** A line of running prose: not a heading, a title or an info line. */
function isSentence({ line }: { line: Line }): boolean {
  if (/^H[1-6]$/.test(line.el.tagName.toUpperCase()) || line.chars < 15 || line.links * 2 > line.chars) return false;
  if (isInfoLine(line.text)) return false;
  return /[，。；！？]/.test(line.text) || (/[.,;]/.test(line.text) && line.text.split(/\s+/).length >= 6);
}

function collect(doc: Document, scope: Element, from: Node | null, dir: 'next' | 'previous', max: number): Line[] {
  const out: Line[] = [];
  let kept = 0;
  for (const { line } of walkLines(doc, scope, from, dir)) {
    out.push(line);
    // Navigation and contents lists are all links: they must not push the title out of reach.
    if (line.links < line.chars && ++kept >= max) break;
  }
  return out;
}

/**
 * Lines in document order (or backwards) from `from`: consecutive text in one
 * block, broken by <br>. Backwards, the line holding `from` is left out; with
 * no `from`, lines run from the scope's start (forwards) or its end (backwards).
 */
function* walkLines(doc: Document, scope: Element, from: Node | null, dir: 'next' | 'previous') {
  // Scripts, styles and hidden elements are left out with all they hold (./scope-walk.ts).
  const step = dir === 'next' ? (n: Node) => nextInScope(n, scope, isSkipped) : (n: Node) => previousInScope(n, scope, isSkipped);
  let parts: string[] = [];
  let block: Element | null = null;
  let first: Node | null = null;
  let chars = 0;
  let links = 0;
  let index = 0;
  const flush = () => {
    const written = (dir === 'next' ? parts : parts.reverse()).join('').replace(/\s+/g, ' ').trim();
    const line: Line = { text: toHans(written), written, el: block!, chars, links, cell: isCell(block!), block: blockNumber(block!) };
    const out = chars > 0 ? { line, first: first!, index: index++ } : null;
    parts = [];
    block = null;
    first = null;
    chars = links = 0;
    return out;
  };
  let n: Node | null;
  if (dir === 'next') n = from ?? step(scope);
  else n = from ? step(from) : lastInScope(scope, isSkipped);
  for (let visited = 0; n && visited < MAX_NODES; visited++, n = step(n)) {
    if (n.nodeType === 1) {
      if ((n as Element).localName === 'br' && block) {
        const out = flush();
        if (out) yield out;
      }
      continue;
    }
    const data = (n as Text).data;
    const len = countVisible(data);
    if (!len) {
      // White space between inline elements still separates words.
      if (block) parts.push(' ');
      continue;
    }
    let el = n.parentElement;
    let inLink = false;
    while (el && el !== doc.body && INLINE_TAGS.has(el.localName)) {
      if (el.localName === 'a') inLink = true;
      el = el.parentElement;
    }
    if (!el) continue;
    if (block && el !== block) {
      const out = flush();
      if (out) yield out;
    }
    block = el;
    // The line's first node in document order: met first forwards, last backwards.
    if (dir === 'previous' || !first) first = n;
    parts.push(data);
    chars += len;
    if (inLink) links += len;
  }
  if (block) {
    const out = flush();
    if (out) yield out;
  }
}
