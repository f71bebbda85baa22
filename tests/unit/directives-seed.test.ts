import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

// The seed page's body appears twice; the product hides the duplicate before
// directives run, so the tests read one copy.
const RAW = readFileSync('/work/shared/seed/000_cc35e6d18870d5bf.txt', 'utf8');
const ONE_COPY = RAW.slice(0, RAW.indexOf('9月4日上午', 1));

describe('the seed meeting report (市工信委全体干部大会)', () => {
  it('finds six directives 一要 … 四要, 五是, 六是 at level 1', () => {
    const found = findDirectives(ONE_COPY);
    expect(found.map((d) => d.ordinal)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    expect(found.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(found.every((d) => d.level === 1)).toBe(true);
  });

  it('gives each its lead sentence', () => {
    const leads = findDirectives(ONE_COPY).map((d) => ONE_COPY.slice(d.start, d.leadEnd));
    expect(leads).toEqual([
      '一要坚决打好秦岭保卫战。',
      '二要认真开展作风问题大排查。',
      '三要抓好省市考指标进度。',
      '四要加快推进“最多跑一次”改革项目建设。',
      '五是加快推进企业搬迁。',
      '六是切实抓好“散乱污”企业整治攻坚工作。',
    ]);
  });

  it('starts each directive after the tab its paragraph begins with', () => {
    for (const d of findDirectives(ONE_COPY)) {
      expect(ONE_COPY.slice(d.start, d.markerEnd)).toBe(d.ordinal);
      expect(['\n', '\t']).toContain(ONE_COPY[d.start - 1]);
    }
  });

  it('reads the doubled page as two lists of six', () => {
    const found = findDirectives(RAW);
    expect(found.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
  });
});

describe('directive offsets', () => {
  const text = [
    '关于进一步加强安全生产工作的通知',
    '一、提高思想认识',
    '（一）强化红线意识。一是压实企业主体责任；二是落实部门监管责任。',
    '（二）强化底线思维。',
    '二、狠抓隐患整治',
    '会议要求，一要全面排查；二要限时整改。',
  ].join('\n');

  it('returns directives in document order with consistent offsets', () => {
    const found = findDirectives(text);
    expect(found.length).toBe(8);
    for (let k = 0; k < found.length; k++) {
      const d = found[k];
      expect(d.start).toBeLessThan(d.markerEnd);
      expect(d.markerEnd).toBeLessThanOrEqual(d.leadEnd);
      expect(text.slice(d.start, d.markerEnd).startsWith(d.ordinal)).toBe(true);
      if (k) expect(found[k - 1].start).toBeLessThan(d.start);
    }
  });

  it('never lets a lead cross a block', () => {
    for (const d of findDirectives(text)) expect(text.slice(d.start, d.leadEnd)).not.toContain('\n');
  });
});

describe('directive parser speed', () => {
  const time = (text: string) => {
    const t0 = performance.now();
    const found = findDirectives(text);
    return { ms: performance.now() - t0, found };
  };

  it('reads a 200k-character notice in a few milliseconds', () => {
    findDirectives(ONE_COPY); // warm up the regexes
    let text = '';
    while (text.length < 200_000) text += `${ONE_COPY}\n`;
    const { ms, found } = time(text);
    expect(found.length).toBeGreaterThan(100);
    expect(ms).toBeLessThan(150);
  });

  it('stays linear on pathological input', () => {
    const inputs = [
      '一是'.repeat(100_000),
      '，一要'.repeat(70_000),
      '。（一）'.repeat(50_000),
      '“'.repeat(200_000),
      '一、\n'.repeat(70_000),
      `${'一是，'.repeat(60_000)}。`,
      '1.1 '.repeat(50_000),
    ];
    for (const text of inputs) expect(time(text).ms, text.slice(0, 6)).toBeLessThan(300);
  });
});
