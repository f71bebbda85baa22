import { describe, expect, it } from 'vitest';
import { closingDate, isInfoLabel, isInfoLine, normalizeDate } from '../../utils/text/notice-meta';
import { ownDocNumber } from '../../utils/text/document-marks';
import { readOwnFacts } from '../../utils/facts/own-facts';
import type { FactLine } from '../../utils/facts/lines';

describe("Taiwan's dates in the years of the Republic (民國 113 = 2024)", () => {
  it('reads the 年月日 form, with or without 民国, and the list form 113-05-13', () => {
    expect(normalizeDate('中华民国113年5月10日')).toBe('2024-05-10');
    expect(normalizeDate('修正日期：民国 113 年 05 月 15 日')).toBe('2024-05-15');
    expect(normalizeDate('民国99年12月1日')).toBe('2010-12-01');
    expect(normalizeDate('发布日期：113-05-13')).toBe('2024-05-13');
  });
  it('leaves alone numbers that are no such dates', () => {
    expect(normalizeDate('建党100年5月')).toBe('');
    expect(normalizeDate('版本 113.05.13.2')).toBe('');
    expect(normalizeDate('共99年12月')).toBe('');
  });
  it('a Gregorian date still wins when the string has one', () => {
    expect(normalizeDate('2024年5月10日（民国113年）')).toBe('2024-05-10');
  });
});

describe('labels and dates split over two cells, and press releases dated with the weekday', () => {
  it('a bare label is an info label; a label with its value is an info line', () => {
    expect(isInfoLabel('修正日期：')).toBe(true);
    expect(isInfoLabel('发布日期：2024-05-10')).toBe(false);
    expect(isInfoLabel('法规名称：')).toBe(false);
    expect(isInfoLine('发布日期：2024-05-10')).toBe(true);
  });
  it('a closing date line may name the weekday', () => {
    expect(closingDate('2024年6月3日（星期一）')).toBe('2024-06-03');
    expect(closingDate('2024年6月3日(星期一)')).toBe('2024-06-03');
    expect(closingDate('2024年6月3日（星期一）召开会议')).toBe('');
  });
});

describe("a Taiwan 函's own number and issuer", () => {
  let blocks = 0;
  const line = (text: string): FactLine => ({ text, written: text, chars: text.length, links: 0, cell: false, block: ++blocks });
  const closing = (...texts: string[]) => ({ before: [], after: [], body: [], end: texts.map(line), following: [] });

  it('its 發文字號 (字第 and the number) is a number of its own; a shorter or a spelled-out one is not', () => {
    expect(ownDocNumber('高市劳检字第11331987600号')).toBe('高市劳检字第11331987600号');
    expect(ownDocNumber('经授能字第11320012340号')).toBe('经授能字第11320012340号');
    expect(ownDocNumber('高市劳检字第113319876001234号')).toBe('');
    expect(ownDocNumber('依劳职授字第1130202345号函办理')).toBe('');
  });

  it('a letter closed by its head alone is issued by the site the head heads', () => {
    const letter = closing('五、检送前开指引1份。', '正本：本市各事业单位', '局长 周登财');
    expect(readOwnFacts(letter, '函请本市事业单位落实措施', '高雄市政府勞工局').issuer).toBe('高雄市政府勞工局');
    expect(readOwnFacts(closing('请查照。', '市长 陈其迈'), '', '高雄市政府').issuer).toBe('高雄市政府');
  });

  it("a head who does not head the site's kind of body, or no head, names no issuer", () => {
    expect(readOwnFacts(closing('请查照。', '局长 周登财'), '', '高雄市政府').issuer).toBe('');
    expect(readOwnFacts(closing('请查照。', '正本：本市各事业单位'), '', '高雄市政府勞工局').issuer).toBe('');
    expect(readOwnFacts(closing('局长 周登财'), '', '').issuer).toBe('');
  });
});
