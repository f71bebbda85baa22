/**
 * The page-level part of the markup contract that the panel and the keys act on: the attributes on <html> that
 * show the hidden duplicate and give the docked panel its column, and the flash after a jump. The stylesheet
 * that gives all of these their look is ./page-stylesheet.ts, installed as the directives are marked (issue 14).
 */
import type { PanelDock } from './panel-placement';

export const PAGE_STYLE_ID = 'notice-lens-page-style';
export const SHOW_DUPLICATE_ATTR = 'data-nl-show-duplicate';
/** On <html> while the panel is docked open: `right` or `left`, the side the page gives up to it. */
export const PANEL_DOCK_ATTR = 'data-nl-panel';

/** Adds a stylesheet to the page under its public id, once. */
export function installStyleOnce(doc: Document, id: string, css: string): void {
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function showDuplicate(doc: Document, show: boolean): void {
  doc.documentElement.toggleAttribute(SHOW_DUPLICATE_ATTR, show);
}

/** Gives the page's width on `dock`'s side to the docked panel, or all of it back (null). */
export function makeRoomForPanel(doc: Document, dock: PanelDock | null): void {
  if (dock) doc.documentElement.setAttribute(PANEL_DOCK_ATTR, dock);
  else doc.documentElement.removeAttribute(PANEL_DOCK_ATTR);
}

/** Scrolls a directive into view and flashes it so the eye finds it. */
export function jumpTo(el: Element, flashMs = 1600): void {
  const win = el.ownerDocument.defaultView;
  const reduce = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.setAttribute('data-nl-flash', '');
  win?.setTimeout(() => el.removeAttribute('data-nl-flash'), flashMs);
}
