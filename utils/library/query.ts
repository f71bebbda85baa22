/**
 * Searching and filtering the notes library. Pure and synchronous; cost per
 * call is one `indexOf` scan of the folded corpus per search term plus one
 * pass over the annotations, so it can run on every keystroke.
 */
import type { Annotation, Color, DirectiveStatus } from '../model';
import type { IndexedNotice, LibraryIndex } from './build-index';
import { foldForSearch } from '../text/fold';

/**
 * The terms of a query: split on white space (ASCII and the ideographic space),
 * each folded for search; duplicates and empty terms dropped. Every term must be found.
 */
function queryTerms(query: string): string[] {
  const terms = query
    .split(/[\s\u3000]+/)
    .map((t) => foldForSearch(t).replace(/ /g, ''))
    .filter((t) => t !== '');
  return [...new Set(terms)];
}

export type LibrarySort = 'recent' | 'title' | 'date';

export interface LibraryQuery {
  /** Free text; every white-space separated term must occur (substring, folded). */
  text?: string;
  site?: string;
  tag?: string;
  color?: Color;
  /** Notices with a directive in this status. */
  status?: DirectiveStatus;
  /** Inclusive YYYY-MM-DD bounds on the notice's date (published, else first seen). */
  from?: string;
  to?: string;
  sort?: LibrarySort;
}

export interface LibraryResult {
  notice: IndexedNotice;
  /** The annotations that made the notice match, in reading order (all of them when only filters or the title matched). */
  hits: Annotation[];
  /** How many of the notice's annotations there are in all. */
  total: number;
}

/** Which documents contain `term`: one flag per document (notices, then annotations). */
function documentsContaining(index: LibraryIndex, term: string): Uint8Array {
  const { corpus, docStart } = index;
  const docs = docStart.length - 1;
  const hit = new Uint8Array(docs);
  let from = 0;
  for (;;) {
    const at = corpus.indexOf(term, from);
    if (at < 0) break;
    // The last document starting at or before `at`.
    let lo = 0;
    let hi = docs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (docStart[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    hit[lo] = 1;
    from = docStart[lo + 1]!; // the rest of this document cannot add anything
  }
  return hit;
}

function annotationFilter(index: LibraryIndex, q: LibraryQuery): ((j: number) => boolean) | null {
  const tag = q.tag?.trim();
  if (!tag && !q.color && !q.status) return null;
  const { annotations, effective } = index;
  return (j) => {
    const a = annotations[j]!;
    if (tag && !a.tags.some((t) => t.trim() === tag)) return false;
    if (q.color && !(a.kind === 'highlight' && a.color === q.color)) return false;
    if (q.status && !(a.kind === 'directive' && a.status === q.status && effective[j] === 1)) return false;
    return true;
  };
}

function noticeFilter(q: LibraryQuery): ((n: IndexedNotice) => boolean) | null {
  const site = q.site;
  const from = q.from || '';
  const to = q.to || '';
  if (!site && !from && !to) return null;
  return (n) => {
    if (site && n.site !== site) return false;
    if ((from || to) && n.date === '') return false;
    if (from && n.date < from) return false;
    if (to && n.date > to) return false;
    return true;
  };
}

/**
 * A notice's annotations as objects, built once per index: an empty box (every
 * Backspace back to it) lists all 2,000 notices with all their annotations, and
 * the same array each time also lets a shown card skip rendering (issue 14).
 */
const allAnnotations = new WeakMap<IndexedNotice, Annotation[]>();
function allAnnotationsOf(index: LibraryIndex, notice: IndexedNotice): Annotation[] {
  let list = allAnnotations.get(notice);
  if (!list) {
    list = notice.annotations.map((j) => index.annotations[j]!);
    allAnnotations.set(notice, list);
  }
  return list;
}

/**
 * The notices that match, in the requested order (default: most recent first).
 * A notice matches when it passes the notice filters (site, date), has at least
 * one annotation passing the annotation filters (tag, colour, status) if any is
 * set, and every search term occurs in its title/metadata or in one of those
 * annotations.
 */
export function queryLibrary(index: LibraryIndex, q: LibraryQuery = {}): LibraryResult[] {
  const terms = queryTerms(q.text ?? '');
  const termHits = terms.map((t) => documentsContaining(index, t));
  const N = index.notices.length;
  const keepNotice = noticeFilter(q);
  const keepAnnotation = annotationFilter(index, q);
  const results: LibraryResult[] = [];
  const T = termHits.length;
  // Which terms the current notice has been found to contain: one array for the whole query, not one per
  // notice (a keystroke visits all 2,000 notices; issue 14 counts its allocations).
  const found = new Uint8Array(T);

  for (const i of index.order[q.sort ?? 'recent']) {
    const notice = index.notices[i]!;
    if (keepNotice && !keepNotice(notice)) continue;
    const passing = keepAnnotation ? notice.annotations.filter(keepAnnotation) : notice.annotations;
    if (keepAnnotation && passing.length === 0) continue;
    let hits = passing;
    if (T) {
      // Each term: found in the notice itself or in a passing annotation.
      let missing = 0;
      for (let t = 0; t < T; t++) if ((found[t] = termHits[t]![i]!) !== 1) missing++;
      let matching: number[] | null = null;
      for (const j of passing) {
        let any = false;
        for (let t = 0; t < T; t++) {
          if (termHits[t]![N + j] !== 1) continue;
          any = true;
          if (found[t] !== 1) {
            found[t] = 1;
            missing--;
          }
        }
        if (any) (matching ??= []).push(j);
      }
      if (missing) continue;
      if (matching) hits = matching;
    }
    results.push({ notice, hits: hits === notice.annotations ? allAnnotationsOf(index, notice) : hits.map((j) => index.annotations[j]!), total: notice.annotations.length });
  }
  return results;
}
