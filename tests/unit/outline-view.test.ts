/** utils/text/outline-view.ts: what a long outline shows (collapsed branches, filter, counts) and where keys move. */
import { describe, expect, it } from 'vitest';
import { initiallyCollapsed, outlineMove, outlineRows, visibleCurrent } from '../../utils/text/outline-view';
import { followReadingPosition } from '../../utils/page/reading-position';

const entry = (index: number, level: number, lead: string) => ({ index, level, lead });
// 一、 (（一） (1. 2.) （二）) 二、 (（一）) 三、
const ITEMS = [
  entry(0, 1, '一、总体要求'),
  entry(1, 2, '（一）加快企业搬迁'),
  entry(2, 3, '1.制定搬迁计划'),
  entry(3, 3, '2.落实搬迁资金'),
  entry(4, 2, '（二）优化营商环境'),
  entry(5, 1, '二、重点任务'),
  entry(6, 2, '（一）推进ABC改革'),
  entry(7, 1, '三、保障措施'),
];
const shown = (rows: { item: { index: number } }[]) => rows.map((r) => r.item.index);

describe('outlineRows', () => {
  it('shows every item, with depth, parent, branch counts and sibling positions', () => {
    const rows = outlineRows(ITEMS, new Set());
    expect(shown(rows)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(rows.map((r) => r.depth)).toEqual([0, 1, 2, 2, 1, 0, 1, 0]);
    expect(rows.map((r) => r.parent)).toEqual([null, 0, 1, 1, 0, null, 5, null]);
    expect(rows.map((r) => r.descendants)).toEqual([4, 2, 0, 0, 0, 1, 0, 0]);
    expect(rows.map((r) => `${r.position}/${r.siblings}`)).toEqual(['1/3', '1/2', '1/2', '2/2', '2/2', '2/3', '1/1', '3/3']);
    expect(rows.map((r) => r.expanded)).toEqual([true, true, false, false, false, true, false, false]);
  });

  it('hides what is under a collapsed branch and keeps its count', () => {
    const rows = outlineRows(ITEMS, new Set([1, 5]));
    expect(shown(rows)).toEqual([0, 1, 4, 5, 7]);
    const branch = rows.find((r) => r.item.index === 1)!;
    expect(branch).toMatchObject({ expanded: false, descendants: 2 });
  });

  it('filters by the directive text, showing the ancestors of each match and nothing else', () => {
    expect(shown(outlineRows(ITEMS, new Set(), '搬迁资金'))).toEqual([0, 1, 3]);
    // A match inside a collapsed branch still shows: the filter opens the way to it.
    expect(shown(outlineRows(ITEMS, new Set([0, 1]), '搬迁'))).toEqual([0, 1, 2, 3]);
    // Folded: full-width and upper-case letters, and spaces between Chinese characters, still match.
    expect(shown(outlineRows(ITEMS, new Set(), 'ａｂｃ'))).toEqual([5, 6]);
    expect(shown(outlineRows(ITEMS, new Set(), '保障 措施'))).toEqual([7]);
    expect(outlineRows(ITEMS, new Set(), '不存在的词')).toEqual([]);
  });
});

describe('initiallyCollapsed', () => {
  it('collapses nothing in a short outline', () => {
    expect(initiallyCollapsed(ITEMS).size).toBe(0);
  });

  it('shows the first two levels of a long one', () => {
    // 6 sections × 3 subsections × 4 items = 6 + 18 + 72 = 96 directives.
    const long = [];
    for (let a = 0; a < 6; a++) {
      long.push(entry(long.length, 1, `第${a}部分`));
      for (let b = 0; b < 3; b++) {
        long.push(entry(long.length, 2, `（${b}）小节`));
        for (let c = 0; c < 4; c++) long.push(entry(long.length, 3, `${c}.事项`));
      }
    }
    expect(long.length).toBe(96);
    // Longer than the 40 entries an outline shows open.
    expect(long.length).toBeGreaterThan(40);
    const collapsed = initiallyCollapsed(long);
    expect(collapsed.size).toBe(18);
    const rows = outlineRows(long, collapsed);
    expect(rows.length).toBe(24);
    expect(rows.every((r) => r.item.level <= 2)).toBe(true);
    expect(rows[1]).toMatchObject({ descendants: 4, expanded: false });
  });
});

describe('visibleCurrent', () => {
  it('marks the item being read, or its nearest shown ancestor when it is collapsed away', () => {
    expect(visibleCurrent(ITEMS, outlineRows(ITEMS, new Set()), 3)).toBe(3);
    expect(visibleCurrent(ITEMS, outlineRows(ITEMS, new Set([1])), 3)).toBe(1);
    expect(visibleCurrent(ITEMS, outlineRows(ITEMS, new Set([0])), 3)).toBe(0);
    expect(visibleCurrent(ITEMS, outlineRows(ITEMS, new Set()), null)).toBeNull();
  });
});

describe('outlineMove', () => {
  const rows = outlineRows(ITEMS, new Set([5]));
  it('moves up, down, home and end through the visible rows, and stops at the edges', () => {
    expect(outlineMove(rows, 0, 'ArrowDown')).toEqual({ focus: 1 });
    expect(outlineMove(rows, 4, 'ArrowDown')).toEqual({ focus: 5 });
    expect(outlineMove(rows, 5, 'ArrowDown')).toEqual({ focus: 7 }); // 6 is collapsed away
    expect(outlineMove(rows, 1, 'ArrowUp')).toEqual({ focus: 0 });
    expect(outlineMove(rows, 0, 'ArrowUp')).toBeNull();
    expect(outlineMove(rows, 7, 'ArrowDown')).toBeNull();
    expect(outlineMove(rows, 3, 'Home')).toEqual({ focus: 0 });
    expect(outlineMove(rows, 3, 'End')).toEqual({ focus: 7 });
  });

  it('opens, enters, closes and leaves branches with Right and Left', () => {
    expect(outlineMove(rows, 5, 'ArrowRight')).toEqual({ toggle: 5, expand: true });
    expect(outlineMove(rows, 1, 'ArrowRight')).toEqual({ focus: 2 });
    expect(outlineMove(rows, 2, 'ArrowRight')).toBeNull(); // a leaf
    expect(outlineMove(rows, 1, 'ArrowLeft')).toEqual({ toggle: 1, expand: false });
    expect(outlineMove(rows, 3, 'ArrowLeft')).toEqual({ focus: 1 });
    expect(outlineMove(rows, 7, 'ArrowLeft')).toBeNull(); // a top-level leaf
    expect(outlineMove(rows, 0, 'a')).toBeNull();
  });
});

describe('followReadingPosition (the directive being read)', () => {
  /** A 750 px viewport (reading line at 250 px) whose marks sit at `tops`; scrolling moves them to new tops. */
  function viewport(tops: number[]) {
    let now = tops;
    const marks = now.map((_, i) => {
      const el = document.createElement('span');
      el.getBoundingClientRect = () => ({ top: now[i]! }) as DOMRect;
      return el;
    });
    const observed: Element[] = [];
    const win = Object.assign(new EventTarget(), {
      innerHeight: 750,
      IntersectionObserver: class {
        observe = (el: Element) => void observed.push(el);
        disconnect = () => void observed.splice(0);
      },
    }) as unknown as Window;
    const scrollTo = (next: number[]) => {
      now = next;
      win.dispatchEvent(new Event('scrollend'));
    };
    return { win, marks, observed, scrollTo };
  }

  it('is the last mark whose top has passed the reading line, followed as the reader scrolls, and stops', () => {
    const v = viewport([-500, -20, 100, 400, 900]);
    const seen: (number | null)[] = [];
    const stop = followReadingPosition(v.win, v.marks, (i) => seen.push(i));
    expect(v.observed).toHaveLength(5);
    expect(seen).toEqual([2]);
    v.scrollTo([-650, -170, -50, 250, 750]); // 150 px further: the fourth mark is on the line
    v.scrollTo([-660, -180, -60, 240, 740]); // still the fourth: not called again
    v.scrollTo([300, 780, 900, 1200, 1700]); // back to the top: none has passed it
    v.scrollTo([-2900, -2400, -2300, -2000, -1500]); // the end: all have passed it
    expect(seen).toEqual([2, 3, null, 4]);
    stop();
    expect(v.observed).toHaveLength(0);
    v.scrollTo([300, 780, 900, 1200, 1700]);
    expect(seen).toEqual([2, 3, null, 4]);
  });

  it('follows nothing without marks', () => {
    const v = viewport([]);
    const seen: (number | null)[] = [];
    followReadingPosition(v.win, v.marks, (i) => seen.push(i))();
    expect(seen).toEqual([]);
  });
});
