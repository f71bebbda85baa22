/**
 * Issue 12, "Marks clash": text on every mark must stay readable (WCAG AA, 4.5:1) in light and dark, and the
 * directive marks must not look like highlights. The contrast formula is written out here (WCAG 2.x relative
 * luminance), independent of the code under test; the colours come from the palette the stylesheet is built
 * from, and the last tests check the stylesheet really uses them.
 */
import { describe, expect, it } from 'vitest';
import { COLORS } from '../../utils/model';
import {
  DIRECTIVE_RULE_COLOR, HIGHLIGHT_FILL, HIGHLIGHT_TEXT, MARKER_COLOR_LIGHT, type Scheme,
} from '../../utils/page/mark-palette';
import { PAGE_CSS, installPageStyle } from '../../utils/page/page-stylesheet';

/**
 * The page colours the stylesheet assumes where it sets none itself (directive text, the marker, the rule):
 * a light page as official sites have, and a dark one as a dark theme or a reader extension makes it.
 */
const ASSUMED_PAGE: Record<Scheme, { background: string; text: string }> = {
  light: { background: '#ffffff', text: '#333333' },
  dark: { background: '#121212', text: '#e8e8e8' },
};

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const SCHEMES: Scheme[] = ['light', 'dark'];

describe('the contrast formula', () => {
  it('gives the known extremes and a known middle value', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the classic "just passes AA" grey: 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('text on the marks (WCAG AA, 4.5:1)', () => {
  for (const scheme of SCHEMES) {
    it(`every highlight colour, ${scheme}`, () => {
      expect(Object.keys(HIGHLIGHT_FILL[scheme]).sort()).toEqual([...COLORS].sort());
      for (const c of COLORS) {
        const ratio = contrast(HIGHLIGHT_TEXT[scheme], HIGHLIGHT_FILL[scheme][c]);
        expect(ratio, `${c} highlight, ${scheme}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(4.5);
      }
    });

    it(`a directive, ${scheme}: no fill, so the page's own text on the page's background`, () => {
      const ratio = contrast(ASSUMED_PAGE[scheme].text, ASSUMED_PAGE[scheme].background);
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    });

    it(`the directive rule stands out from the page, ${scheme} (3:1, non-text contrast)`, () => {
      expect(contrast(DIRECTIVE_RULE_COLOR, ASSUMED_PAGE[scheme].background)).toBeGreaterThanOrEqual(3);
    });
  }

  it('the marker (一要, （二）) on a light page', () => {
    expect(contrast(MARKER_COLOR_LIGHT, ASSUMED_PAGE.light.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('a highlight fill shows against the page: light on a white page, dark on a dark page and on a white one', () => {
    // A fill that is nearly the page's colour would not show: at least 1.3:1 from the page's background.
    // Dark fills are checked on white too: most official sites stay white when the system is dark.
    for (const c of COLORS) {
      expect(contrast(HIGHLIGHT_FILL.light[c], ASSUMED_PAGE.light.background), c).toBeGreaterThanOrEqual(1.3);
      expect(contrast(HIGHLIGHT_FILL.dark[c], ASSUMED_PAGE.dark.background), c).toBeGreaterThanOrEqual(1.3);
      expect(contrast(HIGHLIGHT_FILL.dark[c], ASSUMED_PAGE.light.background), c).toBeGreaterThanOrEqual(1.3);
    }
  });
});

describe('the stylesheet uses the palette', () => {
  const page = () => {
    document.head.innerHTML = '';
    document.body.innerHTML = `
      <p>${[1, 2, 3, 4].map((l) => `<span id="d${l}" data-nl-directive="${l - 1}" data-nl-level="${l}">${l}是</span>`).join('')}</p>
      <p>${COLORS.map((c) => `<span id="h-${c}" data-nl-annotation="${c}" data-nl-color="${c}">划线</span>`).join('')}</p>`;
    installPageStyle(document);
    return (id: string) => getComputedStyle(document.getElementById(id)!);
  };

  it('fills each highlight with its light colour and sets the text colour on it', () => {
    const style = page();
    // happy-dom reports a colour as written (#rrggbb), a browser as rgb(): compare as rgb.
    const rgb = (v: string) =>
      v.startsWith('#') ? `rgb(${[1, 3, 5].map((i) => parseInt(v.slice(i, i + 2), 16)).join(', ')})` : v.replace(/\s+/g, ' ');
    for (const c of COLORS) {
      expect(rgb(style(`h-${c}`).backgroundColor), c).toBe(rgb(HIGHLIGHT_FILL.light[c]));
      expect(rgb(style(`h-${c}`).color), c).toBe(rgb(HIGHLIGHT_TEXT.light));
    }
  });

  it('underlines directives in one neutral colour, one line style per level, and never fills them', () => {
    const style = page();
    const styles = [1, 2, 3, 4].map((l) => style(`d${l}`).textDecorationStyle);
    expect(styles).toEqual(['solid', 'dashed', 'dotted', 'double']);
    for (const l of [1, 2, 3, 4]) {
      expect(style(`d${l}`).textDecorationLine).toContain('underline');
      expect(['', 'transparent', 'rgba(0, 0, 0, 0)']).toContain(style(`d${l}`).backgroundColor);
    }
  });

  it('has a dark block with every dark fill, and no highlight colour anywhere on a directive rule', () => {
    const dark = PAGE_CSS.slice(PAGE_CSS.indexOf('@media (prefers-color-scheme: dark)'));
    expect(dark.length).toBeLessThan(PAGE_CSS.length);
    for (const c of COLORS) expect(dark).toContain(HIGHLIGHT_FILL.dark[c]);
    expect(dark).toContain(HIGHLIGHT_TEXT.dark);
    const directiveRules = PAGE_CSS.split('\n').filter((line) => line.includes('data-nl-directive') || line.includes('data-nl-part-level'));
    expect(directiveRules.length).toBeGreaterThanOrEqual(5);
    for (const line of directiveRules) {
      expect(line).not.toMatch(/background/);
      for (const s of SCHEMES) for (const c of COLORS) expect(line).not.toContain(HIGHLIGHT_FILL[s][c]);
    }
  });
});
