import { isSkipped } from './text-index';

/**
 * Finds the element that holds a page's main text, in one pass over its text nodes.
 * Like Readability's candidate scoring, text counts for the block that holds it and,
 * more weakly, for that block's parent and grandparent — but without its
 * thresholds, which reject the short paragraphs of Chinese notices, and without
 * cloning the document, which costs more than the whole analysis here.
 */

const PARAGRAPH_TAGS = new Set(['P', 'DIV', 'TD', 'LI', 'PRE', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'FONT', 'SPAN', 'CENTER', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TH']);
const INLINE_TAGS = new Set(['SPAN', 'FONT', 'B', 'STRONG', 'I', 'EM', 'U', 'A', 'SUB', 'SUP', 'SMALL', 'BIG', 'O:P', 'LABEL', 'ABBR', 'CITE', 'MARK', 'S', 'STRIKE', 'INS', 'DEL', 'Q', 'TIME', 'CODE']);

export interface ContentRoot {
  root: Element;
  /** Characters of non-link text under the root. */
  text: number;
  /** Share of the root's text that sits inside links. */
  linkDensity: number;
  /** Blocks under the root with 10 or more characters of text. */
  paragraphs: number;
}

interface Tally {
  text: number;
  links: number;
  score: number;
  paragraphs: number;
}

export function findContentRoot(doc: Document): ContentRoot | null {
  const body = doc.body;
  if (!body) return null;
  const tallies = new Map<Element, Tally>();
  const tally = (el: Element) => {
    let t = tallies.get(el);
    if (!t) tallies.set(el, (t = { text: 0, links: 0, score: 0, paragraphs: 0 }));
    return t;
  };
  const blockText = new Map<Element, { text: number; links: number }>();

  const walker = doc.createTreeWalker(body, 5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && isSkipped(n as Element) ? 2 /* REJECT */ : 1),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const len = countVisible((n as Text).data);
    if (!len) continue;
    let block = n.parentElement;
    let inLink = false;
    while (block && block !== body && INLINE_TAGS.has(block.tagName.toUpperCase())) {
      if (block.tagName === 'A' || block.tagName === 'a') inLink = true;
      block = block.parentElement;
    }
    if (!block) continue;
    const b = blockText.get(block) ?? { text: 0, links: 0 };
    if (inLink) b.links += len;
    else b.text += len;
    blockText.set(block, b);
  }

  for (const [block, b] of blockText) {
    // Text counts toward every ancestor's totals (for link density) ...
    for (let a: Element | null = block; a; a = a.parentElement) {
      const t = tally(a);
      t.text += b.text;
      t.links += b.links;
      if (a === body) break;
    }
    if (b.text < 10 || !PARAGRAPH_TAGS.has(block.tagName.toUpperCase())) continue;
    // ... but only blocks of real prose make an element a candidate.
    const weight = b.text / (b.text + b.links);
    const own = tally(block);
    own.score += b.text * weight * 0.5;
    const parent = block.parentElement;
    if (parent) {
      tally(parent).score += b.text * weight;
      tally(parent).paragraphs++;
      const grand = parent.parentElement;
      if (grand) tally(grand).score += b.text * weight * 0.5;
    }
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, t] of tallies) {
    const density = t.links / Math.max(1, t.text + t.links);
    const score = t.score * (1 - density);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  if (!best) return null;
  const t = tallies.get(best)!;
  let paragraphs = 0;
  for (const [block, b] of blockText) if (b.text >= 10 && best.contains(block)) paragraphs++;
  return { root: best, text: t.text, linkDensity: t.links / Math.max(1, t.text + t.links), paragraphs };
}

/** Characters a reader sees: white space of every kind does not count. */
export function countVisible(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000 && !(c >= 0x2000 && c <= 0x200d) && c !== 0xfeff) n++;
  }
  return n;
}
