// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answerFrameMessage, frameWhere, PanelArbiter, type PanelPort } from '../../utils/frames/frame-background';
import { panelOwner, readFrameWhere, PANEL_PORT } from '../../utils/frames/protocol';
import { identifyCaller, type SenderLike } from '../../utils/store/callers';
import { EXT_ID, RUNTIME, SIDE_PANEL, errorOf, notice, setup, value } from './store-helpers';

// A 信息公开 shell page and the article it frames, on the same host.
const SHELL = 'http://xxgk.jn.gov.cn/art/2024/3/5/art_1_100.html';
const BODY = 'http://xxgk.jn.gov.cn/art/2024/3/5/art_1_100.body.html';
const frame = (url: string, top = SHELL, extra: Partial<SenderLike> = {}): SenderLike => ({
  id: EXT_ID, url, frameId: 5, tab: { id: 9, url: top }, ...extra,
});

describe('panelOwner: one panel per tab', () => {
  it('gives the panel to the top document when it is a notice, whatever the frames', () => {
    expect(panelOwner([{ frameId: 4, area: 900_000 }, { frameId: 0, area: 10 }])).toEqual({ frameId: 0, area: 10 });
    expect(panelOwner([{ frameId: 0, area: 10 }, { frameId: 4, area: 900_000 }])).toEqual({ frameId: 0, area: 10 });
  });
  it('else to the largest notice frame, the first frame on a tie', () => {
    expect(panelOwner([{ frameId: 3, area: 200_000 }, { frameId: 7, area: 600_000 }])).toEqual({ frameId: 7, area: 600_000 });
    expect(panelOwner([{ frameId: 8, area: 5 }, { frameId: 2, area: 5 }])).toEqual({ frameId: 2, area: 5 });
  });
  it('to nobody when nobody claims', () => {
    expect(panelOwner([])).toBeNull();
  });
});

describe('a frame learns where it is', () => {
  it('keys a framed notice to its own URL and names the tab page as its shell, with the shell link target', () => {
    expect(frameWhere(frame(BODY, `${SHELL}#notice-lens=abc-123`), RUNTIME)).toEqual({ page: BODY, shell: SHELL, lensId: 'abc-123' });
  });
  it('has no shell when it is the top document, and no target for a fragment that is not a store id', () => {
    expect(frameWhere(frame(SHELL, SHELL, { frameId: 0 }), RUNTIME)).toEqual({ page: SHELL, shell: null, lensId: null });
    expect(frameWhere(frame(BODY, `${SHELL}#notice-lens=%22%3E%3Cimg`), RUNTIME)).toEqual({ page: BODY, shell: SHELL, lensId: null });
  });
  it('keys an about:blank or srcdoc frame to the tab page only when it has that page’s origin', () => {
    const origin = 'http://xxgk.jn.gov.cn';
    expect(identifyCaller(frame('about:srcdoc', SHELL, { origin }), RUNTIME)).toEqual({ kind: 'content', page: SHELL });
    expect(identifyCaller(frame('about:blank', SHELL, { origin }), RUNTIME)).toEqual({ kind: 'content', page: SHELL });
    expect(identifyCaller(frame('about:blank', SHELL, { origin: 'http://ads.example.com' }), RUNTIME)).toEqual({ kind: 'content', page: null });
    expect(identifyCaller(frame('about:blank', SHELL), RUNTIME)).toEqual({ kind: 'content', page: null });
    expect(identifyCaller(frame('data:text/html,x', SHELL, { origin }), RUNTIME)).toEqual({ kind: 'content', page: null });
  });
  it('answers frame/where to content scripts only, and the panel frame to extension pages only', () => {
    const arbiter = new PanelArbiter(RUNTIME);
    const replies: unknown[] = [];
    const reply = (r: unknown) => replies.push(r);
    expect(answerFrameMessage({ type: 'frame/where' }, frame(BODY), reply, { runtime: RUNTIME, arbiter })).toBe(true);
    expect(answerFrameMessage({ type: 'frame/where' }, { url: BODY, tab: { url: SHELL } }, reply, { runtime: RUNTIME, arbiter })).toBe(true);
    expect(answerFrameMessage({ type: 'frame/panel-frame', tabId: 9 }, frame(BODY), reply, { runtime: RUNTIME, arbiter })).toBe(true);
    expect(answerFrameMessage({ type: 'frame/panel-frame', tabId: 9 }, SIDE_PANEL, reply, { runtime: RUNTIME, arbiter })).toBe(true);
    expect(answerFrameMessage({ type: 'notice/get' }, SIDE_PANEL, reply, { runtime: RUNTIME, arbiter })).toBe(false);
    expect(replies).toEqual([{ page: BODY, shell: SHELL, lensId: null }, null, null, null]);
    expect(readFrameWhere(replies[0])).toEqual({ page: BODY, shell: SHELL, lensId: null });
  });
});

