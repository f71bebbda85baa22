/**
 * The reading view's look (pure: no DOM, no storage): whether it is on, the body's font size and the column's
 * width. Kept in the reader settings (utils/reader-settings.ts) and shown on the page as attributes on <html>
 * (utils/dom/reading-view.ts), which the page stylesheet turns into sizes (page-style.ts).
 */

/** Font sizes the A− / A+ buttons step through, in CSS px. 18 px: a 公文 body read on screen at arm's length. */
export const READING_FONT_STEPS = [14, 16, 18, 20, 22, 24, 28, 32] as const;
export type ReadingFontPx = (typeof READING_FONT_STEPS)[number];
export const DEFAULT_READING_FONT_PX: ReadingFontPx = 18;

/**
 * Column widths, in characters of the body's own size (em: one CJK character). 28 is the printed 公文's line
 * (GB/T 9704: 28 characters a line); 36 a comfortable screen line; 48 for tables and wide screens.
 */
export const READING_WIDTHS = { narrow: 28, medium: 36, wide: 48 } as const;
export type ReadingWidth = keyof typeof READING_WIDTHS;
export const DEFAULT_READING_WIDTH: ReadingWidth = 'medium';

export interface ReadingLook {
  on: boolean;
  fontPx: ReadingFontPx;
  width: ReadingWidth;
}

export const DEFAULT_READING_LOOK: ReadingLook = { on: false, fontPx: DEFAULT_READING_FONT_PX, width: DEFAULT_READING_WIDTH };

export function isReadingFontPx(v: unknown): v is ReadingFontPx {
  return (READING_FONT_STEPS as readonly unknown[]).includes(v);
}

export function isReadingWidth(v: unknown): v is ReadingWidth {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(READING_WIDTHS, v);
}

/** The next size up (+1) or down (−1), staying at the ends. */
export function stepFont(px: ReadingFontPx, dir: 1 | -1): ReadingFontPx {
  const i = READING_FONT_STEPS.indexOf(px);
  return READING_FONT_STEPS[Math.min(READING_FONT_STEPS.length - 1, Math.max(0, i + dir))]!;
}
