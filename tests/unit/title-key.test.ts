import { describe, expect, it } from 'vitest';
import { titleKey } from '../../utils/text/title-key';
import { isPageTitle } from '../../utils/text/notice-meta';

/** The definition titleKey keeps: white space, Unicode punctuation and symbols removed. */
const reference = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** The blocks titleKey strips with its literal class (utils/text/title-key.ts COMMON). */
const COMMON_BLOCKS: [number, number][] = [
  [0x0000, 0x00ff], [0x2000, 0x206f], [0x2500, 0x27bf], [0x3000, 0x303f], [0x4e00, 0x9fff], [0xfe30, 0xfe4f], [0xff00, 0xffef],
];

describe('titleKey', () => {
  it('keeps letters and digits of a government title, lower case', () => {
    expect(titleKey('西安市工业和信息化局关于印发《2024年工业稳增长若干措施》的通知_通知公告')).toBe('西安市工业和信息化局关于印发2024年工业稳增长若干措施的通知通知公告');
    expect(titleKey('Notice of Public Hearing – Ordinance No. 2024-17 | City of Madison')).toBe('noticeofpublichearingordinanceno202417cityofmadison');
    expect(titleKey('（一）　关于“十四五”规划的决定 ● 第777号')).toBe('一关于十四五规划的决定第777号');
  });

  it('strips outside the common blocks as the Unicode classes do (emoji, Cyrillic, letterlike symbols)', () => {
    expect(titleKey('Решение № 5 — о бюджете 🙂')).toBe('решение5обюджете');
    expect(titleKey('温度 25℃ 以上')).toBe('温度25以上');
  });

  it('strips every character of the common blocks exactly as [\\s\\p{P}\\p{S}] does', () => {
    let checked = 0;
    const differ: string[] = [];
    for (const [from, to] of COMMON_BLOCKS) {
      for (let c = from; c <= to; c++) {
        const s = `a${String.fromCharCode(c)}b`;
        if (titleKey(s) !== reference(s)) differ.push(c.toString(16));
        checked++;
      }
    }
    expect(differ).toEqual([]);
    expect(checked).toBe(256 + 112 + 704 + 64 + 20992 + 32 + 240);
  });

  it('still tells a page title from a line that is not one', () => {
    const titles = ['关于做好2024年安全生产工作的通知_通知公告_西安市工业和信息化局'];
    expect(isPageTitle('关于做好2024年安全生产工作的通知', titles)).toBe(true);
    expect(isPageTitle('发布时间：2024-03-20　来源：市工信局', titles)).toBe(false);
  });
});
