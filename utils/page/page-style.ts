/**
 * The page-level part of the markup contract's look: hidden duplicates, directive
 * highlights by level, the flash after a jump. Selectors use only the public
 * data-nl-* attributes, so readers can restyle them with their own user styles.
 */
export const PAGE_STYLE_ID = 'notice-lens-page-style';
export const SHOW_DUPLICATE_ATTR = 'data-nl-show-duplicate';

const CSS = `
html:not([${SHOW_DUPLICATE_ATTR}]) [data-nl-duplicate] { display: none !important; }
html[${SHOW_DUPLICATE_ATTR}] [data-nl-duplicate] { background: repeating-linear-gradient(135deg, rgba(128,128,128,.10) 0 6px, transparent 6px 12px); outline: 1px dashed rgba(128,128,128,.6); }
[data-nl-directive], [data-nl-directive-part] { border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
[data-nl-directive][data-nl-level="1"], [data-nl-part-level="1"] { background: rgba(255, 196, 0, .32); }
[data-nl-directive][data-nl-level="2"], [data-nl-part-level="2"] { background: rgba(64, 160, 255, .22); }
[data-nl-directive][data-nl-level="3"], [data-nl-part-level="3"] { background: rgba(80, 200, 120, .22); }
[data-nl-directive][data-nl-level="4"], [data-nl-part-level="4"],
[data-nl-directive][data-nl-level="5"], [data-nl-part-level="5"] { background: rgba(180, 120, 255, .18); }
[data-nl-marker] { font-weight: 700; color: #b3261e; }
[data-nl-annotation] { cursor: pointer; border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
[data-nl-annotation][data-nl-color="yellow"] { background: rgba(255, 224, 102, .75); }
[data-nl-annotation][data-nl-color="green"] { background: rgba(140, 233, 154, .7); }
[data-nl-annotation][data-nl-color="blue"] { background: rgba(116, 192, 252, .6); }
[data-nl-annotation][data-nl-color="pink"] { background: rgba(250, 162, 193, .65); }
[data-nl-annotation][data-nl-color="purple"] { background: rgba(177, 151, 252, .6); }
[data-nl-annotation][data-nl-has-note]::after { content: "✎"; font-size: .75em; vertical-align: super; color: #b3261e; }
[data-nl-flash] { outline: 3px solid #ff9800 !important; outline-offset: 2px; transition: outline-color .6s; }
@media (prefers-color-scheme: dark) { [data-nl-marker] { color: inherit; } }
`;

export function installPageStyle(doc: Document): void {
  if (doc.getElementById(PAGE_STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = CSS;
  (doc.head ?? doc.documentElement).appendChild(style);
}

export function showDuplicate(doc: Document, show: boolean): void {
  doc.documentElement.toggleAttribute(SHOW_DUPLICATE_ATTR, show);
}

/** Scrolls a directive into view and flashes it so the eye finds it. */
export function jumpTo(el: Element, flashMs = 1600): void {
  const win = el.ownerDocument.defaultView;
  const reduce = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  el.setAttribute('data-nl-flash', '');
  win?.setTimeout(() => el.removeAttribute('data-nl-flash'), flashMs);
}
