import { describe, expect, it } from 'vitest';
import { foldedOffsetOf, foldForAnchoring, foldSparseForAnchoring, rawOffsetOf } from '../../utils/text/fold';
import { foldWithMapForAnchoring } from './helpers/fold-oracle';

describe('foldSparseForAnchoring: the anchoring fold with a map of dropped runs', () => {
  it('folds like foldWithMapForAnchoring and maps folded offsets back to raw ones', () => {
    // raw:      一 要 ␠ ␠ 加 强 。 \n \n Ａ 、 b
    // offsets:  0  1  2  3  4  5  6  7  8  9  10 11
    const raw = '一要  加强。\n\nＡ、b';
    const f = foldSparseForAnchoring(raw);
    expect(f.text).toBe('一要加强.a,b');
    expect(f.text).toBe(foldWithMapForAnchoring(raw).text);
    const raws = [0, 1, 4, 5, 6, 9, 10, 11];
    expect(raws).toHaveLength(f.text.length);
    for (let i = 0; i < f.text.length; i++) expect(rawOffsetOf(f, i)).toBe(raws[i]);
    expect(rawOffsetOf(f, f.text.length)).toBe(12);
  });

  it('gives the first folded offset at or after a raw offset, inside a dropped run too', () => {
    const f = foldSparseForAnchoring('一要  加强。\n\nＡ、b');
    // raw offset → folded offset: 2 and 3 are the spaces (next kept unit: 加, folded 2); 7, 8 the newlines (Ａ, folded 5).
    const expected: [number, number][] = [[0, 0], [1, 1], [2, 2], [3, 2], [4, 2], [5, 3], [6, 4], [7, 5], [8, 5], [9, 5], [11, 7], [12, 8], [40, 8]];
    for (const [raw, folded] of expected) expect(foldedOffsetOf(f, raw)).toBe(folded);
    expect(expected).toHaveLength(13);
  });

  it('agrees with the dense map on a text starting and ending with white space', () => {
    const raw = '\u3000\u3000第一条　为了规范管理，\n制定本办法。 ';
    const dense = foldWithMapForAnchoring(raw);
    const f = foldSparseForAnchoring(raw);
    expect(f.text).toBe('第一条为了规范管理,制定本办法.');
    for (let i = 0; i <= f.text.length; i++) expect(rawOffsetOf(f, i)).toBe(dense.map[i]);
    expect(rawOffsetOf(f, 0)).toBe(2);
    expect(foldedOffsetOf(f, 0)).toBe(0);
    expect(foldedOffsetOf(f, 5)).toBe(3);
  });
});

describe('foldForAnchoring on a long text', () => {
  it('folds a 3,000-character notice as each of its lines folds alone', () => {
    const line = '（一）各单位要“高度重视”，认真落实；‘严禁’虚报！是否按期完成？ＡＢＣ：一、二。\n';
    const text = line.repeat(80);
    expect(text.length).toBeGreaterThan(2048);
    const short = foldForAnchoring(line);
    expect(short).toBe('(一)各单位要"高度重视",认真落实;\'严禁\'虚报!是否按期完成?abc:一,二.');
    expect(foldSparseForAnchoring(text).text).toBe(short.repeat(80));
  });
});
