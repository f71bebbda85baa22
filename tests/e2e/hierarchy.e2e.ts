import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { closedUi } from './closed-root';

// A provincial notice numbered four levels deep (一、 → （一） → 1． → （1）), in a template that
// prints its body twice in sibling boxes. Each directive must carry its level on the page, and the
// outline must nest as the numbering does: a reader sees each level indented under its parent.
const env = useChromium();
let page: Page;

/** Written out by hand from the page: marker, level, the first words, and the outline parent (by index). */
const EXPECTED: [ordinal: string, level: number, starts: string, parent: number | null][] = [
  ['一、', 1, '一、总体目标', null],
  ['二、', 1, '二、重点任务', null],
  ['（一）', 2, '（一）实施梯度培育工程', 1],
  ['1．', 3, '1．建立优质企业培育库', 2],
  ['2．', 3, '2．强化分类指导服务', 2],
  ['（1）', 4, '（1）对入库企业开展', 4],
  ['（2）', 4, '（2）对首次认定为国家级', 4],
  ['（3）', 4, '（3）支持专精特新企业', 4],
  ['（二）', 2, '（二）强化融资支持', 1],
  ['1．', 3, '1．扩大信贷投放', 8],
  ['2．', 3, '2．发挥政府性融资担保', 8],
  ['（三）', 2, '（三）优化公共服务', 1],
  ['1．', 3, '1．健全服务体系', 11],
  ['2．', 3, '2．开展“一起益企”', 11],
  ['三、', 1, '三、保障措施', null],
  ['（一）', 2, '（一）加强组织领导', 14],
  ['（二）', 2, '（二）强化监测评估', 14],
];

beforeAll(async () => {
  page = await openAnalyzed(env.browser.context, env.server.url('www.shaanxi.gov.cn', 'corpus/pages/sx-gov-notice.html'));
});

describe('a notice numbered four levels deep', () => {
  it('marks every directive on the page with its level, in the copy the reader sees', async () => {
    const marks = await page.$$eval('[data-nl-directive]', (els) =>
      els.map((el) => ({
        ordinal: el.getAttribute('data-nl-ordinal'),
        level: Number(el.getAttribute('data-nl-level')),
        text: el.textContent,
        visible: (el as HTMLElement).offsetParent !== null,
      })),
    );
    expect(marks).toHaveLength(EXPECTED.length);
    expect(marks.map((m) => [m.ordinal, m.level])).toEqual(EXPECTED.map(([o, l]) => [o, l]));
    marks.forEach((m, i) => {
      expect(m.text!.startsWith(EXPECTED[i]![2]), `${m.text} starts with ${EXPECTED[i]![2]}`).toBe(true);
      expect(m.visible).toBe(true);
    });
    expect(new Set(marks.map((m) => m.level))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('nests the outline as the numbering does, each level indented further', async () => {
    const ui = closedUi(page);
    expect(await ui.count('[data-nl-outline-item]')).toBe(EXPECTED.length);
    const rows: { ordinal: string; parent: number | null; depth: number; left: number }[] = [];
    for (let i = 0; i < EXPECTED.length; i++) {
      // The outline is a tree (role="tree"): each row says its depth with aria-level, as a screen reader
      // hears it; the parent is the nearest earlier row one level up.
      const row = await ui.evaluate('[data-nl-outline-item]', (el) => {
        const ordinal = el.querySelector('.nl-ordinal')!;
        return {
          ordinal: (ordinal as HTMLElement).innerText,
          depth: Number(el.getAttribute('aria-level')),
          left: ordinal.getBoundingClientRect().left,
        };
      }, undefined, i);
      let parent: number | null = null;
      for (let j = i - 1; j >= 0; j--) if (rows[j]!.depth === row.depth - 1) { parent = j; break; }
      rows.push({ ...row, parent });
    }
    expect(rows.map((r) => r.ordinal)).toEqual(EXPECTED.map(([o]) => o));
    expect(rows.map((r) => r.parent)).toEqual(EXPECTED.map(([, , , p]) => p));
    expect(rows.map((r) => r.depth)).toEqual(EXPECTED.map(([, l]) => l));
    // What the reader sees: the marker of every entry starts further right than its parent's, and
    // entries of one level line up.
    const leftOf = new Map<number, number>();
    rows.forEach((r, i) => {
      const level = EXPECTED[i]![1];
      if (r.parent !== null) expect(r.left, `${r.ordinal} indented under its parent`).toBeGreaterThan(rows[r.parent]!.left + 4);
      if (leftOf.has(level)) expect(r.left).toBeCloseTo(leftOf.get(level)!, 0);
      else leftOf.set(level, r.left);
    });
    expect(leftOf.size).toBe(4);
  });
});
