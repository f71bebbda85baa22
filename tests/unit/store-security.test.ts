// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isStoreMessage } from '../../utils/store/handler';
import { identifyCaller } from '../../utils/store/callers';
import {
  EXT_ID,
  NOTE_FRAME,
  PAGE_A,
  PAGE_B,
  RUNTIME,
  SIDE_PANEL,
  annotation,
  contentScript,
  errorOf,
  notice,
  setup,
  value,
} from './store-helpers';

const A = contentScript(`${PAGE_A}?utm_source=wechat#section-2`); // same page as PAGE_A once normalized
const B = contentScript(PAGE_B);

describe('identifyCaller', () => {
  it('accepts extension pages; one framed into a website\'s tab is scoped to that tab (note-frame-scope.test.ts)', () => {
    expect(identifyCaller(SIDE_PANEL, RUNTIME)).toEqual({ kind: 'extension' });
    expect(identifyCaller(NOTE_FRAME, RUNTIME)).toEqual({ kind: 'framed', tabPage: PAGE_A, id: null });
  });

  it('accepts content scripts, scoped to their normalized page', () => {
    expect(identifyCaller(A, RUNTIME)).toEqual({ kind: 'content', page: PAGE_A });
    expect(identifyCaller({ id: EXT_ID, tab: { url: PAGE_B } }, RUNTIME)).toEqual({ kind: 'content', page: PAGE_B });
    expect(identifyCaller(contentScript('about:blank'), RUNTIME)).toEqual({ kind: 'content', page: null });
  });

  it('refuses other extensions, web pages and senders without a context', () => {
    expect(identifyCaller(undefined, RUNTIME)).toBeNull();
    expect(identifyCaller({ ...SIDE_PANEL, id: 'other-extension' }, RUNTIME)).toBeNull();
    expect(identifyCaller({ url: PAGE_A, tab: { url: PAGE_A } }, RUNTIME)).toBeNull(); // no id: a web page
    expect(identifyCaller({ id: EXT_ID, url: PAGE_A }, RUNTIME)).toBeNull(); // neither our origin nor a tab
    // An origin that merely starts with our id is not ours.
    expect(identifyCaller({ id: EXT_ID, url: `chrome-extension://${EXT_ID}x/a.html` }, RUNTIME)).toBeNull();
    expect(identifyCaller(SIDE_PANEL, { id: EXT_ID, getURL: () => '' })).toBeNull();
  });

  it('refuses everything from a sender that is not ours', async () => {
    const { handle } = setup();
    expect(errorOf(await handle({ type: 'library/list' }, { id: 'evil', url: 'https://evil.example/' }))).toMatchObject({ code: 'forbidden' });
    expect(errorOf(await handle({ type: 'library/list' }, undefined)).code).toBe('forbidden');
    expect(errorOf(await handle({ type: 'store/wipe' }, { url: `chrome-extension://${EXT_ID}/x.html` })).code).toBe('forbidden');
  });

  it('leaves messages that are not for the store to other listeners', () => {
    expect(isStoreMessage({ type: 'annotations/list', page: PAGE_A })).toBe(true);
    expect(isStoreMessage({ type: 'annotation/explode' })).toBe(true);
    expect(isStoreMessage({ type: 'ui/open-panel' })).toBe(false);
    expect(isStoreMessage('hello')).toBe(false);
  });
});

