import { describe, expect, it } from 'vitest';
import { extractTaskFacts } from '../../utils/tasks/extract';
import type { TaskFacts } from '../../utils/tasks/model';
import { findDirectives } from '../../utils/text/directives';

const extract = (lines: string[], published: string) => {
  const text = lines.join('\n');
  const directives = findDirectives(text);
  const facts = extractTaskFacts({ text, directives, published });
  return directives.map((d, k) => [text.slice(d.start, d.start + 6), facts[k]!] as [string, TaskFacts]);
};
const due = (f: TaskFacts) => (f.due?.kind === 'date' ? f.due.date : f.due?.kind ?? null);

// A county notice as its CMS prints it: headings, paragraph items, children in paragraphs of their own,
// a closing paragraph after the last item, the contact line and the signature.
const NOTICE = [
  '各乡镇人民政府，县直有关部门：',
  '　　为做好今冬明春应急管理工作，现将有关事项通知如下。',
  '一、完善应急预案体系',
  '　　（一）修订专项预案。牵头单位：县应急管理局；责任单位：县水利局、县气象局；完成时限：12月底前。',
  '　　（二）组织应急演练。各类企业每年至少组织一次综合演练。',
  '　　1.3月底前，各乡镇完成一次联合演练；',
  '　　2.每季度末将演练情况报送县应急管理局。',
  '二、工作要求',
  '　　会议于10月9日召开。各乡镇要于11月20日前将工作总结报送县应急管理局。',
  '联系人：王明，联系电话：0912-1234567。',
  '××县人民政府办公室',
  '2025年10月8日',
];

describe('extractTaskFacts', () => {
  it('gives one entry per directive, in order, {} where a directive names nothing', () => {
    const got = extract(NOTICE, '2025-10-08');
    expect(got.map(([start]) => start)).toEqual(['一、完善应急', '（一）修订专', '（二）组织应', '1.3月底前', '2.每季度末', '二、工作要求']);
    expect(got[0]![1]).toEqual({});
  });

  it('reads each directive from its own section', () => {
    const got = extract(NOTICE, '2025-10-08').map(([, f]) => f);
    expect(got[1]).toEqual({
      due: { kind: 'date', date: '2025-12-31', text: '12月底前' },
      lead: '县应急管理局',
      responsible: ['县水利局', '县气象局'],
    });
    expect(due(got[3]!)).toBe('2026-03-31');
    expect(got[4]).toEqual({ due: { kind: 'recurring', every: 'quarter', text: '每季度末' }, reportTo: '县应急管理局' });
  });

  it("trap: a child's deadline is not its parent's (beside the child that has it)", () => {
    const got = extract(NOTICE, '2025-10-08').map(([, f]) => f);
    expect(got[2]).toEqual({});
    expect(got[0]).toEqual({});
    expect(due(got[3]!)).toBe('2026-03-31');
  });

  it("a heading owns the paragraphs below it, up to the contact line (the meeting date is not its deadline)", () => {
    const got = extract(NOTICE, '2025-10-08').map(([, f]) => f);
    expect(got[5]).toEqual({ due: { kind: 'date', date: '2025-11-20', text: '11月20日前' }, reportTo: '县应急管理局' });
  });

  it("trap: the paragraph after the last item of a paragraph list is the notice's, not the item's", () => {
    const got = extract([
      '一是严格开设审批。各单位开设政务新媒体须按程序备案。',
      '二是开展常态化检查。市政府办公室每季度开展一次抽查。',
      '各单位要于2024年9月30日前完成自查清理工作，并将自查情况报送市政府办公室政务公开科。',
    ], '2024-08-14');
    expect(got.map(([, f]) => f)).toEqual([{}, {}]);
    const heading = extract([
      '一、严格开设审批',
      '各单位开设政务新媒体须按程序备案。',
      '二、开展常态化检查',
      '各单位要于2024年9月30日前完成自查清理工作。',
    ], '2024-08-14');
    expect(due(heading[1]![1])).toBe('2024-09-30');
  });

  it('a parent keeps a deadline of its own text before its first child', () => {
    const got = extract([
      '（一）建设创新中心。2025年底前完成布局规划。',
      '1.新建省级创新中心10家；',
      '2.2027年底前争创国家创新中心2家。',
      '（二）强化人才支撑。每年新增技能人才40万人以上。',
    ], '2024-04-29').map(([, f]) => due(f));
    expect(got).toEqual(['2025-12-31', null, '2027-12-31', null]);
  });

  it('gives nothing for no directives, and reads a malformed publication date as unknown', () => {
    expect(extractTaskFacts({ text: '', directives: [], published: '2025-10-08' })).toEqual([]);
    const text = '（一）修订预案。12月底前完成。';
    expect(extractTaskFacts({ text, directives: [{ start: 0, leadEnd: 8, level: 1 }], published: '10/08/2025' })).toEqual([{ due: { kind: 'relative', text: '12月底前' } }]);
  });

  it('works without a publication date: month-only deadlines stay text', () => {
    const got = extract(['（一）修订预案。12月底前完成。', '（二）开展排查。2025年11月30日前完成。'], '');
    expect(got.map(([, f]) => f.due)).toEqual([{ kind: 'relative', text: '12月底前' }, { kind: 'date', date: '2025-11-30', text: '2025年11月30日前' }]);
  });
});
