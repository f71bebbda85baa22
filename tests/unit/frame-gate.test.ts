// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isNegligibleFrame, isTopFrame } from '../../utils/frames/frame-gate';

/** A window-like object: a frame of `width`×`height` CSS px inside a top window, or the top window itself. */
function frame(width: number, height: number, top = false): Window {
  const win = { innerWidth: width, innerHeight: height } as { innerWidth: number; innerHeight: number; top: unknown };
  win.top = top ? win : {};
  return win as unknown as Window;
}

describe('which frames the always-loaded script analyses', () => {
  it('analyses the top document whatever its size, and a frame big enough to hold an article', () => {
    expect(isNegligibleFrame(frame(120, 80, true))).toBe(false);
    expect(isTopFrame(frame(120, 80, true))).toBe(true);
    expect(isNegligibleFrame(frame(1000, 900))).toBe(false); // the article <iframe> of a 信息公开 shell
    expect(isNegligibleFrame(frame(240, 160))).toBe(false);
  });

  it('skips hidden frames, counters, share buttons, banners and menus too small to hold one', () => {
    expect(isNegligibleFrame(frame(0, 0))).toBe(true); // display:none
    expect(isNegligibleFrame(frame(1000, 110))).toBe(true); // a <frameset>'s banner row
    expect(isNegligibleFrame(frame(180, 1200))).toBe(true); // a <frameset>'s column menu
    expect(isNegligibleFrame(frame(88, 31))).toBe(true); // a visit counter
  });

  it('treats a window whose top it may not read as a frame', () => {
    const win = { innerWidth: 1000, innerHeight: 900 };
    Object.defineProperty(win, 'top', { get: () => { throw new Error('cross-origin'); } });
    expect(isTopFrame(win as unknown as Window)).toBe(false);
  });
});
