import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { assembleAnnotation, marksEntries, noticeSchema, selectorsSchema, type ModelLimits } from '../../utils/schema/model';
import { parseAt, typeName, type FieldProblem } from '../../utils/schema/problem';
import { has, own } from '../../utils/schema/own';
import { int, isoTime, list, record, text } from '../../utils/schema/rules';

/** Thrown by the test's `fail`: carries the problem untouched. */
class Problem extends Error {
  constructor(readonly problem: FieldProblem) {
    super(problem.code);
  }
}
const L: ModelLimits = { textChars: 20, shortTextChars: 10, tags: 2, tagChars: 5, selectors: 2, directives: 2 };
const read = (schema: v.GenericSchema, value: unknown, path: string) => parseAt(schema, value, path, (p) => new Problem(p));

function problemOf(schema: v.GenericSchema, value: unknown, path = 'x'): FieldProblem {
  try {
    read(schema, value, path);
  } catch (e) {
    if (e instanceof Problem) return e.problem;
    throw e;
  }
  throw new Error('expected a problem');
}

const notice = {
  page: 'https://example.gov.cn/a',
  title: 'T',
  site: 'S',
  source: 'Src',
  published: '2024-01-02',
  docNumber: 'No. 1',
  directives: [{ ordinal: '一', level: 1, lead: 'Lead' }],
  firstSeen: '2024-01-02T00:00:00Z',
  lastSeen: '2024-01-03T00:00:00Z',
};
const page = v.pipe(v.string(), v.transform((s) => `page:${s}`));
const marks = record(marksEntries(L));

