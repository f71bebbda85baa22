import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const shape = (text: string) => findDirectives(text).map((d) => `${d.level}:${d.ordinal}`);
const leads = (text: string) => findDirectives(text).map((d) => text.slice(d.start, d.leadEnd));
const lines = (...blocks: string[]) => blocks.join('\n');

describe('items whose text begins with a number', () => {
  const PLAN = lines(
    '关于推进河湖长制工作的实施方案',
    '一、工作目标',
    '1.2023年起，全面推行河湖长制，建立县乡村三级河湖长体系。',
    '2．2024年底前，完成全县河湖管理范围划定。',
    '3.2025年，河湖面貌明显改善，群众满意度达到90%以上。',
    '二、资金安排',
    '全年安排河湖治理资金3亿元，具体如下。',
    '1.5亿元用于河道清淤疏浚。',
    '1.5亿元用于生态补水工程。',
    '三、时间安排',
    '（1）2025年6月底前完成方案编制；',
    '（2）2025年12月底前完成项目验收。',
    '全县河湖管护人员平均每周巡河时间为：',
    '38.5小时，较上年增加3.2%。',
  );

  it('reads 1.2023年起, 2．2024年 and （1）2025年 as items 1, 2 and (1)', () => {
    expect(shape(PLAN)).toEqual(['1:一、', '2:1.', '2:2．', '2:3.', '1:二、', '1:三、', '2:（1）', '2:（2）']);
    expect(leads(PLAN)[1]).toBe('1.2023年起，全面推行河湖长制，建立县乡村三级河湖长体系。');
    expect(findDirectives(PLAN)[1]).toMatchObject({ family: 'arabic-dot', number: 1 });
  });

  it('leaves quantities at the start of a paragraph alone: 1.5亿元, 38.5小时, 3.2%', () => {
    const found = findDirectives(PLAN);
    expect(found).toHaveLength(8);
    expect(found.map((d) => PLAN.slice(d.start, d.start + 4))).not.toContain('1.5亿');
    expect(found.map((d) => PLAN.slice(d.start, d.start + 4))).not.toContain('38.5');
  });

  it('takes 2.3个工作日内 for item 2 when it carries on a list of firm items', () => {
    const text = lines(
      '（一）优化审批流程',
      '1.推行一窗受理。所有事项进驻政务服务中心。',
      '2.3个工作日内办结一般事项，实行超时默认。',
      '3.推行容缺受理。次要材料缺失的先行受理。',
      '（二）强化监督考核',
      '2.5万元以下的小额支出由经办人审批。',
      '3.5万元以上的支出须集体研究。',
    );
    expect(shape(text)).toEqual(['1:（一）', '2:1.', '2:2.', '2:3.', '1:（二）']);
    expect(leads(text)[2]).toBe('2.3个工作日内办结一般事项，实行超时默认。');
  });

  it('does not make a list of a column of quantities', () => {
    const text = lines(
      '一、主要指标',
      '（一）经济运行。全年主要指标如下。',
      '1.5万人次参加职业技能培训。',
      '2.3万户完成燃气改造。',
      '（二）社会事业。各项事业全面发展。',
      '二、存在问题',
      '部分指标增速放缓。',
    );
    expect(shape(text)).toEqual(['1:一、', '2:（一）', '2:（二）', '1:二、']);
  });
});

describe('full-width and variant forms', () => {
  it('keeps each ordinal as written: 一． (一) 1) ⑴ 1． （1）', () => {
    const text = lines(
      '一．总体要求',
      '坚持稳中求进工作总基调。',
      '二．主要任务',
      '(一)加强组织领导',
      '1)成立工作专班；',
      '2)建立调度机制。',
      '(二)强化要素保障',
      '⑴落实资金保障；',
      '⑵加强人员保障。',
      '三．保障措施',
      '1．加强督查考核。',
      '2．严格责任追究：（1）约谈；（2）通报。',
    );
    const found = findDirectives(text);
    expect(found.map((d) => `${d.level}:${d.ordinal}:${d.family}`)).toEqual([
      '1:一．:cn-top', '1:二．:cn-top', '2:(一):cn-paren', '3:1):arabic-rparen', '3:2):arabic-rparen',
      '2:(二):cn-paren', '3:⑴:arabic-paren', '3:⑵:arabic-paren', '1:三．:cn-top', '2:1．:arabic-dot',
      '2:2．:arabic-dot', '3:（1）:arabic-paren', '3:（2）:arabic-paren',
    ]);
  });

  it('mixes (一) and （二） in one list', () => {
    const text = lines('(一)提高认识', '各单位要高度重视。', '（二）加强协调', '形成工作合力。');
    expect(shape(text)).toEqual(['1:(一)', '1:（二）']);
  });

  it('does not read 一．二季度 or 一.5 as headings, beside real 一． headings', () => {
    const text = lines(
      '一．经济运行',
      '一．二季度全县经济运行总体平稳。',
      '二．存在问题',
      '一.5倍的增速差距仍然存在。',
    );
    expect(shape(text)).toEqual(['1:一．', '1:二．']);
    expect(findDirectives(text)[0].start).toBe(0);
  });

  it('does not read 1) in a sentence as an item, beside a real 1) list', () => {
    const text = lines('详见附件1)和附件2)所列事项。', '主要做法：', '1)建立台账；', '2)定期通报。');
    expect(shape(text)).toEqual(['1:1)', '1:2)']);
    expect(findDirectives(text)[0].start).toBe(text.indexOf('1)建立'));
  });
});
