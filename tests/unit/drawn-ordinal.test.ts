/**
 * The numbers a browser draws before an <ol>'s items, written out as the reader sees them (checked against what
 * Chromium draws in tests/e2e/drawn-lists.e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { drawnOrdinal, drawnStyle } from '../../utils/text/directives/drawn-ordinal';

describe('drawnStyle', () => {
  it('takes the computed list-style type when the browser gives one', () => {
    expect(drawnStyle('lower-alpha', null)).toBe('lower-alpha');
    expect(drawnStyle('cjk-ideographic', '1')).toBe('cjk-ideographic');
  });

  it('falls back to the type attribute, then to decimal', () => {
    expect(drawnStyle('', 'a')).toBe('lower-alpha');
    expect(drawnStyle('', 'I')).toBe('upper-roman');
    expect(drawnStyle('', null)).toBe('decimal');
  });

  it('draws no number for bullets and none', () => {
    for (const style of ['none', 'disc', 'circle', 'square', 'disclosure-closed']) expect(drawnStyle(style, null)).toBeNull();
  });
});

describe('drawnOrdinal', () => {
  it('writes each style as the browser draws it', () => {
    expect(drawnOrdinal('decimal', 3)).toBe('3.');
    expect(drawnOrdinal('decimal-leading-zero', 7)).toBe('07.');
    expect(drawnOrdinal('decimal-leading-zero', 12)).toBe('12.');
    expect(drawnOrdinal('lower-alpha', 1)).toBe('a.');
    expect(drawnOrdinal('lower-latin', 26)).toBe('z.');
    expect(drawnOrdinal('lower-alpha', 27)).toBe('aa.');
    expect(drawnOrdinal('upper-alpha', 28)).toBe('AB.');
    expect(drawnOrdinal('lower-roman', 4)).toBe('iv.');
    expect(drawnOrdinal('upper-roman', 1994)).toBe('MCMXCIV.');
  });

  it('writes Chinese numerals with 、', () => {
    expect(drawnOrdinal('cjk-ideographic', 1)).toBe('一、');
    expect(drawnOrdinal('cjk-ideographic', 10)).toBe('十、');
    expect(drawnOrdinal('simp-chinese-informal', 12)).toBe('十二、');
    expect(drawnOrdinal('cjk-ideographic', 20)).toBe('二十、');
    expect(drawnOrdinal('cjk-ideographic', 35)).toBe('三十五、');
    expect(drawnOrdinal('cjk-decimal', 10)).toBe('一〇、');
  });

  it('falls back to decimal where a style has no letter for the number', () => {
    expect(drawnOrdinal('lower-alpha', 0)).toBe('0.');
    expect(drawnOrdinal('upper-roman', -2)).toBe('-2.');
  });
});