describe('schema problems say what is wrong, where, with the facts', () => {
  it('wrong types, naming what was expected and what was found', () => {
    expect(problemOf(record({}), [], 'o')).toEqual({ code: 'wrong-type', path: 'o', expected: 'object', got: [] });
    expect(problemOf(record({}), null)).toMatchObject({ expected: 'object', got: null });
    expect(problemOf(list(v.unknown(), 5), {})).toMatchObject({ code: 'wrong-type', expected: 'array' });
    expect(problemOf(text(5), 7)).toMatchObject({ code: 'wrong-type', expected: 'string', got: 7 });
    expect(problemOf(int(0, 9), 1.5)).toMatchObject({ code: 'wrong-type', expected: 'integer' });
    expect(problemOf(int(0, 9), '3')).toMatchObject({ code: 'wrong-type', expected: 'integer' });
    expect(problemOf(int(0, 9), Number.NaN)).toMatchObject({ code: 'wrong-type', expected: 'integer' });
  });

  it('a missing required field is a wrong type at its path, found undefined', () => {
    expect(problemOf(record({ a: text(5) }), {}, 'o')).toEqual({ code: 'wrong-type', path: 'o.a', expected: 'string', got: undefined });
  });

  it('sizes and ranges, with the numbers', () => {
    expect(problemOf(list(v.unknown(), 2), [1, 2, 3], 'a')).toEqual({ code: 'too-many', path: 'a', count: 3, max: 2 });
    expect(problemOf(text(5), 'abcdef', 's')).toEqual({ code: 'too-long', path: 's', length: 6, max: 5 });
    expect(problemOf(int(0, 9), 10, 'i')).toEqual({ code: 'out-of-range', path: 'i', value: 10, min: 0, max: 9 });
    expect(read(text(5), 'abcde', 's')).toBe('abcde');
  });

  it('a list is counted before its items are read', () => {
    expect(problemOf(list(text(1), 2), ['too long', 'b', 'c'], 'a')).toMatchObject({ code: 'too-many', path: 'a' });
    expect(problemOf(list(text(1), 3), ['a', 'too long'], 'a')).toMatchObject({ code: 'too-long', path: 'a[1]' });
  });

  it('dates: ISO 8601 only', () => {
    expect(read(isoTime, '2024-01-02T03:04:05Z', 'd')).toBe('2024-01-02T03:04:05Z');
    for (const bad of ['', 'yesterday', 'March 7, 2024', '2024-13-45T99:00:00Z'])
      expect(problemOf(isoTime, bad, 'd')).toEqual({ code: 'bad-date', path: 'd', value: bad });
    expect(problemOf(isoTime, 'x'.repeat(65), 'd')).toMatchObject({ code: 'too-long' });
  });

  it('selectors: an unknown type is reported at `.type`; a left-out or null prefix/suffix is empty', () => {
    const sel = selectorsSchema(L);
    expect(problemOf(sel, [{ type: 'CssSelector' }], 'sel')).toEqual({ code: 'bad-selector', path: 'sel[0].type', value: 'CssSelector' });
    expect(read(sel, [{ type: 'TextQuoteSelector', exact: 'x', prefix: null, extra: 1 }], 'sel')).toStrictEqual([
      { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    ]);
    expect(problemOf(sel, [{ type: 'TextPositionSelector', start: 5, end: 4 }], 'sel')).toEqual({
      code: 'out-of-range',
      path: 'sel[0].end',
      value: 4,
      min: 5,
      max: 1e9,
    });
    expect(read(sel, [{ type: 'TextPositionSelector', start: 5, end: 5 }], 'sel')).toStrictEqual([{ type: 'TextPositionSelector', start: 5, end: 5 }]);
    expect(problemOf(sel, [{}, {}, {}], 'sel')).toMatchObject({ code: 'too-many', max: 2 });
    expect(problemOf(sel, [{ type: 'TextQuoteSelector' }], 'sel')).toMatchObject({ code: 'wrong-type', path: 'sel[0].exact', got: undefined });
  });

  it('marks: kind required, tags default to none, the rest only where present', () => {
    expect(read(marks, { kind: 'highlight', junk: 1 }, 'a')).toStrictEqual({ kind: 'highlight', tags: [] });
    const full = { kind: 'directive', tags: ['t'], color: 'blue', status: 'done', directive: { ordinal: '一', index: 0, lead: 'x', more: 1 } };
    expect(read(marks, full, 'a')).toStrictEqual({ ...full, directive: { ordinal: '一', index: 0, lead: 'x' } });
    expect(problemOf(marks, { kind: 'comment' }, 'a')).toMatchObject({ code: 'bad-kind', path: 'a.kind', value: 'comment' });
    expect(problemOf(marks, { kind: 'highlight', color: 'red' }, 'a')).toMatchObject({
      code: 'bad-color',
      allowed: ['yellow', 'green', 'blue', 'pink', 'purple'],
    });
    expect(problemOf(marks, { kind: 'highlight', status: 'x' }, 'a')).toMatchObject({ code: 'bad-status', path: 'a.status' });
    expect(problemOf(marks, { kind: 'highlight', tags: ['toolong'] }, 'a')).toMatchObject({ code: 'too-long', path: 'a.tags[0]' });
    expect(problemOf(marks, { kind: 'highlight', directive: { ordinal: '一', index: -1, lead: '' } }, 'a')).toMatchObject({
      path: 'a.directive.index',
    });
  });

  it('a field set to undefined is left out; null is a value (and a wrong one here)', () => {
    expect(read(marks, { kind: 'highlight', color: undefined }, 'a')).toStrictEqual({ kind: 'highlight', tags: [] });
    expect(problemOf(marks, { kind: 'highlight', color: null }, 'a')).toMatchObject({ code: 'bad-color', value: null });
  });

  it('notices: the caller reads the page; limits come from the caller', () => {
    const n = noticeSchema(L, page);
    expect(read(n, { ...notice, extra: true }, 'n')).toStrictEqual({ ...notice, page: `page:${notice.page}` });
    expect(problemOf(n, { ...notice, site: 'x'.repeat(11) }, 'n')).toMatchObject({ code: 'too-long', path: 'n.site', max: 10 });
    expect(problemOf(n, { ...notice, title: 'x'.repeat(21) }, 'n')).toMatchObject({ path: 'n.title', max: 20 });
    expect(problemOf(n, { ...notice, directives: [{ ordinal: '一', level: 0, lead: '' }] }, 'n')).toMatchObject({
      path: 'n.directives[0].level',
    });
    expect(problemOf(n, { ...notice, lastSeen: 'soon' }, 'n')).toMatchObject({ code: 'bad-date', path: 'n.lastSeen' });
  });
});

describe('own-property access', () => {
  it('never reads inherited keys', () => {
    const inherited = Object.create({ kind: 'highlight' }) as Record<string, unknown>;
    expect(own(inherited, 'kind')).toBeUndefined();
    expect(has(inherited, 'kind')).toBe(false);
    expect(own({}, 'constructor')).toBeUndefined();
    expect(problemOf(marks, inherited, 'a')).toMatchObject({ code: 'bad-kind', value: undefined });
    // The positive beside it: the same key as an own property is read.
    expect(read(marks, { kind: 'highlight' }, 'a')).toMatchObject({ kind: 'highlight' });
  });

  it('ignores a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.color = 'red';
    try {
      expect(read(marks, { kind: 'highlight' }, 'a')).toStrictEqual({ kind: 'highlight', tags: [] });
    } finally {
      delete proto.color;
    }
  });

  it('treats a key set to undefined as absent', () => {
    expect(has({ color: undefined }, 'color')).toBe(false);
    expect(has({ color: null }, 'color')).toBe(true);
  });

  it('names types for messages', () => {
    expect([null, [], {}, 'x', 1, undefined].map(typeName)).toEqual(['null', 'array', 'object', 'string', 'number', 'undefined']);
  });
});

describe('assembleAnnotation', () => {
  it('puts keys in one order and leaves out empty optional fields', () => {
    const input = { status: 'done' as const, tags: [], selectors: [], kind: 'directive' as const, page: 'p', id: 'i', color: undefined };
    const a = assembleAnnotation(input, 'n', 'c', 'm');
    expect(Object.keys(a)).toEqual(['id', 'page', 'kind', 'selectors', 'note', 'tags', 'created', 'modified', 'status']);
  });
});
