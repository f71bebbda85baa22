import type { AnnotationInput, NoticeInput, RedactedAnnotation } from '../store/messages';

/**
 * What a page session needs from storage, bound to one page. The content script
 * implements it over the message API; tests implement it in memory.
 */
export interface PageStore {
  readonly page: string;
  list(): Promise<RedactedAnnotation[]>;
  put(input: AnnotationInput): Promise<RedactedAnnotation>;
  remove(id: string): Promise<RedactedAnnotation>;
  saveNotice(notice: NoticeInput): Promise<void>;
  /** Calls back with the ids changed by any context (another tab, the note frame, the side panel). */
  onChange(listener: (ids: string[]) => void): () => void;
}

/** Input for re-saving a stored annotation with some fields changed; the note is left as stored. */
export function toInput(a: RedactedAnnotation, changes: Partial<AnnotationInput> = {}): AnnotationInput {
  const { hasNote: _hasNote, created: _c, modified: _m, ...rest } = a;
  return { ...rest, ...changes };
}
