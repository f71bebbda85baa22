import { describe, expect, it } from 'vitest';
import { closingDate, isInfoLabel, isInfoLine, normalizeDate } from '../../utils/text/notice-meta';

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
