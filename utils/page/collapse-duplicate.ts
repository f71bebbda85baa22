import { countVisible } from '../dom/content-root';
import { hideRange } from '../dom/hide-range';
import { nodeIndexAt, nodesWithin, textIndexSteps, type TextIndex } from '../dom/text-index';
import { bodyStart } from '../dom/title-area';
import { findDuplicateInFolded, type DuplicateRange } from '../text/dedupe';
import { sliceFolded, type FoldedCodes } from '../text/fold';
import { mayRecurAsWhole } from '../text/recurrence';
import type { Steps } from './chunk';
import { foldCodesForCompareSteps, foldForCompareSteps, visibleCharsSteps } from './chunk-text';

interface DuplicateSearch {
  /** The element whose text holds the copies (the content root when there are none). */
  scope: Element;
  duplicate: DuplicateInfo | null;
  /**
   * The text index the search built, when the search left the page unchanged:
   * its root holds the content root, so the analysis can take the root's index
   * from it (subIndex) instead of walking the DOM again.
   */
  index: TextIndex | null;
}

export interface DuplicateInfo {
  /** Characters (white space not counted) hidden. */
  chars: number;
  elements: Element[];
  /**
   * The copy the reader sees, as offsets in the text of the scope with the duplicate hidden (the analysis's
   * index), when it comes before the hidden copies (as it does but where a CMS hides its first copy). A scope
   * widened to hold both copies also holds the title, info line and 上一篇/下一篇 around them: a version of
   * the body (issue 16) takes this part only.
   */
  kept?: { start: number; end: number };
}

/**
 * How much more text than the content root a scope may hold: two copies of the
 * body plus a title, info line and tools around them (a few hundred characters
 * whatever the body's length), not a whole page.
 */
const MAX_GROWTH = 2.3;
const TITLE_SLACK = 300;
/** Distinct scopes tried at most: each try is linear in its text. */
const MAX_SCOPES = 4;

/**
 * Finds a body printed twice (or more) and hides the later copies. The content
 * root may hold both copies, or only one when the CMS printed them into sibling
 * (or cousin) containers, so scopes are tried from the root outward while their
 * text grows by at most MAX_GROWTH, stopping at the first where a duplicate is
 * found. The pure detector wants the copies to cover most of its text; a title
 * area above the body (inside the scope) is therefore left out on a second try.
 *
 * Resumable work (utils/page/chunk.ts): it yields between its long steps and inside them.
 */
