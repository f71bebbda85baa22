/**
 * The page-level look of the markup contract: hidden duplicates, directive rules by level, the reader's
 * highlights, the flash after a jump, the docked panel's column (never printed). Selectors use only the public
 * data-nl-* attributes, so readers can restyle them with their own user styles. The colours live in
 * mark-palette.ts (one table for this sheet and the contrast test). The reading view's look is a sheet of its own
 * (./reading-style.ts), added when the reader first turns the view on: most visits never do, and a first visit in
 * a new renderer parses every sheet it adds cold (issue 14).
 *
 * Installed by the analysis of every notice once detection has said "notice", before the duplicate is searched
 * for (./analyze.ts), so no mark waits for the panel's code (issue 14). A small notice is analysed in one task, so
 * the page is styled and laid out once for the sheet, the hidden copy and the marks. On a big page, analysed in
 * slices, the whole-document restyle that adding a sheet causes then falls in a frame of its own, not in the one
 * that lays out the marks: the longest task on 5 MB of text 67 → 49 ms, beside 200,000 elements 207 → 124 ms, and
 * no `:total` grew (A/B, December 5). (On December 2 the sheet installed with the duplicate's marks cost the 200k
 * notice printed twice a second layout pass, `:total` 192 → 221 ms; with the pipeline of December 5 it measured
 * 173.7 → 171.2 ms.) It lives in notice-marks.js; notice-app.js, which only runs on an analysed notice, carries
 * no copy of it.
 */
import { COLORS } from '../model';
import {
  DIRECTIVE_LEVELS, DIRECTIVE_RULE_COLOR, HIGHLIGHT_FILL, HIGHLIGHT_TEXT, MARKER_COLOR_LIGHT, ruleStyle, type Scheme,
} from './mark-palette';
import { PANEL_WIDTH_PX } from './panel-placement';
import { CHANGE_CSS } from './change-style';
import { installStyleOnce, PAGE_STYLE_ID, PANEL_DOCK_ATTR, SHOW_DUPLICATE_ATTR } from './page-style';

const levels = Array.from({ length: DIRECTIVE_LEVELS }, (_, i) => i + 1);

// Directives: an underline, never a fill (fills are the reader's). `skip-ink: none` keeps the rule unbroken
// under CJK glyphs; the offset keeps it clear of descenders.
const directiveRules = [
  `[data-nl-directive], [data-nl-directive-part] { text-decoration-line: underline; text-decoration-color: ${DIRECTIVE_RULE_COLOR}; ` +
    'text-decoration-thickness: 2px; text-underline-offset: .3em; text-decoration-skip-ink: none; }',
  ...levels.map((l) => `[data-nl-directive][data-nl-level="${l}"], [data-nl-part-level="${l}"] { text-decoration-style: ${ruleStyle(l)}; }`),
].join('\n');

// Highlights: opaque fills with their own text colour (!important: a page's `#content span { color: #999 }`
// must not undo the contrast; a user style with !important still wins).
const highlightRules = (scheme: Scheme) =>
  [`[data-nl-annotation] { color: ${HIGHLIGHT_TEXT[scheme]} !important; }`,
    ...COLORS.map((c) => `[data-nl-annotation][data-nl-color="${c}"] { background: ${HIGHLIGHT_FILL[scheme][c]} !important; }`)].join('\n');

// The docked panel's column: a margin on the root, so everything in normal flow (a fluid body, or one centred
// at a fixed width, which then centres in what is left) lays out beside the panel instead of under it. Physical
// sides: the panel docks to a physical edge whatever the page's direction. The root is as wide as what is left
// (min-width, against the window) or as its content needs (fit-content), never a fixed `width: 100%`: a
// 1000 px layout in a window with less room then widens the page, which scrolls sideways to show all of it
// beside the panel, where a plain margin would leave its overflow under the panel, out of scrolling's reach.
const panelRoomRules = (['right', 'left'] as const)
  .map((side) => `html[${PANEL_DOCK_ATTR}="${side}"] { margin-${side}: ${PANEL_WIDTH_PX}px !important; ` +
    `width: fit-content !important; min-width: calc(100% - ${PANEL_WIDTH_PX}px) !important; }`)
  .join('\n');

const CSS = `
html:not([${SHOW_DUPLICATE_ATTR}]) [data-nl-duplicate] { display: none !important; }
html[${SHOW_DUPLICATE_ATTR}] [data-nl-duplicate] { background: repeating-linear-gradient(135deg, rgba(128,128,128,.10) 0 6px, transparent 6px 12px); outline: 1px dashed rgba(128,128,128,.6); }
${directiveRules}
[data-nl-marker] { font-weight: 700; color: ${MARKER_COLOR_LIGHT}; }
[data-nl-annotation] { cursor: pointer; border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
${highlightRules('light')}
[data-nl-annotation][data-nl-has-note]::after { content: "✎"; font-size: .75em; vertical-align: super; }
[data-nl-flash] { outline: 3px solid #ff9800 !important; outline-offset: 2px; transition: outline-color .6s; }
${panelRoomRules}
${CHANGE_CSS}
@media print {
html[${PANEL_DOCK_ATTR}] { margin: 0 !important; width: auto !important; min-width: 0 !important; }
[data-nl-annotation] { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@media (prefers-color-scheme: dark) {
[data-nl-marker] { color: inherit; }
${highlightRules('dark')}
}
`;

/** The stylesheet's text (exported for the tests that check it uses the palette). */
export const PAGE_CSS = CSS;

export function installPageStyle(doc: Document): void {
  installStyleOnce(doc, PAGE_STYLE_ID, CSS);
}
