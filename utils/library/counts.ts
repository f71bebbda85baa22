/**
 * What counts as an annotation, in one place: the popup, the library, the side panel
 * (and anything else that shows a count) ask here, so they never disagree.
 *
 * An annotation is something the reader made: a highlight (with or without its note), a
 * note (on a directive, or the page note) or a directive with a status. A directive
 * record with neither note nor status (one made so that a note could be opened on it,
 * then left empty) is not the reader's work and counts as nothing. Each annotation is
 * counted once, under the first of highlight, note, status that it is, so the parts add
 * up to the total.
 */
import type { Translate } from '../i18n';

/** The fields counting needs: a stored annotation (`note`) or a content script's redacted one (`hasNote`). */
export interface Countable {
  kind: 'highlight' | 'directive' | 'page-note';
  note?: string;
  hasNote?: boolean;
  status?: string;
}

export interface AnnotationCounts {
  highlights: number;
  /** Directive notes and page notes (a highlight's note counts with its highlight). */
  notes: number;
  /** Directives with a status and no note. */
  statuses: number;
  total: number;
}

const hasText = (a: Countable) => Boolean(a.hasNote || (a.note && a.note.trim()));

/** Which part an annotation is counted under, or null when it is not counted at all. */
export function countedAs(a: Countable): 'highlights' | 'notes' | 'statuses' | null {
  if (a.kind === 'highlight') return 'highlights';
  if (hasText(a)) return 'notes';
  if (a.kind === 'directive' && a.status) return 'statuses';
  return null;
}

export function annotationCounts(list: Iterable<Countable>): AnnotationCounts {
  const c: AnnotationCounts = { highlights: 0, notes: 0, statuses: 0, total: 0 };
  for (const a of list) {
    const part = countedAs(a);
    if (!part) continue;
    c[part]++;
    c.total++;
  }
  return c;
}

/** The count as every view shows it: "3 条批注" and, when there is any, "划线 1 · 笔记 1 · 状态 1". */
export function countLabels(c: AnnotationCounts, t: Translate): { total: string; parts: string } {
  return {
    total: t('libCount', { count: c.total }),
    parts: c.total ? t('annotationParts', { highlights: c.highlights, notes: c.notes, statuses: c.statuses }) : '',
  };
}
