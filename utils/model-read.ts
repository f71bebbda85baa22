/**
 * Reading the data model (utils/model.ts) out of untrusted values, for messages
 * to the background (utils/store/validate.ts) and backup files
 * (utils/export/backup-validate.ts). The rules live here once, so what one
 * accepts the other accepts too: a backup that parses can be imported. Each
 * caller keeps what is its own: how a failure is worded (`fail` turns a
 * FieldProblem into its error), the limits, and its rules for ids and pages.
 * Readers build fresh values from checked own properties only; unknown keys are dropped.
 */
import { COLORS, DIRECTIVE_STATUSES, type Annotation, type AnnotationKind, type DirectiveRef, type NoticeRecord, type Selector } from './model';

export type Obj = Record<string, unknown>;

/** What is wrong with one value, with the facts a caller needs to word it. */
export type FieldProblem = { path: string } & (
  | { code: 'wrong-type'; expected: 'object' | 'array' | 'string' | 'integer'; got: unknown }
  | { code: 'too-many'; count: number; max: number }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'out-of-range'; value: number; min: number; max: number }
  | { code: 'bad-kind' | 'bad-color' | 'bad-status'; value: unknown; allowed: readonly string[] }
  | { code: 'bad-date'; value: string }
  /** `path` is the selector's `.type`; `value` what was found there. */
  | { code: 'bad-selector'; value: unknown }
);

/**
 * The limits the model's shapes are read with (named as in the store's LIMITS):
 * textChars for quotes, titles and leads; shortTextChars for a notice's site, source and number.
 */
export type ModelLimits = Record<'textChars' | 'shortTextChars' | 'tags' | 'tagChars' | 'selectors' | 'directives', number>;

/** The caller's rule for a page URL (the store normalizes it, a backup keeps it as written). */
export type PageReader = (v: unknown, path: string) => string;

/** The fields of an annotation besides where it is and what it says. */
export type AnnotationMarks = Pick<Annotation, 'kind' | 'tags' | 'directive' | 'color' | 'status'>;

