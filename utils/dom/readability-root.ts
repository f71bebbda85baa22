import { Readability } from '@mozilla/readability';

/**
 * The body element as Mozilla Readability sees it: a second opinion for pages
 * where the cheap finder (content-root.ts) is unsure. Readability weighs class
 * names (content/article vs. comment/sidebar/footer) and cleans out boilerplate,
 * which the one-pass scorer does not. It rewrites the document it reads, so it
 * gets a clone; its article is then mapped back to the page through the text
 * nodes, which Readability moves but never recreates.
 *
 * Tuned for Chinese notices: its default charThreshold (500) makes it retry the
 * whole extraction up to three times on a short notice, and its candidates
 * already skip paragraphs under 25 characters, which is right for headings.
 */
const CHAR_THRESHOLD = 120;

export function readabilityRoot(doc: Document): Element | null {
  if (!doc.body) return null;
  const clone = doc.cloneNode(true) as Document;
  const twin = new Map<Node, Text>();
  const a = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const b = clone.createTreeWalker(clone.body, 4 /* SHOW_TEXT */);
  for (let x = a.nextNode(), y = b.nextNode(); x && y; x = a.nextNode(), y = b.nextNode()) twin.set(y, x as Text);

  let article: Element | null = null;
  try {
    const parsed = new Readability<Element>(clone, { charThreshold: CHAR_THRESHOLD, serializer: (el) => el as Element }).parse();
    article = parsed?.content ?? null;
  } catch {
    return null;
  }
  if (!article) return null;

  // The page's counterparts of the article's first and last words.
  let first: Text | null = null;
  let last: Text | null = null;
  const walk = clone.createTreeWalker(article, 4 /* SHOW_TEXT */);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const original = twin.get(n);
    if (!original || !original.data.trim()) continue;
    first ??= original;
    last = original;
  }
  if (!first || !last) return null;
  const root = commonAncestor(first, last);
  return root && root !== doc.body && root !== doc.documentElement ? root : null;
}

function commonAncestor(x: Node, y: Node): Element | null {
  for (let el = x.parentElement; el; el = el.parentElement) if (el.contains(y)) return el;
  return null;
}
