/**
 * The text index: the visible text of a subtree as one string, with a map back to
 * the DOM's text nodes. Every analysis (duplicates, directives, anchoring) works on
 * this string; every change to the page goes back through the map. Blocks
 * (paragraphs, cells, list items, <br> lines) are separated by '\n' so that pure
 * text code can see paragraph starts without knowing HTML.
 */

/**
 * Elements whose boundaries start a new line of text (no computed style: it is too slow to ask). The tag sets here and
 * in content-root.ts hold local names, lower case as HTML parsers make them: read per node, with no string made for it.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
  'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose text a reader never sees as part of the page's content. */
// A player's children (<source>, <track>, 「您的浏览器不支持视频播放」) are fallback content, never shown where it plays.
export const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas', 'select', 'textarea', 'video', 'audio', 'notice-lens-ui']);

export interface TextIndex {
  root: Element;
  /** Visible text, blocks joined by '\n'. Separators belong to no node. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** starts[i] = offset in `text` of nodes[i]'s first character. */
  starts: number[];
}

interface IndexOptions {
  /** Leave out elements the caller has hidden (e.g. a collapsed duplicate). */
  skip?: (el: Element) => boolean;
}

export function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Nodes visited between two safe points of `textIndexSteps`: a few milliseconds of a big page's walk. */
const NODES_PER_STEP = 1024;

/**
 * The text index of `root`, as resumable work: it yields between nodes, every thousand or so (a cold walk of that many is a few ms),
 * so a caller may give the event loop a turn there (utils/page/chunk.ts). The
 * page must not change while it is paused.
 */
export function* textIndexSteps(root: Element, options: IndexOptions = {}): Generator<void, TextIndex, void> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let pendingBreak = false;
  let visited = 0;
  const skip = options.skip;

  // A walk by firstChild / nextSibling / parentNode: no stack to overflow on deep CMS
  // nesting, and nothing allocated per node. A block's start and end both start a line.
  let n: Node = root;
  for (;;) {
    if (++visited % NODES_PER_STEP === 0) yield;
    let enter = false;
    if (n.nodeType === 3) {
      const data = (n as Text).data;
      if (data) {
        if (pendingBreak && data.trim()) {
          if (length > 0) {
            parts.push('\n');
            length++;
          }
          pendingBreak = false;
        }
        nodes.push(n as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    } else if (n.nodeType === 1) {
      const el = n as Element;
      if (el === root || !(isSkipped(el) || skip?.(el))) {
        if (BLOCK_TAGS.has(el.localName)) pendingBreak = true;
        enter = true;
      }
    }
    if (enter && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    // Climb out of finished elements (each one's end may start a line), then on to the next sibling.
    while (n !== root && !n.nextSibling) {
      n = n.parentNode!;
      if (BLOCK_TAGS.has((n as Element).localName)) pendingBreak = true;
    }
    if (n === root) break;
    n = n.nextSibling!;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/**
 * The index `textIndexSteps(el, options)` would build, taken from an index of an
 * ancestor built with the same options, without walking the DOM again; null when
 * it cannot be taken exactly (el is not a block, or holds no indexed text). A
 * block's text is a contiguous part of its ancestor's with the same separators:
 * both walks enter it with a line break pending, and a break pending before its
 * first text falls outside the part.
 */
export function subIndex(index: TextIndex, el: Element): TextIndex | null {
  if (el === index.root) return index;
  if (!BLOCK_TAGS.has(el.localName) || !index.root.contains(el)) return null;
  const inside = nodesWithin(index, el);
  if (!inside) return null;
  const { first, end, from, to } = inside;
  return {
    root: el,
    text: index.text.slice(from, to),
    nodes: index.nodes.slice(first, end),
    starts: index.starts.slice(first, end).map((s) => s - from),
  };
}

/**
 * The index's nodes inside `el`, nodes[first, end), and the part [from, to) of
 * the text they cover (document order makes them contiguous); null when none.
 */
export function nodesWithin(index: TextIndex, el: Element): { first: number; end: number; from: number; to: number } | null {
  if (el === index.root) return { first: 0, end: index.nodes.length, from: 0, to: index.text.length };
  const first = index.nodes.findIndex((n) => el.contains(n));
  if (first < 0) return null;
  let end = first + 1;
  while (end < index.nodes.length && el.contains(index.nodes[end]!)) end++;
  return { first, end, from: index.starts[first]!, to: index.starts[end - 1]! + index.nodes[end - 1]!.data.length };
}

/** Index of the node holding `offset` (the last node starting at or before it). */
export function nodeIndexAt(index: TextIndex, offset: number): number {
  const { starts } = index;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Splits the text node holding `offset` so that a node starts exactly there, keeping
 * the index consistent. Returns the index of the node that starts at `offset`.
 */
export function splitAt(index: TextIndex, offset: number): number {
  const i = nodeIndexAt(index, offset);
  const node = index.nodes[i]!;
  const within = offset - index.starts[i]!;
  if (within <= 0) return i;
  if (within >= node.data.length) return i + 1;
  const tail = node.splitText(within);
  index.nodes.splice(i + 1, 0, tail);
  index.starts.splice(i + 1, 0, offset);
  return i + 1;
}
