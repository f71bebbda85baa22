import { describe, expect, it } from 'vitest';
import { contextDistance } from '../../utils/anchoring/context-distance';
import { prefixEditDistance } from '../../utils/text/edit-distance';

// The bit-parallel distance must give the table's answer (edit-distance.ts, the reference) on every pair:
// anchoring's context scores, and so which place an annotation goes to, rest on it.
describe('context distance (issue 14)', () => {
  it('agrees with the edit-distance table on contexts up to 32 code units and beyond', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296);
    const alphabet = 'ab某甲，c';
    for (let k = 0; k < 20000; k++) {
      const letters = alphabet.slice(0, 2 + Math.floor(rand() * 5));
      const pick = () => letters[Math.floor(rand() * letters.length)]!;
      const m = Math.floor(rand() * 36);
      let p = '';
      for (let i = 0; i < m; i++) p += pick();
      // The text mostly copies the context, as around a real candidate, with edits.
      let t = '';
      for (let i = 0, n = Math.floor(rand() * 46); i < n; i++) t += rand() < 0.6 && i < m ? p[i] : pick();
      expect(contextDistance(p, t), `${p} / ${t}`).toBe(prefixEditDistance(p, t));
    }
  });

  it('counts edits a reader would see', () => {
    expect(contextDistance('通知如下', '通知如下。一、')).toBe(0); // the text goes on after the context
    expect(contextDistance('通知如下', '通知以下')).toBe(1); // one character replaced
    expect(contextDistance('通知如下', '通如下')).toBe(1); // one deleted
    expect(contextDistance('', '任何')).toBe(0);
    expect(contextDistance('通知', '')).toBe(2);
  });
});
