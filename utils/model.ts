/**
 * The stored data model, shared by every layer. Annotations follow the W3C Web
 * Annotation model (target source + selectors) with the app's own fields beside it.
 */

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Color = (typeof COLORS)[number];

export const DIRECTIVE_STATUSES = ['todo', 'doing', 'done'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Which directive an annotation belongs to (or is, for a directive annotation). */
export interface DirectiveRef {
  /** The marker as written, e.g. 五是 or （二）. */
  ordinal: string;
  /** Position of the directive in document order, 0-based. */
  index: number;
  /** The directive's lead sentence, to tell it apart when the page changes. */
  lead: string;
}

export type AnnotationKind = 'highlight' | 'directive' | 'page-note';

export interface Annotation {
  id: string;
  /** Normalized URL of the notice (see utils/text/url.ts). */
  page: string;
  kind: AnnotationKind;
  /** Empty for page notes. Computed on the text with duplicates hidden. */
  selectors: Selector[];
  directive?: DirectiveRef;
  color?: Color;
  note: string;
  tags: string[];
  status?: DirectiveStatus;
  /** ISO 8601 times. */
  created: string;
  modified: string;
}

/** What is known about a notice page, stored beside its annotations. */
export interface NoticeRecord {
  page: string;
  title: string;
  site: string;
  /** Issuing body / 来源. */
  source: string;
  /** Publication date as written, normalized to YYYY-MM-DD where it can be. */
  published: string;
  /** 发文字号, when the page has one. */
  docNumber: string;
  /**
   * The top-level page a framed notice is shown in (normalized), when it is not `page` itself: old
   * 信息公开 pages put the body in an <iframe> or <frameset>; links open this shell page.
   */
  shell?: string;
  directives: { ordinal: string; level: number; lead: string }[];
  firstSeen: string;
  lastSeen: string;
}
