import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const outline = (text: string) => findDirectives(text).map((d) => `${d.level} ${d.ordinal} ${text.slice(d.markerEnd, d.markerEnd + 4)}`);

const BODY = [
  '各县（市、区）经信局：',
  '现将有关事项通知如下：',
  '一、申报条件',
  '（一）在本市注册登记、具有独立法人资格的中小企业。',
  '（二）近两年未发生重大安全、环保事故。',
  '二、工作要求',
  '（一）各县（市、区）要加强政策宣传。',
  '（二）申报企业对所提交材料的真实性负责。',
  '1.材料须加盖公章。',
  '2.逾期不予受理。',
];

describe('the 附件说明 closing a notice lists files, not directives', () => {
  it('附件：1. on the label\'s line and 2. on the next: the body\'s items stay, the files go', () => {
    const text = [...BODY, '附件：1.2024年度专精特新中小企业申报表', '2.2024年度专精特新中小企业推荐汇总表', '衢州市经济和信息化局', '2024年7月5日'].join('\n');
    expect(outline(text)).toEqual([
      '1 一、 申报条件', '2 （一） 在本市注', '2 （二） 近两年未', '1 二、 工作要求', '2 （一） 各县（市',
      '2 （二） 申报企业', '3 1. 材料须加', '3 2. 逾期不予',
    ]);
  });

  it('a 附件： line of its own, then one file per line, three of them', () => {
    const text = [...BODY, '附件：', '1．申报表', '2．推荐汇总表', '3．承诺书'].join('\n');
    expect(findDirectives(text).map((d) => d.ordinal)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '（二）', '1.', '2.']);
  });

  it('files listed on one line, 附 件 letter-spaced', () => {
    const text = [...BODY.slice(0, 8), '附 件：1.申报表；2.推荐汇总表'].join('\n');
    expect(findDirectives(text).map((d) => d.ordinal)).toEqual(['一、', '（一）', '（二）', '二、', '（一）', '（二）']);
  });

  it('a list under a sentence that names 附件 is still a list; so is one after the files', () => {
    const text = [
      '一、报送材料',
      '请按附件格式报送以下材料：',
      '1.申报表；',
      '2.佐证材料。',
      '附件：1.申报表',
      '二、联系方式',
    ].join('\n');
    expect(findDirectives(text).map((d) => d.ordinal)).toEqual(['一、', '1.', '2.', '二、']);
  });
});

describe("a European act's footnotes cite the Official Journal, and are no items", () => {
  const act = [
    'THE EUROPEAN COMMISSION,',
    'Having regard to Regulation (EU) 2023/988 of the European Parliament and of the Council (1), and in particular Article 20(2) thereof,',
    'Whereas:',
    '(1) Article 20(1) of Regulation (EU) 2023/988 requires manufacturers to notify accidents.',
    '(2) Personal data should be processed in accordance with Regulation (EU) 2016/679.',
    'HAS ADOPTED THIS REGULATION:',
    'Article 1',
    'Subject matter',
    'This Regulation lays down the content of notifications.',
    'Article 2',
    'Entry into force',
    'This Regulation shall enter into force on the twentieth day following that of its publication.',
    'Done at Brussels, 12 March 2024.',
    'For the Commission',
    '(1) OJ L 135, 23.5.2023, p. 1.',
    '(2) Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons (OJ L 119, 4.5.2016, p. 1).',
  ].join('\n');
  it('the recitals and the article stay; the two notes go', () => {
    expect(findDirectives(act).map((d) => d.ordinal)).toEqual(['(1)', '(2)', 'Article 1', 'Article 2']);
  });
});

describe('notes under the figures explain them: no directives', () => {
  const REPORT = [
    '一、一般公共预算收入情况',
    '1—9月，全市一般公共预算收入完成18.6亿元，同比增长5.2%。',
    '二、一般公共预算支出情况',
    '1—9月，全市一般公共预算支出完成42.3亿元，同比增长3.1%。',
  ];

  it('注：1. on the label\'s line and the notes after it, or a 注： line of its own', () => {
    const inline = [...REPORT, '注：1.本表数据为快报数，最终以决算数为准。', '2.收入增幅按可比口径计算。', '3.部分数据因四舍五入存在尾差。'].join('\n');
    expect(findDirectives(inline).map((d) => d.ordinal)).toEqual(['一、', '二、']);
    const own = [...REPORT, '注：', '1.地区生产总值按现价计算，增长速度按不变价格计算。', '2.本公报部分数据为初步统计数。'].join('\n');
    expect(findDirectives(own).map((d) => d.ordinal)).toEqual(['一、', '二、']);
    const annotated = [...REPORT, '注释：1.本表口径为全口径。', '2.同比按可比口径计算。'].join('\n');
    expect(findDirectives(annotated).map((d) => d.ordinal)).toEqual(['一、', '二、']);
  });

  it('注意事项：1. … are the notice\'s own requirements, and stay', () => {
    const text = ['一、培训安排', '培训时间为2026年3月10日至12日。', '二、注意事项：', '1.参训人员须按时报到，不得无故缺席。', '2.培训期间遵守纪律，服从管理。'].join('\n');
    expect(findDirectives(text).map((d) => d.ordinal)).toEqual(['一、', '二、', '1.', '2.']);
    const flat = ['注意事项：', '1.请携带身份证原件报到。', '2.请自备笔记本。'].join('\n');
    expect(findDirectives(flat).map((d) => d.ordinal)).toEqual(['1.', '2.']);
  });
});
