/**
 * The data model's shapes (utils/model.ts derives its types from these). Messages to the store
 * (utils/store/validate.ts) and backup files (utils/export/backup-validate.ts) read with the same schemas, so
 * what one accepts the other accepts too: a backup that parses can be imported. Each caller brings what is its
 * own: the limits, and its rules for ids, pages and times (the store normalizes a page, a backup keeps it).
 */
import * as v from 'valibot';
import { COLORS, DIRECTIVE_STATUSES, KINDS, RECURRENCES, type Annotation } from '../model';
import type { Due } from '../tasks/model';
import { has, type Obj } from './own';
import { bare, int, isoTime, list, record, rule, text, variantRecord } from './rules';

/**
 * The limits the model's shapes are read with (named as in the store's LIMITS):
 * textChars for quotes, titles and leads; shortTextChars for a notice's site, source, issuer and number.
 */
export type ModelLimits = Record<'textChars' | 'shortTextChars' | 'tags' | 'tagChars' | 'selectors' | 'directives', number>;

/** A caller's rule for a page URL, or for an id: reads unknown, gives a string. */
export type StringSchema = v.GenericSchema<unknown, string>;

/** Ordinals are markers as written (五是, （二）, 3.—(1)). */
const ORDINAL_CHARS = 200;

/* @__NO_SIDE_EFFECTS__ */
export function selectorSchema(L: Pick<ModelLimits, 'textChars'>) {
  const quote = v.object(bare({
    type: v.literal('TextQuoteSelector'),
    exact: text(L.textChars),
    // prefix and suffix are optional in the W3C model; null counts as left out, as for tags.
    prefix: v.nullish(text(L.textChars), ''),
    suffix: v.nullish(text(L.textChars), ''),
  }));
  const position = v.object(bare({ type: v.literal('TextPositionSelector'), start: int(0, 1e9), end: int(0, 1e9) }));
  const choice = variantRecord('type', [quote, position]);
  // A position's end may not come before its start (reported at `.end`, with the range it had).
  const ordered = rule<v.InferOutput<typeof choice>>(
    'out-of-range',
    (s) => s.type !== 'TextPositionSelector' || s.end >= s.start,
    (s) => (s.type === 'TextPositionSelector' ? { value: s.end, min: s.start, max: 1e9 } : {}),
  );
  return v.pipe(choice, v.forward(ordered, ['end'] as never));
}

/* @__NO_SIDE_EFFECTS__ */
export function selectorsSchema(L: Pick<ModelLimits, 'textChars' | 'selectors'>) {
  return list(selectorSchema(L), L.selectors);
}

/* @__NO_SIDE_EFFECTS__ */
export function directiveRefSchema(L: Pick<ModelLimits, 'textChars'>) {
  return record({ ordinal: text(ORDINAL_CHARS), index: int(0, 1e6), lead: text(L.textChars) });
}

/** A lead unit, a responsible unit, a report-to target: a name, never a paragraph. */
const LEAD_UNIT_CHARS = 500;
/** A day as YYYY-MM-DD that the calendar has (2025-02-30 is refused). */
function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}
/** The reader's due date: a day, or '' for "no date". */
const dueOverrideSchema = /* @__PURE__ */ v.pipe(text(10), rule<string>('bad-date', (s) => s === '' || isIsoDay(s)));

/** One directive's extracted task facts as a notice record keeps them (utils/tasks/model.ts), by directive index. */
/* @__NO_SIDE_EFFECTS__ */
export function taskFactsSchema() {
  // Read as one record and checked field by field (a picklist's message names the fields it knows), then
  // given back as the union utils/tasks/model.ts declares: a date needs its date, a recurrence its period.
  const oneOf = <T extends string>(values: readonly T[]) => v.pipe(v.string(), rule<string>('wrong-format', (x) => (values as readonly string[]).includes(x)), v.transform((x) => x as T));
  const fields = record({
    kind: oneOf(['date', 'recurring', 'relative'] as const),
    date: v.optional(v.pipe(text(10), rule<string>('bad-date', isIsoDay))),
    every: v.optional(oneOf(RECURRENCES)),
    day: v.optional(int(1, 31)),
    month: v.optional(int(1, 12)),
    text: text(LEAD_UNIT_CHARS),
  });
  type Fields = v.InferOutput<typeof fields>;
  const due = v.pipe(
    fields,
    v.forward(rule<Fields>('bad-date', (d) => d.kind !== 'date' || d.date !== undefined, () => ({ value: '' })), ['date'] as never),
    v.forward(rule<Fields>('wrong-format', (d) => d.kind !== 'recurring' || d.every !== undefined, () => ({ value: undefined })), ['every'] as never),
    v.transform((d): Due => d.kind === 'date' ? { kind: 'date', date: d.date!, text: d.text }
      : d.kind === 'recurring' ? { kind: 'recurring', every: d.every!, ...(d.day !== undefined ? { day: d.day } : {}), ...(d.month !== undefined ? { month: d.month } : {}), text: d.text }
      : { kind: 'relative', text: d.text }),
  );
  return record({
    index: int(0, 1e6),
    due: v.optional(due),
    lead: v.optional(text(LEAD_UNIT_CHARS)),
    responsible: v.optional(list(text(LEAD_UNIT_CHARS), 100)),
    reportTo: v.optional(text(LEAD_UNIT_CHARS)),
  });
}

