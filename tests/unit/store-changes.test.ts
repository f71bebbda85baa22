// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ChangeHub, type PortLike } from '../../utils/store/changes';
import { createHandler } from '../../utils/store/handler';
import type { SenderLike } from '../../utils/store/callers';
import { PORT_NAME, type ChangeMessage } from '../../utils/store/messages';
import { PAGE_A, PAGE_B, RUNTIME, SIDE_PANEL, annotation, contentScript, noticeRecord, setup, value } from './store-helpers';

class FakePort implements PortLike {
  received: ChangeMessage[] = [];
  disconnected = false;
  private messageListeners: ((m: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];

  constructor(
    readonly sender: SenderLike,
    readonly name = PORT_NAME,
  ) {}

  postMessage(m: unknown) {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.received.push(m as ChangeMessage);
  }
  disconnect() {
    this.disconnected = true;
  }
  onMessage = { addListener: (cb: (m: unknown) => void) => void this.messageListeners.push(cb) };
  onDisconnect = { addListener: (cb: () => void) => void this.disconnectListeners.push(cb) };

  /** The other side sends a message. */
  send(m: unknown) {
    for (const cb of this.messageListeners) cb(m);
  }
  /** The other side goes away (tab closed). */
  close() {
    this.disconnected = true;
    for (const cb of this.disconnectListeners) cb();
  }
}

/** A handler whose writes are published through a hub. */
function wired() {
  const s = setup();
  const hub = new ChangeHub(RUNTIME);
  const handle = createHandler({ repo: s.repo, runtime: RUNTIME, publish: (c) => hub.publish(c), clock: s.clock.ms });
  return { ...s, hub, handle };
}

describe('change notifications', () => {
  it('reach every tab showing the same notice, and no other', async () => {
    const { hub, handle } = wired();
    const tab1 = new FakePort(contentScript(PAGE_A));
    const tab2 = new FakePort(contentScript(`${PAGE_A}?utm_source=x`)); // same notice, other URL variant
    const other = new FakePort(contentScript(PAGE_B));
    for (const p of [tab1, tab2, other]) expect(hub.connect(p)).toBe(true);
    const a = annotation();
    value(await handle({ type: 'annotation/put', annotation: a }, contentScript(PAGE_A)));
    const expected: ChangeMessage = { type: 'changed', page: PAGE_A, ids: [a.id] };
    expect(tab1.received).toEqual([expected]);
    expect(tab2.received).toEqual([expected]);
    expect(other.received).toEqual([]);
  });

  it("a content script's port cannot subscribe to other pages or to everything", async () => {
    const { hub, handle } = wired();
    const spy = new FakePort(contentScript(PAGE_A));
    hub.connect(spy);
    spy.send({ type: 'subscribe', pages: '*' });
    spy.send({ type: 'subscribe', pages: [PAGE_B] });
    await handle({ type: 'annotation/put', annotation: annotation({ page: PAGE_B }) }, SIDE_PANEL);
    expect(spy.received).toEqual([]);
  });

  it("extension pages subscribe to chosen pages or to '*'", async () => {
    const { hub, handle } = wired();
    const panel = new FakePort(SIDE_PANEL);
    const library = new FakePort(SIDE_PANEL);
    hub.connect(panel);
    hub.connect(library);
    panel.send({ type: 'subscribe', pages: [`${PAGE_B}#frag`] });
    library.send({ type: 'subscribe', pages: '*' });
    const a = annotation({ page: PAGE_A });
    const b = annotation({ page: PAGE_B });
    await handle({ type: 'annotation/put', annotation: a }, SIDE_PANEL);
    await handle({ type: 'annotation/put', annotation: b }, SIDE_PANEL);
    expect(panel.received).toEqual([{ type: 'changed', page: PAGE_B, ids: [b.id] }]);
    expect(library.received.map((m) => m.page)).toEqual([PAGE_A, PAGE_B]);
    // A new subscription replaces the old one.
    panel.send({ type: 'subscribe', pages: [PAGE_A] });
    await handle({ type: 'annotation/delete', id: b.id }, SIDE_PANEL);
    expect(panel.received).toHaveLength(1);
  });

  it('carry no annotation data, only page and ids', async () => {
    const { hub, handle } = wired();
    const tab = new FakePort(contentScript(PAGE_A));
    hub.connect(tab);
    // The first annotation stores the notice; a later visit then changes only the notice record.
    await handle({ type: 'annotation/put', annotation: annotation({ note: '秘密批注' }), notice: noticeRecord() }, SIDE_PANEL);
    await handle({ type: 'notice/save', notice: noticeRecord() }, SIDE_PANEL);
    expect(JSON.stringify(tab.received)).not.toContain('秘密');
    expect(tab.received[1]).toEqual({ type: 'changed', page: PAGE_A, ids: [] });
    for (const m of tab.received) expect(Object.keys(m).sort()).toEqual(['ids', 'page', 'type']);
  });

  it('report imports and wipes page by page, and not failed or read-only requests', async () => {
    const { hub, handle } = wired();
    const tabA = new FakePort(contentScript(PAGE_A));
    const tabB = new FakePort(contentScript(PAGE_B));
    hub.connect(tabA);
    hub.connect(tabB);
    const a = { ...annotation({ page: PAGE_A }), created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', note: '' };
    const b = { ...annotation({ page: PAGE_B }), created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', note: '' };
    await handle({ type: 'backup/import-items', notices: [], annotations: [a, b] }, SIDE_PANEL);
    await handle({ type: 'annotations/list', page: PAGE_A }, SIDE_PANEL);
    await handle({ type: 'annotation/put', annotation: { ...a, color: 'red' } }, SIDE_PANEL); // invalid
    await handle({ type: 'annotation/delete', id: 'missing' }, SIDE_PANEL);
    expect(tabA.received).toEqual([{ type: 'changed', page: PAGE_A, ids: [a.id] }]);
    await handle({ type: 'store/wipe' }, SIDE_PANEL);
    expect(tabA.received.at(-1)).toEqual({ type: 'changed', page: PAGE_A, ids: [a.id] });
    expect(tabB.received).toEqual([
      { type: 'changed', page: PAGE_B, ids: [b.id] },
      { type: 'changed', page: PAGE_B, ids: [b.id] },
    ]);
  });

  it('moving an annotation to another page tells both pages', async () => {
    const { hub, handle } = wired();
    const tabA = new FakePort(contentScript(PAGE_A));
    const tabB = new FakePort(contentScript(PAGE_B));
    hub.connect(tabA);
    hub.connect(tabB);
    const a = annotation({ page: PAGE_A });
    await handle({ type: 'annotation/put', annotation: a }, SIDE_PANEL);
    await handle({ type: 'annotation/put', annotation: { ...a, page: PAGE_B } }, SIDE_PANEL);
    expect(tabA.received).toHaveLength(2);
    expect(tabB.received).toEqual([{ type: 'changed', page: PAGE_B, ids: [a.id] }]);
  });

  it('refuses ports from strangers, ignores other port names, forgets closed ports', async () => {
    const { hub, handle } = wired();
    const stranger = new FakePort({ id: 'other-extension', url: 'chrome-extension://other/x.html' });
    expect(hub.connect(stranger)).toBe(false);
    expect(stranger.disconnected).toBe(true);
    const blank = new FakePort(contentScript('about:blank'));
    expect(hub.connect(blank)).toBe(false);
    const foreign = new FakePort(SIDE_PANEL, 'devtools');
    expect(hub.connect(foreign)).toBe(false);
    expect(foreign.disconnected).toBe(false);
    const tab = new FakePort(contentScript(PAGE_A));
    const gone = new FakePort(contentScript(PAGE_A));
    hub.connect(tab);
    hub.connect(gone);
    expect(hub.size).toBe(2);
    gone.close();
    expect(hub.size).toBe(1);
    // A port that died without telling us is dropped on the next post; others still hear.
    tab.disconnected = true;
    const after = new FakePort(contentScript(PAGE_A));
    hub.connect(after);
    await handle({ type: 'annotation/put', annotation: annotation() }, SIDE_PANEL);
    expect(after.received).toHaveLength(1);
    expect(hub.size).toBe(1);
  });
});
