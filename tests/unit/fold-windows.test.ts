import { describe, expect, it } from 'vitest';
import { foldedFrom, foldMapOnly, foldWindows, rawOccurrences } from '../../utils/anchoring/fold-windows';
import { foldCodeForCompare, isDroppedCode } from '../../utils/text/fold-table';
import { foldSparseForAnchoring } from '../../utils/text/fold';

// A government page's text as innerText gives it: full-width punctuation, a line break inside a phrase, Word's nbsp.
const PAGE =
  '各区人民政府、市政府各部门：\n为进一步扩大出口整体规模，现将有关事项通知如下。\n一、出口\n整体规模稳步提升，支持地方开展试点。\u00a0\n二、出口整治行动、出口整体方案,同步推进。';

describe('windowed fold for short quotes (issue 14)', () => {
  it('finds every occurrence the whole fold holds, across line breaks and punctuation widths', () => {
    const whole = foldSparseForAnchoring(PAGE).text;
    const expected: number[] = [];
    for (let i = whole.indexOf(',出口整'); i >= 0; i = whole.indexOf(',出口整', i + 1)) expected.push(i);
    const found = rawOccurrences(PAGE, ',出口整');
    // 一、出口⏎整体, 二、出口整治, 、出口整体方案 (by hand).
    expect(found).toHaveLength(3);
    expect(found.map((r) => foldSparseForAnchoring(PAGE.slice(0, r)).text.length)).toEqual(expected);
    // The positive beside it: a quote that is not on the page is not found.
    expect(rawOccurrences(PAGE, ',出口规')).toEqual([]);
  });

  it('holds the whole fold inside its windows and placeholders of the same length outside', () => {
    const whole = foldSparseForAnchoring(PAGE).text;
    const w = foldWindows(PAGE, foldMapOnly(PAGE), [[10, 20]])!;
    expect(w.text.length).toBe(whole.length);
    expect(w.text.slice(10, 20)).toBe(whole.slice(10, 20));
    expect(w.text.slice(0, 10)).toBe('\u0000'.repeat(10));
  });

  it('knows every code unit the anchoring fold changes, and nothing else', () => {
    // The written-out table against the fold itself, for every UTF-16 code unit.
    const expected = new Map<number, number[]>();
    for (let x = 0; x < 0x10000; x++) {
      const f = x === 0x3002 ? 0x2e : x === 0x3001 ? 0x2c : foldCodeForCompare(x);
      if (f === x || isDroppedCode(x)) continue;
      const to = f === 0x3001 ? 0x2c : f === 0x3002 ? 0x2e : f; // ､ → 、 → , (compare, then anchoring)
      expected.set(to, [...(expected.get(to) ?? []), x]);
    }
    for (let c = 0; c < 0x10000; c++) {
      const cls = foldedFrom(c);
      const members: number[] = [];
      if (cls) {
        const re = new RegExp(`^[${cls}]$`);
        for (let x = 0; x < 0x10000; x++) if (x !== c && re.test(String.fromCharCode(x))) members.push(x);
      }
      expect(members, `folded to U+${c.toString(16)}`).toEqual(expected.get(c) ?? []);
    }
    expect([...expected.values()].flat().length).toBeGreaterThan(100);
  });
});
