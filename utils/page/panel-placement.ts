/**
 * Where the in-page panel sits (pure: no DOM, no storage). Docked open, it takes a column of the window and the
 * page gets a margin of the same width on that side (page-style.ts), so it covers no text of a page that can
 * narrow; one laid out wider than the room left starts with the panel collapsed (textFitsBesidePanel). Collapsed,
 * it is a slim tab on that edge and the page has its whole width back.
 */
import type { PanelDock } from '../reader-settings';

export type { PanelDock };

/** The docked panel's width, and the margin the page gets on that side (panel.css uses the same number). */
export const PANEL_WIDTH_PX = 320;

/**
 * Under this viewport width a docked panel would leave the text too narrow a column (at 1024 px the floating
 * panel hid about 30% of it): the panel starts collapsed there, whatever was remembered.
 */
export const NARROW_VIEWPORT_PX = 1200;

interface PanelStart {
  /** The reader's remembered choice (reader settings `panelCollapsed`). */
  collapsed: boolean;
  viewportWidth: number;
  /**
   * What the reader last did with the panel on this page, if anything (true: opened it, false: collapsed it):
   * a new analysis of the same page (late content) keeps the reader's choice even in a narrow window.
   */
  choiceOnThisPage: boolean | null;
  /**
   * The page is so big (pageIsHeavy) that laying it out again takes the browser longer than a task may last:
   * the open panel's margin would make it do exactly that, in a task of ours, before the reader asked for anything.
   */
  heavyLayout?: boolean;
}

/** Elements, or characters of the analysed text, above which a page is heavy to lay out again (the bench's 50 ms budget). */
export const HEAVY_PAGE_ELEMENTS = 20_000;
export const HEAVY_PAGE_CHARS = 100_000;

/** Whether re-laying out the page (the docked panel's margin) would be a long task: many elements or a very long text. */
export function pageIsHeavy(elements: number, textChars: number): boolean {
  return elements > HEAVY_PAGE_ELEMENTS || textChars > HEAVY_PAGE_CHARS;
}

/**
 * Whether the panel starts open: the reader's choice on this page, else open unless remembered collapsed, the window
 * is narrow, or the page is heavy to lay out again (opening it is then the reader's click, docs/decisions.md
 * "Speed on the first visit (issue 14)").
 */
export function panelStartsOpen({ collapsed, viewportWidth, choiceOnThisPage, heavyLayout = false }: PanelStart): boolean {
  if (choiceOnThisPage !== null) return choiceOnThisPage;
  return !collapsed && !heavyLayout && viewportWidth >= NARROW_VIEWPORT_PX;
}

/** Where the body's text lies across the page: CSS px from the document's left edge. */
export interface TextExtent {
  left: number;
  right: number;
}

/** Rounding of the text's box to device pixels. */
const EDGE_SLACK_PX = 2;

/**
 * Whether text lying across `text`, laid out with the room made for a panel docked on `dock`'s side, is all in
 * view beside it in a window whose page area is `viewportWidth` wide. A fluid page fits; a fixed-width layout
 * wider than the room left (a 1000 px column in a 1280 px window) runs under the panel, or past the window's other
 * edge, and is only read by scrolling sideways line after line.
 */
export function textFitsBesidePanel(text: TextExtent, viewportWidth: number, dock: PanelDock): boolean {
  const from = dock === 'left' ? PANEL_WIDTH_PX : 0;
  const to = dock === 'left' ? viewportWidth : viewportWidth - PANEL_WIDTH_PX;
  return text.left >= from - EDGE_SLACK_PX && text.right <= to + EDGE_SLACK_PX;
}

/** The other side: what the dock button moves the panel to. */
export function otherDock(dock: PanelDock): PanelDock {
  return dock === 'left' ? 'right' : 'left';
}
