/**
 * The marks of a revised visit (issue 16): what was inserted or changed since the previous stored version of
 * the notice's body, wrapped in `[data-nl-change="inserted" | "changed"]`, and the page attributes
 * `data-nl-revised` (the previous version's time) and `data-nl-hide-changes` (the reader hid the marks).
 * Offsets are the text index's (the deduplicated body), so nothing is ever marked inside the hidden duplicate;
 * the wrapping is the highlighter's (wrap-range.ts), so highlights placed before or after nest with the marks
 * and the index stays valid. Knows nothing of storage or of how the changes were found.
 */
import type { BodyChanges } from '../revisions/model';
import type { TextIndex } from './text-index';
import { unwrap, wrapRange } from './wrap-range';

export const CHANGE_ATTR = 'data-nl-change';
export const REVISED_ATTR = 'data-nl-revised';
export const HIDE_CHANGES_ATTR = 'data-nl-hide-changes';

export type ChangeKind = 'inserted' | 'changed';

/** A range trimmed of the white space and line breaks at its ends: a mark never starts or ends on a blank. */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Wraps the inserted and changed text of `changes` (offsets in `index.text`), and returns the wrappers in
 * document order. Ranges outside the text are clipped; empty ones mark nothing.
 */
export function markChanges(index: TextIndex, changes: Pick<BodyChanges, 'inserted' | 'changed'>): HTMLElement[] {
  const doc = index.root.ownerDocument;
  const ranges = [
    ...changes.inserted.map((r) => ({ ...r, kind: 'inserted' as ChangeKind })),
    ...changes.changed.map((r) => ({ start: r.start, end: r.end, kind: 'changed' as ChangeKind })),
  ].sort((a, b) => a.start - b.start);
  const out: HTMLElement[] = [];
  for (const r of ranges) {
    const [start, end] = trimmed(index.text, Math.max(0, r.start), Math.min(index.text.length, r.end));
    out.push(
      ...wrapRange(index, start, end, () => {
        const el = doc.createElement('span');
        el.setAttribute(CHANGE_ATTR, r.kind);
        return el;
      }),
    );
  }
  return out;
}

/** Says on `<html>` that the notice changed since the version saved at `since` (ISO time). */
export function markRevised(doc: Document, since: string): void {
  doc.documentElement.setAttribute(REVISED_ATTR, since);
}

/** Shows or hides the change marks (they stay in the page; only the page stylesheet's look goes). */
export function showChangeMarks(doc: Document, show: boolean): void {
  doc.documentElement.toggleAttribute(HIDE_CHANGES_ATTR, !show);
}

/** Takes the marks and the attributes back out (a new analysis of the page, utils/page/reset.ts). */
export function clearChangeMarks(doc: Document): void {
  unwrap(doc.querySelectorAll(`[${CHANGE_ATTR}]`));
  doc.documentElement.removeAttribute(REVISED_ATTR);
  doc.documentElement.removeAttribute(HIDE_CHANGES_ATTR);
}
