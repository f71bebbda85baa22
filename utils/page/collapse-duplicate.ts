import { countVisible } from '../dom/content-root';
import { hideRange } from '../dom/hide-range';
import { buildTextIndex, nodeIndexAt, type TextIndex } from '../dom/text-index';
import { bodyStart } from '../dom/title-area';
import { findDuplicateBody, type DuplicateRange } from '../text/dedupe';
import { normalizeForCompare } from '../text/normalize';

export interface DuplicateInfo {
  /** Characters (white space not counted) hidden. */
  chars: number;
  elements: Element[];
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
 */
export function collapseDuplicate(root: Element): { scope: Element; duplicate: DuplicateInfo | null } {
  const doc = root.ownerDocument;
  const own = countVisible(root.textContent ?? '');
  // The scopes to try, innermost first; each holds the one before it.
  const scopes: Element[] = [];
  let last = -1;
  for (let scope: Element | null = root; scope && scope !== doc.documentElement && scopes.length < MAX_SCOPES; scope = scope.parentElement) {
    const size = scope === root ? own : countVisible(scope.textContent ?? '');
    if (size > own * MAX_GROWTH + TITLE_SLACK) break;
    // A wrapper that adds no text gives the same answer as the scope inside it.
    if (size === last) continue;
    last = size;
    scopes.push(scope);
  }
  if (!scopes.length) return { scope: root, duplicate: null };
  // One walk of the DOM for all of them: a nested scope's text is a contiguous
  // part of its ancestor's, found from the index's nodes.
  const index = buildTextIndex(scopes[scopes.length - 1]!);
  const rootSpan = spanOf(index, root);
  // Most notices are printed once: if no piece of the body recurs anywhere in the
  // widest scope, no scope can hold a second copy, and the searches are skipped.
  if (!rootSpan || !bodyRecurs(index.text, rootSpan)) return { scope: root, duplicate: null };
  let start: Node | null | undefined;
  for (const scope of scopes) {
    const span = spanOf(index, scope);
    if (!span) continue;
    const found = findIn(index, span.from, span.to) ?? findIn(index, bodyOffset(index, scope, (start ??= bodyStart(doc, root))), span.to);
    if (!found) continue;
    // A CMS that prints a second copy for printing may hide the first with a
    // stylesheet: then the later copy is the one the reader sees, and stays.
    if (!rendered(index.nodes[nodeIndexAt(index, found.kept)]!)) return { scope: root, duplicate: null };
    const elements: Element[] = [];
    let chars = 0;
    // Later ranges first, so earlier offsets stay valid while nodes are split.
    for (const range of [...found.ranges].sort((a, b) => b.start - a.start)) {
      elements.push(...hideRange(index, range.start, range.end, range.end >= span.to ? scope : undefined));
      chars += range.chars;
    }
    return { scope, duplicate: { chars, elements } };
  }
  return { scope: root, duplicate: null };
}

/** Pieces of the body sampled for a recurrence, and their length in compared characters. */
const PROBES = 8;
const PROBE_CHARS = 16;

/**
 * Whether any of a few pieces spread over the body occurs a second time in the
 * text (compared as dedupe compares: white space and width folded). A body
 * printed twice always has recurring pieces, whichever scope holds the copies;
 * a copy changed in a few places still leaves most pieces intact.
 */
export function bodyRecurs(text: string, body: { from: number; to: number }): boolean {
  const norm = normalizeForCompare(text);
  const map = norm.map;
  const toNorm = (raw: number) => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid]! < raw) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const from = toNorm(body.from);
  const to = toNorm(body.to);
  if (to - from < PROBE_CHARS * 2) return true; // too short to sample: let the full search decide
  for (let k = 0; k < PROBES; k++) {
    const at = from + Math.floor(((to - from - PROBE_CHARS) * (k + 0.5)) / PROBES);
    const piece = norm.text.slice(at, at + PROBE_CHARS);
    if (norm.text.indexOf(piece) !== at || norm.text.indexOf(piece, at + 1) >= 0) return true;
  }
  return false;
}

/** The part [from, to) of the index's text that lies inside `scope`. */
function spanOf(index: TextIndex, scope: Element): { from: number; to: number } | null {
  if (scope === index.root) return { from: 0, to: index.text.length };
  const first = index.nodes.findIndex((n) => scope.contains(n));
  if (first < 0) return null;
  let last = first;
  while (last + 1 < index.nodes.length && scope.contains(index.nodes[last + 1]!)) last++;
  return { from: index.starts[first]!, to: index.starts[last]! + index.nodes[last]!.data.length };
}

/** Duplicate ranges (and the kept copy's start) in the index's text from `from` on, as offsets in the whole text. */
function findIn(index: TextIndex, from: number, to: number): { ranges: DuplicateRange[]; kept: number } | null {
  if (from < 0 || from >= to) return null;
  const found = findDuplicateBody(from === 0 && to === index.text.length ? index.text : index.text.slice(from, to));
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
 */
function bodyOffset(index: TextIndex, scope: Element, start: Node | null): number {
  if (!start || !scope.contains(start)) return -1;
  let child: Node = start;
  while (child.parentNode && child.parentNode !== scope) child = child.parentNode;
  // Text nodes come in document order: the first one inside `child` is near the start.
  const i = index.nodes.findIndex((n) => child.contains(n));
  const first = index.nodes.findIndex((n) => scope.contains(n));
  return i > first ? index.starts[i]! : -1;
}
