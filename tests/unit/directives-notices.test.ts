import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const lines = (...blocks: string[]) => blocks.join('\n');
const shape = (text: string) => findDirectives(text).map((d) => `${d.level}:${d.ordinal}`);
const leads = (text: string) => findDirectives(text).map((d) => text.slice(d.start, d.leadEnd));

// Whole notices of the kinds the extension meets, with the usual traps in their
// body text, a 序号 table and an attachment that numbers its own headings.
const OPINION = lines(
  '市人民政府关于进一步促进民营经济高质量发展的实施意见',
  '各区县人民政府，市人民政府各部门：',
  '　　为贯彻落实党中央、国务院和省委、省政府决策部署，进一步优化民营经济发展环境，现提出如下意见。',
  '　　一、总体要求',
  '　　坚持“两个毫不动摇”，按照全省统一要求，以第一时间响应企业诉求为目标。一、二季度全市民营经济增加值同比增长6.1%，占GDP比重达到55.3%。',
  '　　二、主要任务',
  '　　（一）持续优化营商环境。一是深化“放管服”改革；二是规范涉企行政检查；三是健全企业诉求直达机制。',
  '　　（二）加大金融支持力度。',
  '　　1.扩大信贷投放。力争全年新增民营企业贷款1.5亿元以上。',
  '　　2.降低融资成本。',
  '　　（1）落实普惠小微贷款支持工具；',
  '　　（2）开展“银企对接”专项行动。',
  '　　（三）强化要素保障。发展是第一要务，各地要统筹用地、用能指标，优先保障民营企业重大项目。',
  '　　三、保障措施',
  '　　（一）加强组织领导。建立市级联席会议制度，第一书记要带头联系企业。',
  '　　（二）强化督查考核。将落实情况纳入年度目标责任考核。',
  '　　附件：重点任务分工表',
  '序号', '重点任务', '责任单位',
  '1', '深化“放管服”改革', '市政务服务局',
  '2', '扩大信贷投放', '市金融办',
  '附件2',
  '民营企业诉求办理流程',
  '一、受理',
  '企业通过热线、网站等渠道提出诉求。',
  '二、办理',
  '承办单位在5个工作日内办结。',
);

const MINUTES = lines(
  '县政府第12次常务会议纪要',
  '2024年3月5日，县长主持召开县政府第12次常务会议。现将会议议定事项纪要如下：',
  '会议听取了县发改局关于一季度经济运行情况的汇报。会议指出，第一季度全县经济实现平稳开局。',
  '会议要求，各部门要进一步提高认识。第一，要抓紧谋划储备项目，确保储备项目总投资不低于300亿元。第二，要加快项目建设进度，每月通报一次。第三，要强化要素保障。',
  '会议研究了春季森林防火工作。会议强调，首先，要压实防火责任。其次，要加强野外用火管理。最后，要做好扑救准备。',
  '出席：张三 李四 王五',
);

const GUIDANCE = lines(
  'Winter preparedness: guidance for schools',
  '1. What schools must do',
  'Each school must: (a) review its severe weather plan; (b) tell parents how closures will be announced; (c) check heating systems by 1 November.',
  'First, heads should name a senior leader for winter planning. Second, governors should review the plan each term.',
  '2. Support available',
  'Local authorities will publish contact points by 15 October.',
);

describe('a whole 实施意见 with traps, a table and an attachment', () => {
  it('finds the headings and the narrative list, and nothing in the traps', () => {
    expect(shape(OPINION)).toEqual([
      '1:一、', '1:二、', '2:（一）', '3:一是', '3:二是', '3:三是', '2:（二）', '3:1.', '3:2.', '4:（1）', '4:（2）',
      '2:（三）', '1:三、', '2:（一）', '2:（二）',
      '1:一、', '1:二、',
    ]);
  });

  it('gives the attachment headings and the inline items their leads', () => {
    const all = leads(OPINION);
    expect(all.slice(2, 6)).toEqual([
      '（一）持续优化营商环境。', '一是深化“放管服”改革；', '二是规范涉企行政检查；', '三是健全企业诉求直达机制。',
    ]);
    expect(all.slice(-2)).toEqual(['一、受理', '二、办理']);
  });
});

describe('a 会议纪要 with 第一，第二 and 首先…最后', () => {
  it('finds both lists and reads past 第一季度 and 第12次', () => {
    const found = findDirectives(MINUTES);
    expect(found.map((d) => [d.ordinal, d.family, d.level])).toEqual([
      ['第一', 'di', 1], ['第二', 'di', 1], ['第三', 'di', 1],
      ['首先', 'seq', 1], ['其次', 'seq', 1], ['最后', 'seq', 1],
    ]);
    expect(leads(MINUTES)[0]).toBe('第一，要抓紧谋划储备项目，确保储备项目总投资不低于300亿元。');
  });
});

describe('an English guidance page', () => {
  it('nests (a) lists and First/Second under their numbered section', () => {
    expect(shape(GUIDANCE)).toEqual(['1:1.', '2:(a)', '2:(b)', '2:(c)', '2:First', '2:Second', '1:2.']);
    expect(leads(GUIDANCE)[4]).toBe('First, heads should name a senior leader for winter planning.');
  });
});

describe('layouts and edge cases', () => {
  it('returns nothing for empty or blank text', () => {
    expect(findDirectives('')).toEqual([]);
    expect(findDirectives('\n\n\u3000\t\n')).toEqual([]);
  });

  it('copes with \\r\\n line ends', () => {
    const text = '会议强调：\r\n一是抓安全。\r\n二是抓质量。\r\n';
    expect(leads(text)).toEqual(['一是抓安全。', '二是抓质量。']);
  });

  it('finds 一、 items inline after a colon', () => {
    const text = '整治工作分三个阶段进行：一、摸底调查；二、集中整治；三、总结验收。';
    expect(leads(text)).toEqual(['一、摸底调查；', '二、集中整治；', '三、总结验收。']);
  });

  it('finds 1) 2) items', () => {
    const text = lines('报送材料包括：', '1) 申请表；', '2) 营业执照复印件。');
    expect(findDirectives(text).map((d) => [d.ordinal, d.family])).toEqual([['1)', 'arabic-rparen'], ['2)', 'arabic-rparen']]);
  });

  it('finds items after a sentence that closes a quote: …。”二是', () => {
    const text = '一是树牢“一盘棋”思想，做到“全市一盘棋。”二是强化协同联动。';
    expect(findDirectives(text).map((d) => d.ordinal)).toEqual(['一是', '二是']);
  });

  it('does not take 第一、二批 for 第一、', () => {
    const text = '第一、二批试点单位名单已经公布。第二、三批将于年内确定。遴选标准：第一、基础扎实；第二、特色鲜明。';
    expect(leads(text)).toEqual(['第一、基础扎实；', '第二、特色鲜明。']);
  });

  it('reads 其一是 and 其二是', () => {
    expect(findDirectives('问题主要有两个。其一是底数不清。其二是责任不明。').map((d) => d.ordinal)).toEqual(['其一', '其二']);
  });

  it('takes an ordinal inside a lead as that item\'s text, not a new item', () => {
    // 三要 is not at a list position, so it cannot continue the list.
    expect(findDirectives('会议要求：一要讲政治；二要守纪律，做到三要三不要。').map((d) => d.ordinal)).toEqual(['一要', '二要']);
  });
});