class FakePort implements PanelPort {
  received: unknown[] = [];
  disconnected = false;
  private listeners: ((m: unknown) => void)[] = [];
  private closers: (() => void)[] = [];
  constructor(public sender: SenderLike, public name = PANEL_PORT) {}
  postMessage(m: unknown) { this.received.push(m); }
  disconnect() { this.disconnected = true; }
  onMessage = { addListener: (cb: (m: unknown) => void) => void this.listeners.push(cb) };
  onDisconnect = { addListener: (cb: () => void) => void this.closers.push(cb) };
  send(m: unknown) { for (const l of this.listeners) l(m); }
  close() { for (const c of this.closers) c(); }
  /** The last verdict the background sent. */
  get own() { return (this.received.at(-1) as { own?: boolean } | undefined)?.own; }
}

describe('PanelArbiter: the panel moves between frames as they claim and leave', () => {
  it('gives a lone framed notice the panel, takes it back when the top document turns out to be a notice, returns it when that leaves', () => {
    const arbiter = new PanelArbiter(RUNTIME);
    const body = new FakePort(frame(BODY, SHELL, { frameId: 5 }));
    expect(arbiter.connect(body)).toBe(true);
    body.send({ type: 'claim', area: 480_000 });
    expect(body.received).toEqual([{ type: 'panel', own: true }]);
    expect(arbiter.ownerFrame(9)).toBe(5);

    const top = new FakePort(frame(SHELL, SHELL, { frameId: 0 }));
    arbiter.connect(top);
    top.send({ type: 'claim', area: 1_000 });
    expect(top.own).toBe(true);
    expect(body.own).toBe(false);
    expect(arbiter.ownerFrame(9)).toBe(0);

    top.close();
    expect(body.own).toBe(true);
    expect(body.received).toHaveLength(3);
  });
  it('of two notice frames, the larger holds the panel; tabs do not share claims', () => {
    const arbiter = new PanelArbiter(RUNTIME);
    const small = new FakePort(frame(BODY, SHELL, { frameId: 3 }));
    const large = new FakePort(frame(`${BODY}?p=2`, SHELL, { frameId: 4 }));
    const otherTab = new FakePort({ ...frame(BODY, SHELL, { frameId: 3 }), tab: { id: 10, url: SHELL } });
    for (const p of [small, large, otherTab]) arbiter.connect(p);
    small.send({ type: 'claim', area: 100_000 });
    large.send({ type: 'claim', area: 700_000 });
    otherTab.send({ type: 'claim', area: 50 });
    expect([small.own, large.own, otherTab.own]).toEqual([false, true, true]);
    expect([arbiter.ownerFrame(9), arbiter.ownerFrame(10), arbiter.ownerFrame(11)]).toEqual([4, 3, null]);
  });
  it('refuses ports from web pages and ignores ports that are not its own', () => {
    const arbiter = new PanelArbiter(RUNTIME);
    const stranger = new FakePort({ url: BODY, tab: { id: 9, url: SHELL } });
    expect(arbiter.connect(stranger)).toBe(true);
    expect(stranger.disconnected).toBe(true);
    const store = new FakePort(frame(BODY), 'notice-lens');
    expect(arbiter.connect(store)).toBe(false);
    expect(store.disconnected).toBe(false);
  });
});

describe('a framed notice names its shell: only its own tab page', () => {
  it('stores the shell the frame is shown in, and refuses any other', async () => {
    const { asContent, call } = setup();
    const sender = frame(BODY);
    value(await asContent({ type: 'notice/save', notice: notice({ page: BODY, shell: SHELL }) }, sender));
    expect(value(await call({ type: 'notice/get', page: BODY }))?.shell).toBe(SHELL);
    const r = await asContent({ type: 'notice/save', notice: notice({ page: BODY, shell: 'https://evil.example.com/x' }) }, sender);
    expect(errorOf(r).code).toBe('forbidden');
    // The frame's own page only: not the shell's notice.
    expect(errorOf(await asContent({ type: 'notice/save', notice: notice({ page: SHELL }) }, sender)).code).toBe('forbidden');
  });
});
