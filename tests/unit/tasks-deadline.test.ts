import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../utils/tasks/deadline';

const PUB = '2025-10-08';
const date = (s: string, published = PUB) => {
  const due = findDeadline(s, published);
  return due?.kind === 'date' ? due.date : due ? due.kind : null;
};

describe('absolute deadlines', () => {
  it('reads a full date with 前, in ASCII, full-width and Chinese numerals', () => {
    expect(date('各区县于2025年11月30日前完成排查。')).toBe('2025-11-30');
    expect(date('２０２５年６月３０日前完成改厕５０００户。', '2025-03-12')).toBe('2025-06-30');
    expect(date('二〇二五年十二月三十一日前实现全覆盖。')).toBe('2025-12-31');
    expect(date('二零二六年一月十日以前报送。')).toBe('2026-01-10');
  });

  it('resolves 月底 / 年底 / 旬 / 季度末 / 半年 against the publication date', () => {
    expect(date('完成时限：12月底前。')).toBe('2025-12-31');
    expect(date('年底前出台实施意见。')).toBe('2025-12-31');
    expect(date('明年6月底前建成。')).toBe('2026-06-30');
    expect(date('2026年1月中旬前完成述职。')).toBe('2026-01-20');
    expect(date('11月上旬前完成。')).toBe('2025-11-10');
    expect(date('本季度末前完成自查。')).toBe('2025-12-31');
    expect(date('上半年完成春季战役。', '2025-03-12')).toBe('2025-06-30');
    expect(date('本月底前报送。')).toBe('2025-10-31');
  });

  it('takes a month already past at publication as next year, unless the text names the year', () => {
    expect(date('3月底前下达资金计划。')).toBe('2026-03-31');
    expect(date('第一季度末前开展督查。')).toBe('2026-03-31');
    expect(date('上半年完成。')).toBe('2026-06-30');
    expect(date('2025年3月底前下达资金计划。', '2025-02-01')).toBe('2025-03-31');
    // the month of publication itself is not past
    expect(date('10月31日前报送。')).toBe('2025-10-31');
  });

  it('reads English deadlines', () => {
    expect(date('to be published by 15 December 2026;', '2026-09-14')).toBe('2026-12-15');
    expect(date('report no later than 30 June 2027.', '2026-09-14')).toBe('2027-06-30');
    expect(date('returned if not spent by September 30, 2024.', '2024-03-21')).toBe('2024-09-30');
    expect(date('a revised scheme by the end of March 2025', '2024-09-19')).toBe('2025-03-31');
  });

  it('reads a date labelled as the deadline without 前, and a weekday between the date and 前', () => {
    expect(date('报名截止时间为10月31日。')).toBe('2025-10-31');
    expect(date('完成时限：2026年6月底。')).toBe('2026-06-30');
    expect(date('请于11月28日（星期五）前报送。')).toBe('2025-11-28');
    expect(date('截至10月31日，共受理申请1200件。')).toBeNull();
  });

  it('keeps the text as written', () => {
    expect(findDeadline('确保于２０２５年１月底前发放到位。', '2024-12-02')).toEqual({ kind: 'date', date: '2025-01-31', text: '２０２５年１月底前' });
  });

  it('takes the first deadline of the passage', () => {
    expect(date('2026年1月中旬前完成述职评议工作，各县区于2026年1月25日前将情况报市委组织部。')).toBe('2026-01-20');
  });
});

describe('recurring and relative deadlines', () => {
  it('reads recurrences, not one date', () => {
    expect(findDeadline('每月10日前将上月值班情况报区应急管理局。', PUB)).toEqual({ kind: 'recurring', every: 'month', day: 10, text: '每月10日前' });
    expect(findDeadline('各区要于每季度末将建设进展报送市数据局。', PUB)).toEqual({ kind: 'recurring', every: 'quarter', text: '每季度末' });
    expect(findDeadline('每年6月底前报送年度项目计划。', PUB)).toEqual({ kind: 'recurring', every: 'year', month: 6, text: '每年6月底前' });
    expect(findDeadline('每周五前汇总。', PUB)).toEqual({ kind: 'recurring', every: 'week', day: 5, text: '每周五前' });
    expect(findDeadline('每月底前报送统计报表。', PUB)).toEqual({ kind: 'recurring', every: 'month', text: '每月底前' });
    expect(findDeadline('每半年末开展一次评估。', PUB)).toEqual({ kind: 'recurring', every: 'half-year', text: '每半年末' });
    expect(findDeadline('每年年底前报送工作总结。', PUB)).toEqual({ kind: 'recurring', every: 'year', text: '每年年底前' });
  });

  it('keeps deadlines that run from a start as text', () => {
    expect(findDeadline('即日起，全市政务服务事项实行“一网通办”。', PUB)).toEqual({ kind: 'relative', text: '即日起' });
    expect(findDeadline('各单位要自事件发生之日起2小时内报送初步情况。', PUB)).toEqual({ kind: 'relative', text: '自事件发生之日起2小时内' });
    expect(findDeadline('新建、改建管线竣工验收后1个月内完成数据更新。', PUB)).toEqual({ kind: 'relative', text: '新建、改建管线竣工验收后1个月内' });
    expect(findDeadline('submit the appraisal within 30 days of the close of the consultation', PUB)).toEqual({ kind: 'relative', text: 'within 30 days of' });
  });

  it('trap: a frequency and a duration with no start are no deadline (beside a recurrence and a relative one)', () => {
    expect(date('每季度通报一次工作进展。')).toBeNull();
    expect(date('每年至少组织一次综合应急预案演练。')).toBeNull();
    expect(date('重要汛情险情要在30分钟内电话报告。')).toBeNull();
    expect(date('The Fund must be spent within a six-month period.')).toBeNull();
    expect(date('每季度末组织一次联合演练。')).toBe('recurring');
    expect(date('完工后30日内完成验收。')).toBe('relative');
  });
});

