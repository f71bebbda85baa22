import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';
import {
  circledValue, dotDigitValue, parenDigitValue, parseArabic, parseCnNumeral, parseRoman,
} from '../../utils/text/directives/numerals';

describe('directive numerals', () => {
  it('reads Chinese numerals whole, up to 99', () => {
    const cases: [string, number][] = [
      ['一', 1], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十三', 23], ['九十九', 99],
    ];
    for (const [s, n] of cases) expect(parseCnNumeral(s), s).toBe(n);
  });

  it('rejects what is not one numeral', () => {
    for (const s of ['', '两', '一二', '十十', '百']) expect(parseCnNumeral(s), s).toBeNaN();
  });

  it('reads ASCII and full-width digits', () => {
    expect(parseArabic('12')).toBe(12);
    expect(parseArabic('１２')).toBe(12);
    expect(parseArabic('1a')).toBeNaN();
  });

  it('reads only canonical lower-case Roman numerals', () => {
    expect(parseRoman('i')).toBe(1);
    expect(parseRoman('iv')).toBe(4);
    expect(parseRoman('ix')).toBe(9);
    expect(parseRoman('xiv')).toBe(14);
    expect(parseRoman('iiii')).toBe(0);
    expect(parseRoman('vx')).toBe(0);
    expect(parseRoman('a')).toBe(0);
  });

  it('reads enclosed forms', () => {
    expect(circledValue('①'.charCodeAt(0))).toBe(1);
    expect(circledValue('⑳'.charCodeAt(0))).toBe(20);
    expect(circledValue('㉑'.charCodeAt(0))).toBe(21);
    expect(circledValue('㊿'.charCodeAt(0))).toBe(50);
    expect(parenDigitValue('⑵'.charCodeAt(0))).toBe(2);
    expect(dotDigitValue('⒊'.charCodeAt(0))).toBe(3);
    expect(circledValue('一'.charCodeAt(0))).toBe(0);
  });

  it('numbers a long 是 list past ten: 十是 is 10, 十一是 is 11', () => {
    const names = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const text = ['会议部署了下一阶段十二项重点工作：', ...names.map((n) => `${n}是抓好第${n}项工作。具体内容另行通知。`)].join('\n');
    const found = findDirectives(text);
    expect(found.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(found[10].ordinal).toBe('十一是');
  });

  it('numbers headings past ten: 十一、 follows 十、', () => {
    const names = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
    const text = names.map((n) => `${n}、重点任务${n}\n本部分内容从略。`).join('\n');
    const found = findDirectives(text);
    expect(found).toHaveLength(11);
    expect(found.at(-1)).toMatchObject({ ordinal: '十一、', number: 11, level: 1, family: 'cn-top' });
  });

  it('reads full-width arabic markers', () => {
    const text = '工作要求如下：\n１．提高认识。统一思想。\n２．加强协调。形成合力。';
    const found = findDirectives(text);
    expect(found.map((d) => [d.ordinal, d.number])).toEqual([['１．', 1], ['２．', 2]]);
  });
});
