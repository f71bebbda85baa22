/**
 * Versions of a notice's body, kept so a reader can learn that a notice they annotated was revised in place, and
 * how (issue 16). Pure data shared by the store (which keeps the last 10 per notice, compressed), the page (which
 * marks what changed since the previous version) and the side panel and library (which show and compare them).
 */

/** One stored version of a notice's deduplicated body text. */
export interface NoticeVersion {
  /** The notice's page key (the same key its annotations carry). */
  page: string;
  /** When this body was first seen (ISO time). */
  savedAt: string;
  /** The deduplicated body text as it was then. */
  text: string;
}

/** What changed from one version's text to the next, in the newer text's offsets. */
export interface BodyChanges {
  /** Text present only in the newer version (a sentence or paragraph added). */
  inserted: Array<{ start: number; end: number }>;
  /** Text of the newer version that replaces other text (a date corrected). */
  changed: Array<{ start: number; end: number; before: string }>;
  /** Passages of the older version that are gone, with the newer-text offset where they were. */
  deleted: Array<{ at: number; text: string }>;
}

/** What a revised visit tells the reader (the in-page banner): since when, how many changes, what is gone. */
export interface RevisionSummary {
  /** When the previous version was saved (ISO time). */
  since: string;
  inserted: number;
  changed: number;
  /** The deleted passages' text, in reading order (shown as text, never as markup). */
  deleted: string[];
  /** The text that changed passages replaced, in reading order (the orphan list says an annotation's text went). */
  replaced?: string[];
}
