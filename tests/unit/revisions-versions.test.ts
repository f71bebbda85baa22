// @vitest-environment happy-dom
/**
 * Issue 16, versions: which bodies count as new (white space and width never do; a page's chrome is not in the
 * body at all), how a version is packed, and how many are kept. Expected values are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze';
import { MAX_VERSIONS, beyondKept, packVersion, sameBody, unpackVersion } from '../../utils/revisions/versions';
import { localDate } from '../../utils/revisions/dates';
import { loadFixture } from './helpers/load-page';

const PAGE = 'http://www.changan.gov.cn/tzgg/2026/1118.html';
const body = (file: string) => analyzePage(loadFixture(`pages/revisions/${file}`)).index!.text;

describe('what counts as a new body', () => {
  it('white space, line breaks and full/half width are the same body', () => {
    expect(sameBody('值班电话：029-85291234\n传　　真：029-85291235', '值班电话：０２９-８５２９１２３４ 传真：029-85291235')).toBe(true);
    expect(sameBody('请各单位于2026年11月30日前报送。', '请各单位于 2026 年 11 月 30 日前报送。')).toBe(true);
  });

  it('one character of the text is a new body (a trap beside the positives above)', () => {
    expect(sameBody('请各单位于2026年11月30日前报送。', '请各单位于2026年12月30日前报送。')).toBe(false);
    expect(sameBody('一、提高思想认识', '一、提高思想认识。')).toBe(false);
  });

  it('the notice body of a real page leaves out its chrome: a new view count and 上一篇/下一篇 change nothing', () => {
    const before = body('notice.html');
    const chrome = body('notice.chrome.html');
    // The body the analysis reads: from the salutation to the date of the 落款, nothing around it.
    expect(before.trim().startsWith('各街道办事处，区政府各工作部门、各直属机构：')).toBe(true);
    expect(before.trim().endsWith('2026年11月18日')).toBe(true);
    for (const chromeText of ['浏览次数', '1379', '上一篇', '下一篇', '2026-11-19', '网站标识码']) expect(before).not.toContain(chromeText);
    // The chrome page also re-flowed a line and printed the phone number in full-width digits.
    expect(chrome).not.toBe(before);
    expect(sameBody(before, chrome)).toBe(true);
  });

  it('the edited page is a new body', () => {
    const edited = body('notice.edited.html');
    expect(sameBody(body('notice.html'), edited)).toBe(false);
    expect(edited).toContain('2026年12月10日前');
  });
});

describe('packing a version', () => {
  it('gives back the exact text, Chinese, full-width punctuation, line breaks and astral characters included', () => {
    const text = `${body('notice.html')}\n附件：𠀋𡈽𡌛（生僻字）🚒`;
    const packed = packVersion({ page: PAGE, savedAt: '2026-11-20T02:00:00.000Z', text });
    expect(packed.chars).toBe(text.length);
    expect(unpackVersion(packed)).toEqual({ page: PAGE, savedAt: '2026-11-20T02:00:00.000Z', text });
  });

  const ratio = (text: string) => packVersion({ page: PAGE, savedAt: '2026-11-20T02:00:00.000Z', text }).body.length / new TextEncoder().encode(text).length;

  it('stores a short notice (1.5 KB) in under 70% of its UTF-8 size, and a long plan in under half', () => {
    const short = body('notice.html');
    expect(new TextEncoder().encode(short).length).toBeGreaterThan(1000);
    expect(ratio(short)).toBeLessThan(0.7);
    const long = analyzePage(loadFixture('pages/long-plan.html')).index!.text;
    expect(long.length).toBeGreaterThan(4000);
    expect(ratio(long)).toBeLessThan(0.5);
  });
});

describe('the last ten', () => {
  it('keeps ten, and names the oldest ones beyond them for deletion', () => {
    expect(MAX_VERSIONS).toBe(10);
    const twelve = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12'];
    expect(beyondKept(twelve)).toEqual(['v1', 'v2']);
    expect(beyondKept(twelve.slice(0, 10))).toEqual([]);
    expect(beyondKept([])).toEqual([]);
  });
});

describe('the date the banner names', () => {
  it('is the local calendar date of the version', () => {
    expect(localDate(new Date(2026, 10, 20, 23, 59).toISOString())).toBe('2026-11-20');
    expect(localDate(new Date(2026, 0, 5, 0, 1).toISOString())).toBe('2026-01-05');
  });
});
