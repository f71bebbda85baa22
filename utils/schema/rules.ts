/**
 * The building blocks every schema uses (valibot): objects read from own properties only, text and lists with a
 * maximum, integers in a range, and `rule`, a named check whose failure becomes a FieldProblem with that code
 * (problem.ts). Every limit here fails with the facts a message needs (the count, the length, the range).
 */
import * as v from 'valibot';
import { isObj, own, type Obj } from './own';

/** The codes a `rule` fails with (the other FieldProblem codes come from valibot's own issues). */
type RuleCode = 'out-of-range' | 'bad-date' | 'future-date' | 'bad-url' | 'bad-id' | 'bad-urn' | 'empty' | 'wrong-format';

/** A check's requirement carries its code and what the message says about the failing value. */
export interface RuleRequirement {
  (input: never): boolean;
  code: RuleCode;
  describe?: (input: never) => Record<string, unknown>;
}

/**
 * A named check: fails with `code` and, for the message, `describe(input)` (else `{ value: input }`).
 * The facts ride on valibot's `requirement` (the check's own function), which every issue carries.
 */
/* @__NO_SIDE_EFFECTS__ */
export function rule<T>(code: RuleCode, test: (input: T) => boolean, describe?: (input: T) => Record<string, unknown>) {
  return v.check<T, RuleCode>(Object.assign((input: T) => test(input), { code, describe }), code);
}

/** An integer from `min` to `max`. */
/* @__NO_SIDE_EFFECTS__ */
export function int(min: number, max: number) {
  return v.pipe(v.number(), v.integer(), rule<number>('out-of-range', (n) => n >= min && n <= max, (n) => ({ value: n, min, max })));
}

/** A string of at most `max` UTF-16 units. */
/* @__NO_SIDE_EFFECTS__ */
export function text(max: number) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** A list of at most `max` items: the count is checked before any item is read. */
/* @__NO_SIDE_EFFECTS__ */
export function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));
}

const OPTIONAL = new Set(['optional', 'nullish', 'exact_optional']);

/**
 * A fresh object of the entries' keys, read from own properties; a key whose value is undefined is left out
 * (so an optional field stays absent), except a required one, kept so that its own schema says what is missing.
 */
function pickOwn(keys: readonly string[], required: ReadonlySet<string>) {
  return (o: Obj): Obj => {
    // No prototype: valibot looks keys up with `in`, which would find a polluted Object.prototype's.
    const out = Object.create(null) as Obj;
    for (const key of keys) {
      const value = own(o, key);
      if (value !== undefined || required.has(key)) out[key] = value;
    }
    return out;
  };
}

function requiredKeys(entries: v.ObjectEntries): Set<string> {
  return new Set(Object.keys(entries).filter((k) => !OPTIONAL.has(entries[k]!.type)));
}

/**
 * Entries without a prototype, for `v.object`: valibot walks entries with for…in, which would also walk the
 * keys of a polluted Object.prototype (and refuse every value for want of them).
 */
/* @__NO_SIDE_EFFECTS__ */
export function bare<E extends v.ObjectEntries>(entries: E): E {
  return Object.assign(Object.create(null) as E, entries);
}

/** An object (not an array, not null) with these entries; unknown and inherited keys are dropped. */
/* @__NO_SIDE_EFFECTS__ */
export function record<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(v.custom<Obj>(isObj), v.transform(pickOwn(Object.keys(entries), requiredKeys(entries))), v.object(bare(entries)));
}

/** `record` for a choice of shapes told apart by `key` (each option's keys are read). */
/* @__NO_SIDE_EFFECTS__ */
export function variantRecord<const K extends string, const O extends v.VariantOptions<K>>(key: K, options: O) {
  const keys = [...new Set(options.flatMap((o) => Object.keys((o as { entries: v.ObjectEntries }).entries)))];
  const required = new Set(options.flatMap((o) => [...requiredKeys((o as { entries: v.ObjectEntries }).entries)]));
  // The variant reads the picked copy: its declared input type is narrower than Obj, which is checked anyway.
  const choice = v.variant(key, options) as unknown as v.GenericSchema<Obj, v.InferOutput<v.VariantSchema<K, O, undefined>>>;
  return v.pipe(v.custom<Obj>(isObj), v.transform(pickOwn(keys, required)), choice);
}

/** Starts like ISO 8601: Date.parse alone also takes "1" or "March 7". */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** An ISO 8601 time (as text, kept as written). */
export const isoTime = /* @__PURE__ */ v.pipe(text(64), rule<string>('bad-date', (s) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(s))));

/** How far ahead of this clock an imported time may be (another device's clock may run fast). */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Whether an ISO time is further in the future than clock skew explains. Imports refuse such times:
 * the newer `modified` wins a merge, so a record dated next year would overwrite every later edit.
 */
function isFutureTime(iso: string, now: number): boolean {
  return Date.parse(iso) > now + CLOCK_SKEW_MS;
}

/** An imported time: ISO 8601 and not more than a day ahead of `now`. */
/* @__NO_SIDE_EFFECTS__ */
export function pastTime(now: number) {
  return v.pipe(isoTime, rule<string>('future-date', (s) => !isFutureTime(s, now)));
}
