import type { AnnotationKind, Color, DirectiveStatus } from '../model';
import type { MarkedDirective } from '../page/mark-directives';
import type { AnnotationCounts } from '../library/counts';

/** Everything the in-page UI shows, as plain data. Note text is never part of it. */
export interface SessionState {
  directives: { index: number; ordinal: string; level: number; lead: string }[];
  duplicateChars: number | null;
  /** `due` and `lead`: the reader's corrections of the directive's task facts (utils/tasks/due.ts). */
  directiveState: Record<number, { id: string; status?: DirectiveStatus; hasNote: boolean; due?: string; lead?: string }>;
  orphans: { id: string; kind: AnnotationKind; quote: string; hasNote: boolean }[];
  pageNote: { id: string; hasNote: boolean } | null;
  /** This page's trash, most recently deleted first (utils/trash.ts): restorable for 30 days. */
  trash: { id: string; kind: AnnotationKind; quote: string; hasNote: boolean; deletedAt: string }[];
  /** Viewport position of the selection the toolbar floats over. */
  toolbar: { x: number; y: number; bottom: number } | null;
  menu: { id: string; x: number; y: number; color: Color; hasNote: boolean; confirming: boolean } | null;
  /** `draft`: a page note not stored yet (the note frame stores it once it has text). */
  noteFrame: { id: string; draft?: 'page-note' } | null;
  toast: { kind: 'deleted' | 'select-first' | 'use-sidebar'; undo: boolean } | null;
  error: string | null;
  /** The notice's annotations counted as everywhere else (utils/library/counts.ts): the popup and library show the same. */
  counts: AnnotationCounts;
}

export function initialState(directives: MarkedDirective[], duplicateChars: number | null): SessionState {
  return {
    directives: directives.map(({ index, ordinal, level, lead }) => ({ index, ordinal, level, lead })),
    duplicateChars,
    directiveState: {},
    orphans: [],
    pageNote: null,
    trash: [],
    toolbar: null,
    menu: null,
    noteFrame: null,
    toast: null,
    error: null,
    counts: { highlights: 0, notes: 0, statuses: 0, total: 0 },
  };
}
