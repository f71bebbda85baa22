import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerPanelMessage } from '../../utils/panel-background';

// The in-page panel asks the background to open the side panel. Chrome only
// allows sidePanel.open during the user's gesture, so it must be called before
// the listener awaits anything.
describe('opening the side panel for a content script', () => {
  afterEach(() => vi.restoreAllMocks());
  const tab = { id: 7, windowId: 3 };

  it('opens it for the sender tab, synchronously, and answers', async () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    const reply = new Promise((resolve) => {
      expect(answerPanelMessage({ type: 'sidepanel/open' }, { id: fakeBrowser.runtime.id, tab }, resolve)).toBe(true);
      expect(open).toHaveBeenCalledWith({ tabId: 7 }); // already, before any await
    });
    expect(await reply).toEqual({ ok: true });
  });

  it('answers ok: false when the browser refuses (no gesture)', async () => {
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockRejectedValue(new Error('may only be called in response to a user gesture'));
    const reply = await new Promise((resolve) => answerPanelMessage({ type: 'sidepanel/open' }, { id: fakeBrowser.runtime.id, tab }, resolve));
    expect(reply).toEqual({ ok: false });
  });

  it('leaves other messages and other senders alone', () => {
    const open = vi.spyOn(fakeBrowser.sidePanel, 'open').mockResolvedValue(undefined);
    const none = () => expect.unreachable();
    expect(answerPanelMessage({ type: 'ui/ping' }, { id: fakeBrowser.runtime.id, tab }, none)).toBe(false);
    expect(answerPanelMessage({ type: 'sidepanel/open' }, { id: 'another-extension', tab }, none)).toBe(false);
    expect(answerPanelMessage({ type: 'sidepanel/open' }, { id: fakeBrowser.runtime.id }, none)).toBe(false); // not from a tab
    expect(answerPanelMessage(null, { id: fakeBrowser.runtime.id, tab }, none)).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