/** The fields of an annotation besides where it is and what it says: kind and tags (default none), then the rest where present. */
/* @__NO_SIDE_EFFECTS__ */
export function marksEntries(L: ModelLimits) {
  return {
    kind: v.picklist(KINDS),
    tags: v.nullish(list(text(L.tagChars), L.tags), () => []),
    directive: v.optional(directiveRefSchema(L)),
    color: v.optional(v.picklist(COLORS)),
    status: v.optional(v.picklist(DIRECTIVE_STATUSES)),
    // The reader's corrections of a directive's task facts (issue 15): absent = the extracted value stands,
    // '' = "none" (no date, no lead unit), else the reader's value. Added later, so optional.
    due: v.optional(dueOverrideSchema),
    lead: v.optional(text(LEAD_UNIT_CHARS)),
  };
}

/** A notice record's fields without its times (what a content script sends). */
/* @__NO_SIDE_EFFECTS__ */
export function noticeEntries(L: ModelLimits, page: StringSchema) {
  return {
    page,
    title: text(L.textChars),
    site: text(L.shortTextChars),
    source: text(L.shortTextChars),
    published: text(200),
    docNumber: text(L.shortTextChars),
    // Added later, so optional: records and backups from before them stay valid.
    issuer: v.optional(text(L.shortTextChars)),
    written: v.optional(text(200)),
    shell: v.optional(page),
    directives: v.nullish(list(record({ ordinal: text(ORDINAL_CHARS), level: int(1, 20), lead: text(L.textChars) }), L.directives), () => []),
    tasks: v.optional(list(taskFactsSchema(), L.directives)),
  };
}

/** A complete notice record; `time` is the caller's rule for its times (e.g. not in the future). */
/* @__NO_SIDE_EFFECTS__ */
export function noticeSchema(L: ModelLimits, page: StringSchema, time: v.GenericSchema<unknown, string> = isoTime) {
  return record({ ...noticeEntries(L, page), firstSeen: time, lastSeen: time });
}

/**
 * A complete annotation's entries, keys in one fixed order (stored records compare by JSON). `id`, `page` and
 * `time` are the caller's rules.
 */
/* @__NO_SIDE_EFFECTS__ */
export function annotationEntries(L: ModelLimits & { noteChars: number }, id: StringSchema, page: StringSchema, time: v.GenericSchema<unknown, string> = isoTime) {
  const { kind, tags, ...rest } = marksEntries(L);
  return { id, page, kind, selectors: selectorsSchema(L), note: text(L.noteChars), tags, created: time, modified: time, ...rest };
}

/* @__NO_SIDE_EFFECTS__ */
export function annotationSchema(L: ModelLimits & { noteChars: number }, id: StringSchema, page: StringSchema, time: v.GenericSchema<unknown, string> = isoTime) {
  return record(annotationEntries(L, id, page, time));
}

/** An annotation with its keys in the schema's one order (so stored records compare by JSON). */
export function assembleAnnotation(input: Omit<Annotation, 'note' | 'created' | 'modified'>, note: string, created: string, modified: string): Annotation {
  const a: Annotation = { id: input.id, page: input.page, kind: input.kind, selectors: input.selectors, note, tags: input.tags, created, modified };
  // Own fields only (a polluted Object.prototype would answer `input.color`).
  const optional = input as Partial<Pick<Annotation, 'directive' | 'color' | 'status' | 'due' | 'lead'>> & Obj;
  if (has(optional, 'directive')) a.directive = optional.directive;
  if (has(optional, 'color')) a.color = optional.color;
  if (has(optional, 'status')) a.status = optional.status;
  if (has(optional, 'due')) a.due = optional.due;
  if (has(optional, 'lead')) a.lead = optional.lead;
  return a;
}
