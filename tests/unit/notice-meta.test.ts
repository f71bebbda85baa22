import { describe, expect, it } from 'vitest';
import { isClosingDate, isDateLine, isInfoLine, isMemoLine, isPageTitle, normalizeDate } from '../../utils/text/notice-meta';

describe('dates in English', () => {
  it('reads gov.uk and U.S. styles', () => {
    expect(normalizeDate('Published 24 April 2023')).toBe('2023-04-24');
    expect(normalizeDate('1 Apr 2024')).toBe('2024-04-01');
    expect(normalizeDate('September 30, 2020')).toBe('2020-09-30');
    expect(normalizeDate('Sept. 3, 2020')).toBe('2020-09-03');
    expect(normalizeDate('2020-09-30')).toBe('2020-09-30');
  });
  it('is not fooled by numbers that are not dates', () => {
    expect(normalizeDate('12 weeks of paid leave in 2020')).toBe('');
    expect(normalizeDate('May 2024')).toBe('');
    expect(normalizeDate('31 Foo 2024')).toBe('');
  });
});

describe('lines under a title', () => {
  it('takes gov.uk metadata as an info line', () => {
    expect(isInfoLine('From: HM Revenue & Customs Published 1 April 2024')).toBe(true);
  });
  it('recognises an unlabelled date line, not a sentence that mentions a date', () => {
    expect(isDateLine('2024-04-18 19:32 深圳市应急管理局')).toBe(true);
    expect(isDateLine('1 April 2024')).toBe(true);
    expect(isDateLine('2024年3月20日')).toBe(true);
    expect(isDateLine('4月18日，市委常委、常务副市长主持召开全市安全生产工作电视电话会议，2024年4月18日。')).toBe(false);
    expect(isDateLine('Paid parental leave is available for births occurring on or after October 1, 2020.')).toBe(false);
    expect(isDateLine('市应急管理局')).toBe(false);
  });
  it('recognises the date a notice is signed with, alone on its line', () => {
    expect(isClosingDate('2024年3月20日')).toBe(true);
    expect(isClosingDate('　　　　2024年 3月20日')).toBe(true);
    expect(isClosingDate('二〇二四年三月二十日')).toBe(true);
    expect(isClosingDate('请于2024年3月20日前报送。')).toBe(false);
    expect(isClosingDate('2024-03-20')).toBe(false);
  });
  it('recognises a memorandum header', () => {
    expect(isMemoLine('MEMORANDUM FOR HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES')).toBe(true);
    expect(isMemoLine('SUBJECT: Paid Parental Leave')).toBe(true);
    expect(isMemoLine('FROM: Director')).toBe(true);
    expect(isMemoLine('From the start of the year, agencies must report.')).toBe(false);
  });
});

describe('the page title', () => {
  const titles = ['关于开展2024年度排污许可证执行报告检查工作的通知-中华人民共和国生态环境部'];
  it('matches the heading that repeats the <title>, in any CMS layout', () => {
    expect(isPageTitle('关于开展2024年度排污许可证执行报告检查工作的通知', titles)).toBe(true);
    expect(isPageTitle('市工信委召开全体干部大会 安排部署下阶段重点工作', ['市工信委召开全体干部大会安排部署下阶段重点工作_西安市工业和信息化委员会'])).toBe(true);
    expect(isPageTitle('Councils given new powers to tackle fly-tipping', ['Councils given new powers to tackle fly-tipping - GOV.UK'])).toBe(true);
    expect(isPageTitle('某市人民政府 - 关于做好防汛工作的通知', ['某市人民政府-关于做好防汛工作的通知'])).toBe(true);
  });
  it('does not match a short column name or a fragment', () => {
    expect(isPageTitle('通知公告', ['通知公告_周至县人民政府'])).toBe(false);
    expect(isPageTitle('中华人民共和国', titles)).toBe(false);
  });
});
