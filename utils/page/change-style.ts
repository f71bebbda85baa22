/**
 * The look of a revised visit's change marks (issue 16), a third visual language beside the two of
 * mark-palette.ts: directives are underlined, highlights filled, changes FRAMED. A change mark draws an
 * outline around its text (solid: inserted, dashed: changed) and sets neither a fill nor a text colour nor a
 * text decoration, so it never hides a highlight's fill or a directive's rule on the same words, and the text
 * keeps the contrast it has (the page's own, or the highlight's: WCAG AA). Each outline colour keeps 3:1 (WCAG
 * 1.4.11, non-text) on a white page and on a dark one alike (mark-contrast.test.ts), like the directive rule.
 */
import type { ChangeKind } from '../dom/change-marks';
import { CHANGE_ATTR, HIDE_CHANGES_ATTR } from '../dom/change-marks';

export const CHANGE_COLOR: Record<ChangeKind, string> = { inserted: '#2b8a3e', changed: '#d9480f' };
export const CHANGE_LINE: Record<ChangeKind, 'solid' | 'dashed'> = { inserted: 'solid', changed: 'dashed' };

export const CHANGE_CSS = [
  `[${CHANGE_ATTR}] { outline-width: 2px; outline-offset: 1px; border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }`,
  ...(['inserted', 'changed'] as const).map((k) => `[${CHANGE_ATTR}="${k}"] { outline-style: ${CHANGE_LINE[k]}; outline-color: ${CHANGE_COLOR[k]}; }`),
  `html[${HIDE_CHANGES_ATTR}] [${CHANGE_ATTR}] { outline: none !important; }`,
].join('\n');
