// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { identifyCaller, type SenderLike } from '../../utils/store/callers';
import { EXT_ID, PAGE_A, PAGE_B, RUNTIME, SIDE_PANEL, annotation, contentScript, errorOf, notice, setup, value } from './store-helpers';

// The note frame is an extension page, but any website can frame it with any address. The
// background serves it only the one annotation its address names, and only when that
// annotation belongs to the page of the tab the frame sits in.
const SHELL = 'https://www.xa.gov.cn/xxgk/shell.html';

function frameIn(tabUrl: string, id: string, opts: { frameId?: number; dynamic?: boolean } = {}): SenderLike {
  const host = opts.dynamic ? '0e2771ba-382d-4c3f-8a47-e686954430c3' : EXT_ID;
  return {
    id: EXT_ID,
    url: `chrome-extension://${host}/note-frame.html?id=${encodeURIComponent(id)}&page=${encodeURIComponent(tabUrl)}`,
    frameId: opts.frameId ?? 3,
    tab: { id: 9, url: tabUrl },
  };
}

describe('who the note frame is', () => {
  it('is a framed caller scoped to its tab and its address id; the same page in its own tab is an extension page', () => {
    expect(identifyCaller(frameIn(PAGE_A, 'a-1'), RUNTIME)).toEqual({ kind: 'framed', tabPage: PAGE_A, id: 'a-1' });
    // Chrome's per-session address (use_dynamic_url) is ours too.
    expect(identifyCaller(frameIn(PAGE_A, 'a-1', { dynamic: true }), RUNTIME)).toEqual({ kind: 'framed', tabPage: PAGE_A, id: 'a-1' });
    const ownTab = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/note-frame.html`, frameId: 0, tab: { id: 2, url: `chrome-extension://${EXT_ID}/note-frame.html` } };
    expect(identifyCaller(ownTab, RUNTIME)).toEqual({ kind: 'extension' });
    expect(identifyCaller(SIDE_PANEL, RUNTIME)).toEqual({ kind: 'extension' });
  });

  it('takes no id that breaks the store\'s rule from its address', () => {
    expect(identifyCaller(frameIn(PAGE_A, 'a\nb'), RUNTIME)).toEqual({ kind: 'framed', tabPage: PAGE_A, id: null });
  });
});

describe('what the note frame is served', () => {
  it('its own annotation, with the note, on its tab\'s page', async () => {
    const { call } = setup();
    const mine = annotation({ note: '本页批注' });
    const other = annotation({ note: '同页另一条' });
    value(await call({ type: 'annotation/put', annotation: mine }));
    value(await call({ type: 'annotation/put', annotation: other }));
    const listed = value(await call({ type: 'annotations/list', page: PAGE_A }, frameIn(PAGE_A, mine.id)));
    expect(listed.map((a) => [a.id, a.note])).toEqual([[mine.id, '本页批注']]);
    const saved = value(await call({ type: 'annotation/put', annotation: { ...mine, note: '改过' } }, frameIn(PAGE_A, mine.id)));
    expect(saved.note).toBe('改过');
  });

  it('nothing of another page, framed anywhere else', async () => {
    const { call } = setup();
    const secret = annotation({ page: PAGE_B, note: '别页的批注' });
    value(await call({ type: 'annotation/put', annotation: secret }));
    // A page at PAGE_A frames the editor with PAGE_B's annotation.
    expect(errorOf(await call({ type: 'annotations/list', page: PAGE_B }, frameIn(PAGE_A, secret.id))).code).toBe('forbidden');
    expect(errorOf(await call({ type: 'annotation/put', annotation: { ...secret, note: '' } }, frameIn(PAGE_A, secret.id))).code).toBe('forbidden');
    expect(value(await call({ type: 'annotations/list', page: PAGE_B }))[0]?.note).toBe('别页的批注');
  });

  it('not another annotation of its own page than the one its address names', async () => {
    const { call } = setup();
    const named = annotation();
    const other = annotation({ note: '不给看' });
    value(await call({ type: 'annotation/put', annotation: other }));
    expect(errorOf(await call({ type: 'annotation/put', annotation: { ...other, note: '' } }, frameIn(PAGE_A, named.id))).code).toBe('forbidden');
    expect(value(await call({ type: 'annotations/list', page: PAGE_A }, frameIn(PAGE_A, named.id)))).toEqual([]);
  });

  it('a framed notice\'s annotation in the shell page\'s tab, and only there', async () => {
    const { call, asContent } = setup();
    const inner = contentScript(PAGE_B);
    inner.tab = { id: 9, url: SHELL };
    value(await asContent({ type: 'notice/save', notice: notice({ page: PAGE_B, shell: SHELL }) }, inner));
    const a = annotation({ page: PAGE_B, note: '框架里的批注' });
    value(await call({ type: 'annotation/put', annotation: a }));
    expect(value(await call({ type: 'annotations/list', page: PAGE_B }, frameIn(SHELL, a.id))).map((x) => x.note)).toEqual(['框架里的批注']);
    expect(errorOf(await call({ type: 'annotations/list', page: PAGE_B }, frameIn(PAGE_A, a.id))).code).toBe('forbidden');
  });

  it('no other request', async () => {
    const { raw } = setup();
    for (const type of ['library/list', 'library/annotations', 'annotation/delete', 'notice/get', 'store/wipe']) {
      expect(errorOf(await raw({ type, id: 'a-1', page: PAGE_A }, frameIn(PAGE_A, 'a-1')))).toMatchObject({ code: 'forbidden' });
    }
  });
});
