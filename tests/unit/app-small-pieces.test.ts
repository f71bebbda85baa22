// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { cycleHighlight } from '../../utils/app/highlight-cycle';
import { readExportStyle } from '../../utils/app/notice-file';
import type { PageSession } from '../../utils/session/page-session';
import type { SettingsStorage } from '../../utils/reader-settings';

/** A notice body with three highlights, the second one written first in the markup's order of ids. */
function bodyWithHighlights(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = [
    '<p>一、<span data-nl-annotation="h-early" data-nl-color="yellow">全面排查燃气管道</span>，建立台账。</p>',
    '<p>二、<span data-nl-annotation="h-middle" data-nl-color="green">严格执行值班制度</span>。</p>',
    '<p>三、<span data-nl-annotation="h-late" data-nl-color="blue">及时报送信息</span>。</p>',
  ].join('');
  document.body.replaceChildren(root);
  return root;
}

/** The session as the cycle sees it: which menu is open, and the call that opens one. */
function sessionWith(menuId: string | null) {
  const openMenu = vi.fn();
  const session = { state: { menu: menuId ? { id: menuId } : null }, openMenu } as unknown as PageSession;
  return { session, openMenu };
}

describe('cycleHighlight: the keyboard command that walks the reader\'s highlights', () => {
  it('starts at the first highlight in reading order and opens its menu', () => {
    const root = bodyWithHighlights();
    const { session, openMenu } = sessionWith(null);
    cycleHighlight(session, root);
    expect(openMenu).toHaveBeenCalledTimes(1);
    expect(openMenu.mock.calls[0]![0]).toBe('h-early');
    expect(document.activeElement?.getAttribute('data-nl-annotation')).toBe('h-early');
  });

  it('goes on from the highlight whose menu is open, and wraps round after the last', () => {
    const root = bodyWithHighlights();
    const fromMiddle = sessionWith('h-middle');
    cycleHighlight(fromMiddle.session, root);
    expect(fromMiddle.openMenu.mock.calls.map((c) => c[0])).toEqual(['h-late']);
    const fromLast = sessionWith('h-late');
    cycleHighlight(fromLast.session, root);
    expect(fromLast.openMenu.mock.calls.map((c) => c[0])).toEqual(['h-early']);
  });

  it('with one highlight whose menu is already open, moves nothing; with none, does nothing', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p><span data-nl-annotation="only" data-nl-color="pink">唯一的划线</span></p>';
    document.body.replaceChildren(root);
    const open = sessionWith('only');
    cycleHighlight(open.session, root);
    expect(open.openMenu).not.toHaveBeenCalled();
    // The same page with the menu closed: the command opens it (the positive beside the trap above).
    const closed = sessionWith(null);
    cycleHighlight(closed.session, root);
    expect(closed.openMenu.mock.calls.map((c) => c[0])).toEqual(['only']);
    const empty = document.createElement('div');
    const none = sessionWith(null);
    cycleHighlight(none.session, empty);
    expect(none.openMenu).not.toHaveBeenCalled();
  });
});

describe('readExportStyle: what the reader\'s settings say about exports', () => {
  it('gives the colour meanings the reader named', async () => {
    const storage: SettingsStorage = {
      get: async () => ({ readerSettings: { colorMeanings: { yellow: '重点', green: '落实' } } }),
      set: async () => {},
    };
    expect(await readExportStyle(storage)).toEqual({ colorMeanings: { yellow: '重点', green: '落实' } });
  });

  it('gives nothing when the settings cannot be read, so an export never fails on them', async () => {
    const storage: SettingsStorage = { get: () => Promise.reject(new Error('storage gone')), set: async () => {} };
    expect(await readExportStyle(storage)).toEqual({});
  });
});
