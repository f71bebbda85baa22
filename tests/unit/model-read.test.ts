import { describe, expect, it } from 'vitest';
import { assembleAnnotation, has, makeReaders, own, typeName, type FieldProblem, type ModelLimits } from '../../utils/model-read';

/** Thrown by the test readers: carries the problem untouched. */
class Problem extends Error {
  constructor(readonly problem: FieldProblem) {
    super(problem.code);
  }
}
const R = makeReaders((p) => new Problem(p));
const L: ModelLimits = { textChars: 20, shortTextChars: 10, tags: 2, tagChars: 5, selectors: 2, directives: 2 };

function problemOf(f: () => unknown): FieldProblem {
  try {
    f();
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
const page = (v: unknown) => `page:${String(v)}`;

describe('makeReaders reports what is wrong, through the caller’s fail', () => {
  it('wrong types, naming what was expected and what was found', () => {
    expect(problemOf(() => R.object([], 'o'))).toEqual({ code: 'wrong-type', path: 'o', expected: 'object', got: [] });
    expect(problemOf(() => R.object(null, 'o'))).toMatchObject({ expected: 'object', got: null });
    expect(problemOf(() => R.array({}, 'a', 5))).toMatchObject({ code: 'wrong-type', expected: 'array' });
    expect(problemOf(() => R.string(7, 's', 5))).toMatchObject({ code: 'wrong-type', expected: 'string', got: 7 });
    expect(problemOf(() => R.int(1.5, 'i', 0, 9))).toMatchObject({ code: 'wrong-type', expected: 'integer' });
    expect(problemOf(() => R.int('3', 'i', 0, 9))).toMatchObject({ code: 'wrong-type', expected: 'integer' });
  });

  it('sizes and ranges, with the numbers', () => {
    expect(problemOf(() => R.array([1, 2, 3], 'a', 2))).toEqual({ code: 'too-many', path: 'a', count: 3, max: 2 });
    expect(problemOf(() => R.string('abcdef', 's', 5))).toEqual({ code: 'too-long', path: 's', length: 6, max: 5 });
    expect(problemOf(() => R.int(10, 'i', 0, 9))).toEqual({ code: 'out-of-range', path: 'i', value: 10, min: 0, max: 9 });
    expect(R.string('abcde', 's', 5)).toBe('abcde');
  });

  it('dates: ISO 8601 only', () => {
    expect(R.date('2024-01-02T03:04:05Z', 'd')).toBe('2024-01-02T03:04:05Z');
    for (const bad of ['', 'yesterday', 'March 7, 2024', '2024-13-45T99:00:00Z'])
      expect(problemOf(() => R.date(bad, 'd'))).toEqual({ code: 'bad-date', path: 'd', value: bad });
    expect(problemOf(() => R.date('x'.repeat(65), 'd'))).toMatchObject({ code: 'too-long' });
  });

  it('selectors: an unknown type is reported at `.type`; a left-out or null prefix/suffix is empty', () => {
    expect(problemOf(() => R.selectors([{ type: 'CssSelector' }], 'sel', L))).toEqual({ code: 'bad-selector', path: 'sel[0].type', value: 'CssSelector' });
    expect(R.selectors([{ type: 'TextQuoteSelector', exact: 'x', prefix: null, extra: 1 }], 'sel', L)).toEqual([
      { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    ]);
    expect(problemOf(() => R.selectors([{ type: 'TextPositionSelector', start: 5, end: 4 }], 'sel', L))).toMatchObject({
      code: 'out-of-range',
      path: 'sel[0].end',
      min: 5,
    });
    expect(problemOf(() => R.selectors([{}, {}, {}], 'sel', L))).toMatchObject({ code: 'too-many', max: 2 });
  });

  it('marks: kind required, tags default to none, the rest only where present', () => {
    expect(R.marks({ kind: 'highlight', junk: 1 }, 'a', L)).toStrictEqual({ kind: 'highlight', tags: [] });
    const full = { kind: 'directive', tags: ['t'], color: 'blue', status: 'done', directive: { ordinal: '一', index: 0, lead: 'x', more: 1 } };
    expect(R.marks(full, 'a', L)).toStrictEqual({ ...full, directive: { ordinal: '一', index: 0, lead: 'x' } });
    expect(problemOf(() => R.marks({ kind: 'comment' }, 'a', L))).toMatchObject({ code: 'bad-kind', path: 'a.kind', value: 'comment' });
    expect(problemOf(() => R.marks({ kind: 'highlight', color: 'red' }, 'a', L))).toMatchObject({
      code: 'bad-color',
      allowed: ['yellow', 'green', 'blue', 'pink', 'purple'],
    });
    expect(problemOf(() => R.marks({ kind: 'highlight', status: 'x' }, 'a', L))).toMatchObject({ code: 'bad-status', path: 'a.status' });
    expect(problemOf(() => R.marks({ kind: 'highlight', tags: ['toolong'] }, 'a', L))).toMatchObject({ code: 'too-long', path: 'a.tags[0]' });
    expect(problemOf(() => R.marks({ kind: 'highlight', directive: { ordinal: '一', index: -1, lead: '' } }, 'a', L))).toMatchObject({
      path: 'a.directive.index',
    });
  });

  it('notices: the caller reads the page; limits come from the caller', () => {
    expect(R.notice({ ...notice, extra: true }, 'n', L, page)).toStrictEqual({ ...notice, page: `page:${notice.page}` });
    const { firstSeen: _f, lastSeen: _l, ...fields } = notice;
    expect(R.noticeFields(fields, 'n', L, page)).toStrictEqual({ ...fields, page: `page:${notice.page}` });
    expect(problemOf(() => R.notice({ ...notice, site: 'x'.repeat(11) }, 'n', L, page))).toMatchObject({ code: 'too-long', path: 'n.site', max: 10 });
    expect(problemOf(() => R.notice({ ...notice, title: 'x'.repeat(21) }, 'n', L, page))).toMatchObject({ path: 'n.title', max: 20 });
    expect(problemOf(() => R.notice({ ...notice, directives: [{ ordinal: '一', level: 0, lead: '' }] }, 'n', L, page))).toMatchObject({
      path: 'n.directives[0].level',
    });
    expect(problemOf(() => R.notice({ ...notice, lastSeen: 'soon' }, 'n', L, page))).toMatchObject({ code: 'bad-date', path: 'n.lastSeen' });
  });
});

describe('own-property access', () => {
  it('never reads inherited keys', () => {
    const inherited = Object.create({ kind: 'highlight' }) as Record<string, unknown>;
    expect(own(inherited, 'kind')).toBeUndefined();
    expect(has(inherited, 'kind')).toBe(false);
    expect(own({}, 'constructor')).toBeUndefined();
    expect(problemOf(() => R.marks(inherited, 'a', L))).toMatchObject({ code: 'bad-kind', value: undefined });
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
