/**
 * Issue 16, the look of change marks: a third visual language (a frame) beside directive underlines and
 * highlight fills. The outline colours keep 3:1 (WCAG 1.4.11, non-text) on a light page and on a dark one; the
 * marks set no fill, text colour or decoration, so the text keeps its own contrast (AA) and a highlight or a
 * directive on the same words keeps its look. The contrast formula is written out here, independent of the code.
 */
import { describe, expect, it } from 'vitest';
import { DIRECTIVE_RULE_COLOR, HIGHLIGHT_FILL } from '../../utils/page/mark-palette';
import { CHANGE_COLOR, CHANGE_CSS } from '../../utils/page/change-style';
import { PAGE_CSS } from '../../utils/page/page-stylesheet';

function luminance(hex: string): number {
  const [r, g, b] = hex.match(/[0-9a-f]{2}/gi)!.map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('change marks', () => {
  it('have outline colours that keep 3:1 on a light and on a dark page', () => {
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    const kinds = Object.entries(CHANGE_COLOR);
    expect(kinds).toHaveLength(2);
    // A white official page, and a dark one as a dark theme or a reader extension makes it.
    for (const [, color] of kinds) for (const background of ['#ffffff', '#121212']) expect(contrast(color, background)).toBeGreaterThanOrEqual(3);
  });

  it('are neither the directive slate nor a highlight fill, and inserted and changed differ in line and hue', () => {
    const fills = [...Object.values(HIGHLIGHT_FILL.light), ...Object.values(HIGHLIGHT_FILL.dark)];
    for (const color of Object.values(CHANGE_COLOR)) expect([DIRECTIVE_RULE_COLOR, ...fills]).not.toContain(color);
    expect(CHANGE_COLOR.inserted).not.toBe(CHANGE_COLOR.changed);
    expect(CHANGE_CSS).toContain('[data-nl-change="inserted"] { outline-style: solid; outline-color: #2b8a3e; }');
    expect(CHANGE_CSS).toContain('[data-nl-change="changed"] { outline-style: dashed; outline-color: #d9480f; }');
  });

  it('set no fill, text colour or decoration, are hidden by the reader\'s choice, and are in the page stylesheet', () => {
    for (const rule of CHANGE_CSS.split('\n')) expect(rule).not.toMatch(/background|(^|[^-])color:|text-decoration/);
    expect(CHANGE_CSS).toContain('html[data-nl-hide-changes] [data-nl-change] { outline: none !important; }');
    expect(PAGE_CSS).toContain(CHANGE_CSS);
  });
});