describe('content-script scoping', () => {
  it('a content script works on its own page (under any tracking variant of its URL)', async () => {
    const { call } = setup();
    value(await call({ type: 'notice/save', notice: notice({ page: PAGE_A }) }, A));
    const put = value(await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_A }) }, A));
    expect(put.page).toBe(PAGE_A);
    expect(value(await call({ type: 'annotations/list', page: `${PAGE_A}#x` }, A))).toHaveLength(1);
    expect(value(await call({ type: 'notice/get', page: PAGE_A }, A))?.page).toBe(PAGE_A);
    expect(value(await call({ type: 'annotation/delete', id: put.id }, A)).id).toBe(put.id);
  });

  it("site A's content script cannot read, write or delete site B's annotations", async () => {
    const { call } = setup();
    const onB = value(await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B, note: 'B secret' }) }));
    expect(errorOf(await call({ type: 'annotations/list', page: PAGE_B }, A)).code).toBe('forbidden');
    expect(errorOf(await call({ type: 'notice/get', page: PAGE_B }, A)).code).toBe('forbidden');
    expect(errorOf(await call({ type: 'notice/save', notice: notice({ page: PAGE_B }) }, A)).code).toBe('forbidden');
    expect(errorOf(await call({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }) }, A)).code).toBe('forbidden');
    // Deleting B's annotation by id looks exactly like an unknown id.
    expect(errorOf(await call({ type: 'annotation/delete', id: onB.id }, A)).code).toBe('not-found');
    // Nor can it take B's annotation over by putting the same id on its own page.
    expect(errorOf(await call({ type: 'annotation/put', annotation: { ...annotation(), id: onB.id, page: PAGE_A } }, A)).code).toBe(
      'forbidden',
    );
    expect(value(await call({ type: 'library/annotations' }))).toEqual([onB]);
  });

  it('a content script may not use library, backup or wipe requests', async () => {
    const { call } = setup();
    await call({ type: 'annotation/put', annotation: annotation() });
    for (const req of [
      { type: 'library/list' as const },
      { type: 'library/annotations' as const },
      { type: 'backup/import-items' as const, notices: [], annotations: [] },
      { type: 'store/wipe' as const },
    ])
      expect(errorOf(await call(req, A)).code).toBe('forbidden');
    expect(value(await call({ type: 'library/annotations' }))).toHaveLength(1);
  });

  it('a content script in a frame without an http(s) URL can do nothing', async () => {
    const { call } = setup();
    const blank = contentScript('about:blank');
    expect(errorOf(await call({ type: 'annotations/list', page: PAGE_A }, blank)).code).toBe('forbidden');
    expect(errorOf(await call({ type: 'annotation/delete', id: 'a-1' }, blank)).code).toBe('not-found');
  });
});

describe('redaction', () => {
  it('a content script never receives note text, only hasNote', async () => {
    const { call, asContent } = setup();
    const withNote = annotation({ note: '内部意见：暂缓执行' });
    const put = value(await asContent({ type: 'annotation/put', annotation: withNote }, A));
    await call({ type: 'annotation/put', annotation: annotation({ note: '' }) });
    const listed = value(await asContent({ type: 'annotations/list', page: PAGE_A }, A));
    const deleted = value(await asContent({ type: 'annotation/delete', id: withNote.id }, A));
    for (const a of [put, ...listed, deleted]) {
      expect(a).not.toHaveProperty('note');
      expect(JSON.stringify(a)).not.toContain('暂缓');
    }
    expect(put.hasNote).toBe(true);
    expect(listed.map((a) => a.hasNote)).toEqual([true, false]);
  });

  it('extension pages (side panel, note frame in a tab) get the note', async () => {
    const { call, asContent } = setup();
    await asContent({ type: 'annotation/put', annotation: annotation({ note: '全文' }) }, A);
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }, SIDE_PANEL))[0]).toMatchObject({ note: '全文' });
    const [saved] = value(await call({ type: 'annotations/list', page: PAGE_A }, SIDE_PANEL));
    const frame = { ...NOTE_FRAME, url: `${NOTE_FRAME.url}?id=${saved!.id}` };
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }, frame))[0]).toMatchObject({ note: '全文' });
  });

  it('a content script updating a highlight cannot erase a note it never saw', async () => {
    const { call, asContent } = setup();
    const a = annotation({ note: '批注' });
    await call({ type: 'annotation/put', annotation: a });
    const seen = value(await asContent({ type: 'annotations/list', page: PAGE_A }, A))[0];
    const { hasNote: _h, created: _c, modified: _m, ...fields } = seen;
    await asContent({ type: 'annotation/put', annotation: { ...fields, color: 'blue' } }, A);
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }))[0]).toMatchObject({ color: 'blue', note: '批注' });
  });

  it("undo of a content script's delete brings the note back from the redacted copy", async () => {
    const { call, asContent } = setup();
    const a = annotation({ note: '要保留的批注' });
    await call({ type: 'annotation/put', annotation: a });
    const deleted = value(await asContent({ type: 'annotation/delete', id: a.id }, A));
    const { hasNote: _h, ...fields } = deleted;
    await asContent({ type: 'annotation/put', annotation: fields }, A);
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }))[0]).toMatchObject({ id: a.id, note: '要保留的批注' });
  });
});