const KINDS: readonly AnnotationKind[] = ['highlight', 'directive', 'page-note'];
/** Starts like ISO 8601: Date.parse alone also takes "1" or "March 7". */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own properties only: a hostile `__proto__` or a polluted prototype is never read. */
export function own(o: Obj, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

export function has(o: Obj, key: string): boolean {
  return own(o, key) !== undefined;
}

/** The JSON-ish type of a value, for messages ("null" and "array" told apart from "object"). */
export function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** An Annotation with its keys in one fixed order (so stored records compare by JSON). */
export function assembleAnnotation(input: Omit<Annotation, 'note' | 'created' | 'modified'>, note: string, created: string, modified: string): Annotation {
  const a: Annotation = { id: input.id, page: input.page, kind: input.kind, selectors: input.selectors, note, tags: input.tags, created, modified };
  if (input.directive) a.directive = input.directive;
  if (input.color) a.color = input.color;
  if (input.status) a.status = input.status;
  return a;
}

/** The readers, throwing `fail(problem)` on the first bad value. */
export function makeReaders(fail: (problem: FieldProblem) => Error) {
  function object(v: unknown, path: string): Obj {
    if (!isObj(v)) throw fail({ code: 'wrong-type', path, expected: 'object', got: v });
    return v;
  }

  function array(v: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(v)) throw fail({ code: 'wrong-type', path, expected: 'array', got: v });
    if (v.length > max) throw fail({ code: 'too-many', path, count: v.length, max });
    return v;
  }

  function string(v: unknown, path: string, max: number): string {
    if (typeof v !== 'string') throw fail({ code: 'wrong-type', path, expected: 'string', got: v });
    if (v.length > max) throw fail({ code: 'too-long', path, length: v.length, max });
    return v;
  }

  function int(v: unknown, path: string, min: number, max: number): number {
    if (typeof v !== 'number' || !Number.isInteger(v)) throw fail({ code: 'wrong-type', path, expected: 'integer', got: v });
    if (v < min || v > max) throw fail({ code: 'out-of-range', path, value: v, min, max });
    return v;
  }

  function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[], code: 'bad-kind' | 'bad-color' | 'bad-status'): T {
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw fail({ code, path, value: v, allowed });
    return v as T;
  }

  function date(v: unknown, path: string): string {
    const s = string(v, path, 64);
    if (!ISO_DATE.test(s) || Number.isNaN(Date.parse(s))) throw fail({ code: 'bad-date', path, value: s });
    return s;
  }

  function selector(v: unknown, path: string, L: ModelLimits): Selector {
    const o = object(v, path);
    const type = own(o, 'type');
    if (type === 'TextQuoteSelector') {
      // prefix and suffix are optional in the W3C model; null counts as left out, as for tags.
      const context = (key: string) => string(own(o, key) ?? '', `${path}.${key}`, L.textChars);
      return { type, exact: string(own(o, 'exact'), `${path}.exact`, L.textChars), prefix: context('prefix'), suffix: context('suffix') };
    }
    if (type === 'TextPositionSelector') {
      const start = int(own(o, 'start'), `${path}.start`, 0, 1e9);
      return { type, start, end: int(own(o, 'end'), `${path}.end`, start, 1e9) };
    }
    throw fail({ code: 'bad-selector', path: `${path}.type`, value: type });
  }

  function selectors(v: unknown, path: string, L: ModelLimits): Selector[] {
    return array(v, path, L.selectors).map((s, i) => selector(s, `${path}[${i}]`, L));
  }

  function directiveRef(v: unknown, path: string, L: ModelLimits): DirectiveRef {
    const o = object(v, path);
    return {
      ordinal: string(own(o, 'ordinal'), `${path}.ordinal`, 200),
      index: int(own(o, 'index'), `${path}.index`, 0, 1e6),
      lead: string(own(o, 'lead'), `${path}.lead`, L.textChars),
    };
  }

  /** kind and tags (default none), and directive, colour and status where present, from `o`. */
  function marks(o: Obj, path: string, L: ModelLimits): AnnotationMarks {
    const out: AnnotationMarks = {
      kind: oneOf(own(o, 'kind'), `${path}.kind`, KINDS, 'bad-kind'),
      tags: array(own(o, 'tags') ?? [], `${path}.tags`, L.tags).map((t, i) => string(t, `${path}.tags[${i}]`, L.tagChars)),
    };
    if (has(o, 'directive')) out.directive = directiveRef(own(o, 'directive'), `${path}.directive`, L);
    if (has(o, 'color')) out.color = oneOf(own(o, 'color'), `${path}.color`, COLORS, 'bad-color');
    if (has(o, 'status')) out.status = oneOf(own(o, 'status'), `${path}.status`, DIRECTIVE_STATUSES, 'bad-status');
    return out;
  }

  /** A notice record without its times (what a content script sends). */
  function noticeFields(v: unknown, path: string, L: ModelLimits, page: PageReader): Omit<NoticeRecord, 'firstSeen' | 'lastSeen'> {
    const o = object(v, path);
    const text = (key: string, max: number = L.shortTextChars) => string(own(o, key), `${path}.${key}`, max);
    const directives = array(own(o, 'directives') ?? [], `${path}.directives`, L.directives).map((d, i) => {
      const p = `${path}.directives[${i}]`;
      const dir = object(d, p);
      return {
        ordinal: string(own(dir, 'ordinal'), `${p}.ordinal`, 200),
        level: int(own(dir, 'level'), `${p}.level`, 1, 20),
        lead: string(own(dir, 'lead'), `${p}.lead`, L.textChars),
      };
    });
    return {
      page: page(own(o, 'page'), `${path}.page`),
      title: text('title', L.textChars),
      site: text('site'),
      source: text('source'),
      published: text('published', 200),
      docNumber: text('docNumber'),
      ...(has(o, 'shell') ? { shell: page(own(o, 'shell'), `${path}.shell`) } : {}),
      directives,
    };
  }

  /** A complete notice record. */
  function notice(v: unknown, path: string, L: ModelLimits, page: PageReader): NoticeRecord {
    const o = object(v, path);
    return {
      ...noticeFields(o, path, L, page),
      firstSeen: date(own(o, 'firstSeen'), `${path}.firstSeen`),
      lastSeen: date(own(o, 'lastSeen'), `${path}.lastSeen`),
    };
  }

  return { object, array, string, int, date, selectors, marks, noticeFields, notice };
}

/** How far ahead of this clock an imported time may be (another device's clock may run fast). */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Whether an ISO time is further in the future than clock skew explains. Imports refuse such times:
 * the newer `modified` wins a merge, so a record dated next year would overwrite every later edit.
 */
export function isFutureTime(iso: string, now: number): boolean {
  return Date.parse(iso) > now + CLOCK_SKEW_MS;
}
