import { describe, expect, it } from 'vitest';
import { findUnits } from '../../utils/tasks/units';

describe('lead, responsible and report-to units', () => {
  it('reads 牵头单位：…；责任单位：…；配合单位：…', () => {
    expect(findUnits('（一）修订区级专项应急预案。牵头单位：区应急管理局；责任单位：区水利局、区气象局；完成时限：12月底前。')).toEqual({
      lead: '区应急管理局',
      responsible: ['区水利局', '区气象局'],
    });
    expect(findUnits('牵头单位：县住房和城乡建设局；配合单位：县财政局、县生态环境分局。')).toEqual({
      lead: '县住房和城乡建设局',
      responsible: ['县财政局', '县生态环境分局'],
    });
  });

  it('reads 由…牵头, …牵头，…配合 and a bracketed division of labour', () => {
    expect(findUnits('由区住建局牵头，各街道办事处配合，于2025年11月30日前完成排查，并将排查结果报送区应急管理局。')).toEqual({
      lead: '区住建局',
      responsible: ['各街道办事处'],
      reportTo: '区应急管理局',
    });
    expect(findUnits('区应急管理局牵头，区卫生健康局、区消防救援大队配合，每季度末组织一次联合演练。')).toEqual({
      lead: '区应急管理局',
      responsible: ['区卫生健康局', '区消防救援大队'],
    });
    expect(findUnits('（国家发展改革委、商务部牵头，国务院相关部门及各地区按职责分工负责）').lead).toBe('国家发展改革委、商务部');
    expect(findUnits('由市数据局、市公安局牵头，2026年6月底前建成平台。').lead).toBe('市数据局、市公安局');
  });

  it('reads 各区县…负责 as responsible, not lead', () => {
    expect(findUnits('各乡镇人民政府负责组织实施，上半年完成村庄清洁行动。')).toEqual({ responsible: ['各乡镇人民政府'] });
  });

  it('reads whom to report to: 报送… / 报…', () => {
    expect(findUnits('请于2024年7月15日前将检查工作总结报送我部环境影响评价与排放管理司。').reportTo).toBe('我部环境影响评价与排放管理司');
    expect(findUnits('各县区委组织部于2025年1月25日前将述职评议情况报市委组织部组织科。').reportTo).toBe('市委组织部组织科');
    expect(findUnits('4月10日前完成公示，并报省防指办公室备案。').reportTo).toBe('省防指办公室');
  });

  it('trap: units named without a role are no lead (beside a named lead)', () => {
    expect(findUnits('区财政局、区发展改革委要统筹安排应急资金，3月底前下达年度资金计划。').lead).toBeUndefined();
    expect(findUnits('县农业农村局、县住房和城乡建设局、县水利局要建立长效管护机制。')).toEqual({});
    expect(findUnits('县农业农村局牵头，各乡镇人民政府负责实施。').lead).toBe('县农业农村局');
  });

  it('trap: 牵头 that names no unit (beside one that does)', () => {
    expect(findUnits('一是支持链主企业牵头组建创新联合体。').lead).toBeUndefined();
    expect(findUnits('各地要建立由政府主要负责同志牵头的工作协调机制。').lead).toBeUndefined();
    expect(findUnits('各牵头单位要按照任务分工制定实施方案。').lead).toBeUndefined();
    expect(findUnits('由省发展改革委牵头抓好方案组织实施。').lead).toBe('省发展改革委');
  });

  it('trap: 负责制 and a clause that is no unit are not responsible units (beside 各乡镇人民政府负责)', () => {
    expect(findUnits('各县区政府要落实森林防火行政首长负责制，层层压实责任。')).toEqual({});
    expect(findUnits('省领导小组统筹协调，各成员单位要各司其职、密切配合。')).toEqual({});
    expect(findUnits('各镇街主要负责同志要靠前指挥。')).toEqual({});
    expect(findUnits('各乡镇人民政府负责组织实施。')).toEqual({ responsible: ['各乡镇人民政府'] });
  });

  it('trap: 报送 of a thing, not a unit (beside a unit)', () => {
    expect(findUnits('于10月20日前将自查报告报送办公室。').reportTo).toBe('办公室');
    expect(findUnits('各市要于每月5日前报送上月专项行动进展情况。').reportTo).toBeUndefined();
    expect(findUnits('各地要在30分钟内电话报告。').reportTo).toBeUndefined();
    expect(findUnits('每月5日前将上月进展情况报送省发展改革委。').reportTo).toBe('省发展改革委');
  });
});
