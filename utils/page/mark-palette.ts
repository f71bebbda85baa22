/**
 * The colours of the marks Notice Lens puts on a page, in one table so the stylesheet and the contrast test
 * read the same values (issue 12, "Marks clash").
 *
 * Two visual languages that cannot be confused:
 * - the reader's highlights are FILLS, in five hues; each fill is opaque and sets its own text colour, so
 *   its contrast does not depend on the page (a page with grey #666 text, or one that goes dark);
 * - directives are never filled: they are UNDERLINED in one neutral slate, the line's style telling the
 *   level (solid, dashed, dotted, double). A highlight inside a directive keeps both: its fill and the rule.
 */
import type { Color } from '../model';

export type Scheme = 'light' | 'dark';

/** Text colour inside a highlight. */
export const HIGHLIGHT_TEXT: Record<Scheme, string> = { light: '#1a1a1a', dark: '#141414' };

/**
 * The five highlight fills. Light: the swatch colours of the toolbar. Dark: the same hues dimmed, with dark
 * text: they do not glare on a dark page, and still read as highlights on the white page most official
 * sites keep whatever the system's scheme (deep fills with light text looked like black bars there).
 */
export const HIGHLIGHT_FILL: Record<Scheme, Record<Color, string>> = {
  light: { yellow: '#ffe066', green: '#8ce99a', blue: '#74c0fc', pink: '#faa2c1', purple: '#b197fc' },
  dark: { yellow: '#d4b440', green: '#5fb872', blue: '#5a9fd6', pink: '#d98aa6', purple: '#9a86d9' },
};

/**
 * The directive rule's one colour, in both schemes: a mid slate that keeps 3:1 (WCAG 1.4.11, non-text) on a
 * white page and on a dark one alike, because many official sites stay white when the system is dark.
 */
export const DIRECTIVE_RULE_COLOR = '#6f7d8f';

/** Level → underline style. Levels deeper than 4 share the last style. */
const DIRECTIVE_RULE_STYLE = ['solid', 'dashed', 'dotted', 'double'] as const;
export const DIRECTIVE_LEVELS = 5;

export function ruleStyle(level: number): (typeof DIRECTIVE_RULE_STYLE)[number] {
  return DIRECTIVE_RULE_STYLE[Math.min(Math.max(level, 1), DIRECTIVE_RULE_STYLE.length) - 1]!;
}

/** The marker (一要, （二）) on a light page; on a dark one it keeps the page's own text colour. */
export const MARKER_COLOR_LIGHT = '#b3261e';
