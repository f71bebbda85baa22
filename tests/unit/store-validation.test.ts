// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PAGE_A, annotation, errorOf, notice, setup, value } from './store-helpers';
import { translator } from '../../utils/i18n';
import { storeErrorText } from '../../utils/store/error-text';

/** Puts an annotation with `patch` applied and returns the refusal. */
async function refusal(patch: Record<string, unknown>) {
  const { raw, call } = setup();
  const r = await raw({ type: 'annotation/put', annotation: { ...annotation(), ...patch } });
  const error = errorOf(r);
  // Nothing was written.
  expect(value(await call({ type: 'library/annotations' }))).toEqual([]);
  return error;
}

describe('annotation/put validation', () => {
  it.each([
    ['empty', ''],
    ['with a slash', 'a/b'],
    ['with spaces', 'a b'],
    ['starting with a dash', '-abc'],
    ['too long', 'a'.repeat(201)],
    ['not a string', 42],
  ])('refuses an id %s', async (_label, id) => {
    expect(await refusal({ id })).toMatchObject({ code: 'invalid', path: 'annotation.id' });
  });

  it('accepts UUIDs and app ids', async () => {
    const { call } = setup();
    for (const id of ['5f0c7d2e-8a4b-4c7e-9a8e-2b1f0e3d4c5b', 'hl_2025.01:3-x'])
      expect(value(await call({ type: 'annotation/put', annotation: annotation({ id }) })).id).toBe(id);
  });

  it('refuses an unknown colour, status or kind', async () => {
    expect(await refusal({ color: 'red' })).toMatchObject({ code: 'invalid', path: 'annotation.color' });
    expect(await refusal({ status: 'blocked' })).toMatchObject({ code: 'invalid', path: 'annotation.status' });
    expect(await refusal({ kind: 'comment' })).toMatchObject({ code: 'invalid', path: 'annotation.kind' });
  });

  it('refuses a page that is not an http(s) URL', async () => {
    for (const page of ['javascript:alert(1)', 'chrome-extension://x/a.html', 'file:///etc/passwd', '/relative', ''])
      expect(await refusal({ page })).toMatchObject({ code: 'invalid', path: 'annotation.page' });
  });

  it('refuses over-long strings and too many tags', async () => {
    expect(await refusal({ note: 'x'.repeat(100_001) })).toMatchObject({ path: 'annotation.note' });
    expect(await refusal({ tags: ['t'.repeat(201)] })).toMatchObject({ path: 'annotation.tags[0]' });
    expect(await refusal({ tags: Array.from({ length: 101 }, (_, i) => `t${i}`) })).toMatchObject({ path: 'annotation.tags' });
    expect(await refusal({ page: `${PAGE_A}?q=${'x'.repeat(8200)}` })).toMatchObject({ path: 'annotation.page' });
  });

  it('refuses selectors of the wrong shape', async () => {
    expect(await refusal({ selectors: 'quote' })).toMatchObject({ path: 'annotation.selectors' });
    expect(await refusal({ selectors: [{ type: 'XPathSelector', value: '/html' }] })).toMatchObject({
      path: 'annotation.selectors[0].type',
    });
    expect(await refusal({ selectors: [{ type: 'TextQuoteSelector', exact: 5 }] })).toMatchObject({
      path: 'annotation.selectors[0].exact',
    });
    expect(await refusal({ selectors: [{ type: 'TextPositionSelector', start: 9, end: 3 }] })).toMatchObject({
      path: 'annotation.selectors[0].end',
    });
    expect(await refusal({ selectors: [{ type: 'TextPositionSelector', start: 1.5, end: 3 }] })).toMatchObject({
      path: 'annotation.selectors[0].start',
    });
    expect(await refusal({ directive: { ordinal: '一是', index: -1, lead: '' } })).toMatchObject({
      path: 'annotation.directive.index',
    });
  });

  it('names the field in a readable message, in the reader\'s language', async () => {
    const e = await refusal({ color: 'red' });
    expect(storeErrorText(translator('en'), e)).toBe('Unknown colour red (allowed: yellow, green, blue, pink, purple) (annotation.color).');
    expect(storeErrorText(translator('zh'), e)).toBe('（annotation.color）：未知的颜色：red（可用：yellow、green、blue、pink、purple）');
  });
});

describe('request shape', () => {
  it('refuses non-objects and unknown types as bad requests', async () => {
    const { raw } = setup();
    expect(errorOf(await raw(null)).code).toBe('bad-request');
    expect(errorOf(await raw('notice/get')).code).toBe('bad-request');
    expect(errorOf(await raw({ type: 'annotation/explode' })).code).toBe('bad-request');
    expect(errorOf(await raw({ type: 'constructor' })).code).toBe('bad-request');
  });

  it('refuses missing fields and invalid notices', async () => {
    const { raw } = setup();
    expect(errorOf(await raw({ type: 'notice/get' }))).toMatchObject({ code: 'invalid', path: 'page' });
    expect(errorOf(await raw({ type: 'annotation/delete', id: '' }))).toMatchObject({ code: 'invalid', path: 'id' });
    expect(errorOf(await raw({ type: 'notice/save', notice: { ...notice(), title: 7 } }))).toMatchObject({
      code: 'invalid',
      path: 'notice.title',
    });
    expect(errorOf(await raw({ type: 'notice/save', notice: { ...notice(), directives: [{ ordinal: '一', level: 0, lead: '' }] } }))).toMatchObject({
      path: 'notice.directives[0].level',
    });
    expect(errorOf(await raw({ type: 'library/annotations', pages: ['ftp://x'] }))).toMatchObject({ path: 'pages[0]' });
  });

  it('reads own fields only: a polluted Object.prototype adds nothing to a stored annotation', async () => {
    const { call } = setup();
    const proto = Object.prototype as Record<string, unknown>;
    proto.color = 'pink';
    proto.status = 'done';
    try {
      const stored = value(await call({ type: 'annotation/put', annotation: annotation({ id: 'own-1', color: undefined }) }));
      expect(Object.prototype.hasOwnProperty.call(stored, 'color')).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(stored, 'status')).toBe(false);
    } finally {
      delete proto.color;
      delete proto.status;
    }
    // The positive beside it: the same fields given as the annotation's own are stored.
    const own = value(await call({ type: 'annotation/put', annotation: annotation({ id: 'own-2', color: 'pink' }) }));
    expect(own.color).toBe('pink');
  });

  it('an import may leave its lists out or send null; a list of the wrong type is named', async () => {
    const { raw, call } = setup();
    expect(value(await call({ type: 'backup/import-items', notices: null } as never))).toMatchObject({
      notices: { added: 0 },
      annotations: { added: 0 },
    });
    expect(errorOf(await raw({ type: 'backup/import-items', annotations: {} }))).toMatchObject({ code: 'invalid', path: 'annotations' });
    expect(errorOf(await raw({ type: 'backup/import-items', annotations: [{ ...annotation(), note: '' }] }))).toMatchObject({
      path: 'annotations[0].created',
    });
  });

  it('never throws, even on a hostile message', async () => {
    const { handle } = setup();
    const hostile = { get type(): string { throw new Error('boom'); } };
    const r = await handle(hostile, { id: 'x' });
    expect(r.ok).toBe(false);
  });
});