describe('dates that are not deadlines', () => {
  it('trap: an event date, a schedule, a start (beside a deadline in the same notice)', () => {
    expect(date('会议于9月4日召开。')).toBeNull();
    expect(date('日前，国务院办公厅印发了实施意见。')).toBeNull();
    expect(date('预计11月30日前后完成主体施工。')).toBeNull();
    expect(date('6月上旬，各地组织开展“安全宣传咨询日”活动。', '2024-05-22')).toBeNull();
    expect(date('2025年起，高危行业企业每半年至少组织一次专项演练。')).toBeNull();
    expect(date('5月起，落实水库汛限水位控制措施。', '2024-03-29')).toBeNull();
    expect(date('7月底前，各市州完成一次跨部门联合演练。', '2024-05-22')).toBe('2024-07-31');
  });

  it('trap: statistics and targets (beside 年底前)', () => {
    expect(date('截至2025年10月底，全市已建成5G基站1.2万个。')).toBeNull();
    expect(date('2025年以来，累计完成投资3.6亿元。')).toBeNull();
    expect(date('到2027年，全省制造业增加值占比保持在33%左右。')).toBeNull();
    expect(date('到2026年底，基本完成改造任务。', '2024-05-22')).toBeNull();
    expect(date('确保年底前完成投资任务。', '2024-11-19')).toBe('2024-12-31');
  });

  it('trap: an effective date and a validity period (beside 即日起)', () => {
    expect(date('本办法自2025年1月1日起施行。', '2024-12-02')).toBeNull();
    expect(date('本通告自发布之日起施行。')).toBeNull();
    expect(date('本通知自即日起施行。')).toBeNull();
    expect(date('本意见自印发之日起施行，有效期至2025年12月31日。', '2024-04-18')).toBeNull();
    expect(date('自即日起开展专项整治。')).toBe('relative');
    expect(findDeadline('即日起至12月31日，开展专项整治。', PUB)).toEqual({ kind: 'relative', text: '即日起至12月31日' });
  });

  it('trap: eligibility dates (beside a deadline whose clause has 的)', () => {
    expect(date('2024年9月1日前出生的适龄儿童均可报名。', '2024-04-15')).toBeNull();
    expect(date('2024年6月30日前在本区办理居住证的随迁子女。', '2024-04-15')).toBeNull();
    expect(date('2000年底前建成、居民改造意愿强烈的住宅小区。', '2024-05-22')).toBeNull();
    expect(date('2024年9月30日前完成本单位政务新媒体的自查清理工作。', '2024-08-14')).toBe('2024-09-30');
  });

  it('trap: a date long before publication is a reference (beside one just before it)', () => {
    expect(date('2023年6月30日前已完成的项目不再重复申报。', '2025-10-08')).toBeNull();
    expect(date('10月1日前完成。', '2025-10-08')).toBe('2025-10-01');
  });

  it('trap: English dates without by (beside one with it)', () => {
    expect(date('The Working Group met on 4 September 2026.', '2026-09-14')).toBeNull();
    expect(date('The statement came into force on 1 April 2026.', '2026-09-14')).toBeNull();
    expect(date('the scheme for 1 October 2024 to 31 March 2025', '2024-09-19')).toBeNull();
    expect(date('published by 30 September 2024', '2024-09-19')).toBe('2024-09-30');
    expect(date('(2) Where, before 1st April 2025, a liable person has applied for a review,', '2024-03-01')).toBeNull();
    expect(findDeadline('(2) The first report must be published before 6th April 2029.', '2024-03-01')).toEqual({ kind: 'date', date: '2029-04-06', text: 'before 6th April 2029' });
  });

  it('keeps a month-only date it cannot place as text when the publication date is unknown', () => {
    expect(findDeadline('12月底前完成。', '')).toEqual({ kind: 'relative', text: '12月底前' });
    expect(date('2025年11月30日前完成。', '')).toBe('2025-11-30');
  });
});
