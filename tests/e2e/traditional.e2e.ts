import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './browser-setup';
import { openAnalyzed } from '../tools/browser';
import { blockText, parseText } from '../fixtures/corpus/templates/body';
import { CORPUS, readLabels } from '../eval/observe';
import { closedUi } from './closed-root';

// A Taiwan ministry's 公告 in Traditional characters (經濟部, www.moea.gov.tw), its body printed twice, the second
// copy starting inside the signature paragraph. The rules are written in Simplified and read the page folded
// (utils/text/hant.ts); the reader must see the page as it is written: the copy hidden, the directives marked
// and outlined with their own characters.
const env = useChromium();
const label = readLabels().find((l) => l.id === 'tw-moea-fridge-energy-notice')!;
let page: Page;

/** Written out by hand from the page: marker, level, first words. */
const EXPECTED: [ordinal: string, level: number, starts: string][] = [
  ['一、', 1, '一、適用範圍'], ['二、', 1, '二、容許耗用能源基準'], ['（一）', 2, '（一）電冰箱之能源因數值'], ['（二）', 2, '（二）具自動除霜功能'],
  ['（三）', 2, '（三）國內產製或自國外進口'], ['三、', 1, '三、能源效率分級標示'], ['（一）', 2, '（一）能源效率分級'], ['（二）', 2, '（二）分級標示圖樣'],
  ['（三）', 2, '（三）標示應以黏貼'], ['四、', 1, '四、檢查方式'], ['（一）', 2, '（一）經濟部得派員'], ['（二）', 2, '（二）抽樣檢查之能源因數值'],
  ['（三）', 2, '（三）檢查不合格者'], ['五、', 1, '五、本公告生效前'], ['六、', 1, '六、本部中華民國106年'],
];

const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

beforeAll(async () => {
  page = await openAnalyzed(env.browser.context, env.server.url(label.host, `corpus/${label.file}`));
});

describe('a notice in Traditional Chinese, printed twice', () => {
  it('is taken for a notice and shows its body once', async () => {
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('notice');
    const body = fold(parseText(readFileSync(join(CORPUS, label.text!), 'utf8')).map(blockText).join(''));
    expect(body.length).toBeGreaterThan(600);
    const shown = fold(await page.evaluate(() => document.body.innerText));
    expect(shown.split(body.slice(0, 40)).length - 1, 'the body starts once on screen').toBe(1);
    expect(shown.includes(body.slice(-40)), 'and ends, with its signature').toBe(true);
  });

  it('marks each directive with its ordinal as the page writes it', async () => {
    const marks = await page.$$eval('[data-nl-directive]', (els) =>
      els.map((el) => ({ ordinal: el.getAttribute('data-nl-ordinal'), level: Number(el.getAttribute('data-nl-level')), text: el.textContent ?? '', shown: (el as HTMLElement).offsetParent !== null })),
    );
    expect(marks.map((m) => [m.ordinal, m.level])).toEqual(EXPECTED.map(([o, l]) => [o, l]));
    marks.forEach((m, i) => {
      expect(m.text.replace(/\s+/g, '').startsWith(EXPECTED[i]![2]), `${m.text} starts with ${EXPECTED[i]![2]}`).toBe(true);
      expect(m.shown).toBe(true);
    });
  });

  it('outlines them in the panel, nested, in the page\'s characters', async () => {
    const ui = closedUi(page);
    expect(await ui.count('[data-nl-outline-item]')).toBe(EXPECTED.length);
    for (const i of [0, 2, 9, 14]) {
      const row = await ui.evaluate('[data-nl-outline-item]', (el) => ({ text: (el as HTMLElement).innerText, depth: Number(el.getAttribute('aria-level')) }), undefined, i);
      expect(row.depth).toBe(EXPECTED[i]![1]);
      expect(row.text.replace(/\s+/g, '')).toContain(EXPECTED[i]![2]);
    }
  });
});
