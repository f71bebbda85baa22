import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceOfCodes, prefixEditDistance } from '../../utils/text/edit-distance';

const codes = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions of one code unit each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('关于做好防汛工作的通知', '关于做好防汛抗旱工作的通知')).toBe(2);
    expect(editDistance('', '通知')).toBe(2);
    expect(editDistance('通知', '')).toBe(2);
    expect(editDistance('通知', '通知')).toBe(0);
  });

  it('gives the same distance after a call on longer strings (the reused buffers are not stale)', () => {
    expect(editDistance('x'.repeat(300), 'y'.repeat(500))).toBe(500);
    expect(editDistance('ab', 'ba')).toBe(2);
  });
});

describe('prefixEditDistance', () => {
  it('compares with the closest prefix of the text, whatever follows it', () => {
    expect(prefixEditDistance('各单位', '各单位要按照')).toBe(0);
    expect(prefixEditDistance('各单位', '各位要按照')).toBe(1);
    expect(prefixEditDistance('各单位', '')).toBe(3);
    expect(prefixEditDistance('', '各单位')).toBe(0);
  });
});

describe('editDistanceOfCodes', () => {
  it('compares two ranges of one array', () => {
    const s = codes('abcdef|abXdef');
    expect(editDistanceOfCodes(s, 0, 6, s, 7, 6)).toBe(1);
    expect(editDistanceOfCodes(s, 0, 3, s, 7, 2)).toBe(1);
  });
});