export function* collapseDuplicateSteps(root: Element, skip?: (el: Element) => boolean): Steps<DuplicateSearch> {
  const doc = root.ownerDocument;
  const own = yield* visibleCharsSteps(root);
  // The scopes to try, innermost first; each holds the one before it.
  const scopes: Element[] = [];
  let last = -1;
  let size = own;
  for (let scope: Element | null = root, child: Element = root; scope && scope !== doc.documentElement && scopes.length < MAX_SCOPES; child = scope, scope = scope.parentElement) {
    // A parent's text is its child's plus its other children's: the body is counted once.
    if (scope !== root) size += countOthers(scope, child);
    if (size > own * MAX_GROWTH + TITLE_SLACK) break;
    // A wrapper that adds no text gives the same answer as the scope inside it.
    if (size === last) continue;
    last = size;
    scopes.push(scope);
  }
  const none = (index: TextIndex | null): DuplicateSearch => ({ scope: root, duplicate: null, index });
  if (!scopes.length) return none(null);
  // One walk of the DOM and one normalization for all of them: a nested scope's
  // text is a contiguous part of its ancestor's, found from the index's nodes.
  const index = yield* textIndexSteps(scopes[scopes.length - 1]!, { skip });
  yield;
  const rootSpan = nodesWithin(index, root);
  if (!rootSpan) return none(index);
  const normalized = yield* foldForCompareSteps(index.text);
  // Most notices are printed once, and many repeat phrases and sentences: unless
  // pieces of the body recur at one steady distance, as a second copy makes them,
  // no scope can hold a second copy and the searches are skipped.
  if (!mayRecurAsWhole(normalized.text, normalized.lengthAt(rootSpan.from), normalized.lengthAt(rootSpan.to))) return none(index);
  yield;
  const norm = yield* foldCodesForCompareSteps(index.text, normalized.text);
  let start: Node | null | undefined;
  for (const scope of scopes) {
    yield;
    const span = nodesWithin(index, scope);
    if (!span) continue;
    const found = findIn(index, norm, span.from, span.to) ?? findIn(index, norm, bodyOffset(index, scope, span.first, (start ??= bodyStart(doc, root))), span.to);
    if (!found) continue;
    // A CMS that prints a second copy for printing may hide the first with a
    // stylesheet: then the later copy is the one the reader sees, and stays.
    if (!rendered(index.nodes[nodeIndexAt(index, found.kept)]!)) return none(index);
    const elements: Element[] = [];
    let chars = 0;
    // The visible copy as long as the first hidden one, ending before it; the index of the scope with the copies
    // hidden has the same text as this one up to the first of them.
    const firstCopy = found.ranges.reduce((a, b) => (b.start < a.start ? b : a));
    const keptEnd = Math.min(found.kept + (firstCopy.end - firstCopy.start), firstCopy.start);
    const kept = found.kept < keptEnd ? { start: found.kept - span.from, end: keptEnd - span.from } : undefined;
    // Later ranges first, so earlier offsets stay valid while nodes are split.
    for (const range of [...found.ranges].sort((a, b) => b.start - a.start)) {
      elements.push(...hideRange(index, range.start, range.end, range.end >= span.to ? scope : undefined));
      chars += range.chars;
    }
    // Hiding split text nodes: the index no longer describes the page.
    return { scope, duplicate: { chars, elements, ...(kept ? { kept } : {}) }, index: null };
  }
  return none(index);
}

/** Visible characters of `parent`'s children other than `child` (comments have no text). */
function countOthers(parent: Element, child: Node): number {
  let n = 0;
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c !== child && (c.nodeType === 1 || c.nodeType === 3)) n += countVisible(c.textContent ?? '');
  }
  return n;
}

/** Duplicate ranges (and the kept copy's start) in the index's text from `from` on, as offsets in the whole text. */
function findIn(index: TextIndex, codes: FoldedCodes, from: number, to: number): { ranges: DuplicateRange[]; kept: number } | null {
  if (from < 0 || from >= to) return null;
  const whole = from === 0 && to === index.text.length;
  const found = findDuplicateInFolded(whole ? index.text : index.text.slice(from, to), whole ? codes : sliceFolded(codes, from, to));
  if (!found || found.ranges.length === 0) return null;
  return { ranges: found.ranges.map((r) => ({ ...r, start: r.start + from, end: r.end + from })), kept: found.originalStart + from };
}

/** Whether the text node is rendered; true where the DOM cannot tell (no layout, as in tests). */
function rendered(node: Node): boolean {
  const el = node.parentElement as (Element & { checkVisibility?: () => boolean }) | null;
  return !el || typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

/**
 * Where the part of the scope that holds the body begins: the start of the
 * scope's child containing the body's first sentence. What comes before it in
 * the scope (a title, an info line) is printed once. -1 when nothing precedes.
 * `first`: the index of the scope's first node.
 */
function bodyOffset(index: TextIndex, scope: Element, first: number, start: Node | null): number {
  if (!start || !scope.contains(start)) return -1;
  let child: Node = start;
  while (child.parentNode && child.parentNode !== scope) child = child.parentNode;
  // Text nodes come in document order: the first one inside `child` is near the start.
  const i = index.nodes.findIndex((n) => child.contains(n));
  return i > first ? index.starts[i]! : -1;
}
