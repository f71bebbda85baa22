/**
 * The stored data model, shared by every layer. Annotations follow the W3C Web
 * Annotation model (target source + selectors) with the app's own fields beside it.
 * The types are those of the schemas in utils/schema/model.ts (what the store and
 * backups accept is what the code handles); this file names them.
 */
import type * as v from 'valibot';
import type { annotationSchema, directiveRefSchema, noticeSchema, selectorSchema } from './schema/model';

export const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Color = (typeof COLORS)[number];

export const DIRECTIVE_STATUSES = ['todo', 'doing', 'done'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

/** How often a recurring deadline comes back (utils/tasks/model.ts `Due`). */
export const RECURRENCES = ['week', 'month', 'quarter', 'half-year', 'year'] as const;

export const KINDS = ['highlight', 'directive', 'page-note'] as const;
export type AnnotationKind = (typeof KINDS)[number];

/** A W3C TextQuoteSelector (quote with context) or TextPositionSelector (character offsets). */
export type Selector = v.InferOutput<ReturnType<typeof selectorSchema>>;
export type TextQuoteSelector = Extract<Selector, { type: 'TextQuoteSelector' }>;
export type TextPositionSelector = Extract<Selector, { type: 'TextPositionSelector' }>;

/**
 * Which directive an annotation belongs to (or is, for a directive annotation): `ordinal` is the marker as
 * written (五是, （二）), `index` its place in document order (0-based), `lead` its lead sentence (to tell it
 * apart when the page changes).
 */
export type DirectiveRef = v.InferOutput<ReturnType<typeof directiveRefSchema>>;

/**
 * One annotation. `page` is the normalized URL of the notice (utils/text/url.ts); `selectors` are empty for page
 * notes and computed on the text with duplicates hidden; `created` and `modified` are ISO 8601 times.
 */
export type Annotation = v.InferOutput<ReturnType<typeof annotationSchema>>;

/**
 * What is known about a notice page, stored beside its annotations: `source` is the issuing body (来源),
 * `published` the date as written (YYYY-MM-DD where it can be), `docNumber` the 发文字号, `issuer` the 发文机关
 * and `written` the 成文日期 (YYYY-MM-DD where it can be), both as the notice itself prints them and both absent
 * in records stored before they were read. `shell` is the
 * top-level page a framed notice is shown in (normalized), when it is not `page` itself: old 信息公开 pages put
 * the body in an <iframe> or <frameset>; links open this shell page.
 */
export type NoticeRecord = v.InferOutput<ReturnType<typeof noticeSchema>>;
