/**
 * The always-loaded content script runs in every frame of an official site (`allFrames`), so a frame
 * that cannot hold a notice a reader reads must cost almost nothing: these checks read two numbers and
 * touch no text. Takes the frame's window as a parameter.
 */

/** Smaller than this (CSS px) a frame is a counter, a share button, an ad or a hidden helper, never a body. */
const MIN_FRAME_WIDTH = 240;
const MIN_FRAME_HEIGHT = 160;

/** Whether this document is the tab's top document (a cross-origin parent makes `top` throw in old engines). */
export function isTopFrame(win: Window): boolean {
  try {
    return win === win.top;
  } catch {
    return false;
  }
}

/**
 * A frame too small (or hidden: display:none gives a 0×0 viewport) to be read: not analysed at all.
 * The top document is never negligible.
 */
export function isNegligibleFrame(win: Window): boolean {
  if (isTopFrame(win)) return false;
  return win.innerWidth < MIN_FRAME_WIDTH || win.innerHeight < MIN_FRAME_HEIGHT;
}
