import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

function brief(text: string) {
  return findDirectives(text).map((d) => [d.ordinal, d.level, text.slice(d.start, d.leadEnd)]);
}
const shape = (text: string) => findDirectives(text).map((d) => `${d.level}:${d.ordinal}`);
const lines = (...blocks: string[]) => blocks.join('\n');

const PLAN = lines(
  '关于印发《2024年全市优化营商环境实施方案》的通知',
  '各区县人民政府，市政府各工作部门，各直属机构：',
  '　　现将《2024年全市优化营商环境实施方案》印发给你们，请认真贯彻执行。',
  '2024年全市优化营商环境实施方案',
  '　　一、总体要求',
  '　　以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，持续优化市场化法治化国际化营商环境。',
  '　　二、重点任务',
  '　　（一）提升政务服务效能。推进政务服务标准化、规范化、便利化。',
  '　　1.深化“一网通办”。2024年底前，政务服务事项网上可办率达到98%以上。',
  '　　2.推行“免证办”。推动电子证照在政务服务领域广泛应用，全年新增应用场景1.5万个。',
  '　　（二）优化市场准入环境。',
  '　　1.持续压缩企业开办时间。',
  '　　（1）全面推行企业开办“一日办结”；',
  '　　（2）推广应用电子营业执照。',
  '　　2.清理隐性壁垒。',
  '　　①全面清理市场准入负面清单以外的准入限制；',
  '　　②建立市场准入效能评估制度。',
  '　　三、保障措施',
  '　　（一）加强组织领导。各级各部门要高度重视，主要负责同志亲自抓、负总责。',
  '　　（二）强化督查考核。将优化营商环境工作纳入年度目标责任考核。',
  '　　附件：重点任务分工表',
);

describe('GB/T 9704 heading levels', () => {
  it('nests 一、 > （一） > 1. > （1） > ① in a 实施方案', () => {
    // ① sits right under 2. here (no （1） in between), so it is level 4, not 5.
    expect(shape(PLAN)).toEqual([
      '1:一、', '1:二、', '2:（一）', '3:1.', '3:2.', '2:（二）', '3:1.', '4:（1）', '4:（2）', '3:2.',
      '4:①', '4:②', '1:三、', '2:（一）', '2:（二）',
    ]);
  });

  it('puts ① at level 5 under （1）', () => {
    const text = lines(
      '一、主要任务', '（一）抓好产业。', '1.培育主体。', '（1）扶持龙头企业：①给予资金奖励；②优先保障用地。',
      '（2）壮大中小企业。', '2.优化布局。', '（二）抓好项目。', '二、保障措施', '各部门要通力协作。',
    );
    expect(shape(text)).toEqual([
      '1:一、', '2:（一）', '3:1.', '4:（1）', '5:①', '5:②', '4:（2）', '3:2.', '2:（二）', '1:二、',
    ]);
  });

  it('gives each family its id and reads the numbers', () => {
    const found = findDirectives(PLAN);
    const byOrdinal = new Map(found.map((d) => [d.ordinal, d]));
    expect(byOrdinal.get('三、')).toMatchObject({ family: 'cn-top', number: 3 });
    expect(byOrdinal.get('（二）')).toMatchObject({ family: 'cn-paren', number: 2 });
    expect(byOrdinal.get('2.')).toMatchObject({ family: 'arabic-dot', number: 2 });
    expect(byOrdinal.get('（2）')).toMatchObject({ family: 'arabic-paren', number: 2 });
    expect(byOrdinal.get('②')).toMatchObject({ family: 'circled', number: 2 });
  });

  it('takes the rest of the block as the lead of a heading without 。', () => {
    const leads = brief(PLAN).map((b) => b[2]);
    expect(leads[0]).toBe('一、总体要求');
    expect(leads[1]).toBe('二、重点任务');
  });

  it('ends the lead of a heading that shares its paragraph with body text at 。', () => {
    const leads = brief(PLAN).map((b) => b[2]);
    expect(leads[2]).toBe('（一）提升政务服务效能。');
    expect(leads[3]).toBe('1.深化“一网通办”。');
    expect(leads[7]).toBe('（1）全面推行企业开办“一日办结”；');
  });

  it('skips the white space a block begins with', () => {
    const text = lines('\t一、指导思想', '\u3000\u3000坚持以人民为中心。', '\u00a0 二、工作目标', '  到2025年基本建成。');
    const found = findDirectives(text);
    expect(found.map((d) => text.slice(d.start, d.markerEnd))).toEqual(['一、', '二、']);
  });

  it('counts levels from what the notice uses: a notice starting at （一）', () => {
    const text = lines(
      '为做好2024年防汛工作，现就有关事项通知如下：',
      '（一）压实防汛责任。各地要严格落实以行政首长负责制为核心的防汛责任制。',
      '1.明确责任人。逐级明确防汛责任人并向社会公布。',
      '2.开展培训。汛前组织责任人培训。',
      '（二）加强隐患排查。',
      '（三）做好应急值守。严格执行24小时值班制度。',
    );
    expect(shape(text)).toEqual(['1:（一）', '2:1.', '2:2.', '1:（二）', '1:（三）']);
  });

  it('skips a level the notice does not use: 一、 then 1.', () => {
    const text = lines('一、工作目标', '1.全年完成投资100亿元。', '2.新开工项目50个。', '二、工作措施', '1.强化调度。', '2.优化服务。');
    expect(shape(text)).toEqual(['1:一、', '2:1.', '2:2.', '1:二、', '2:1.', '2:2.']);
  });

  it('accepts half-width (一) and (1)', () => {
    const text = lines('(一)基本原则', '坚持统筹兼顾。', '(1)突出重点；', '(2)分类指导。', '(二)主要目标', '到年底全面完成。');
    const found = findDirectives(text);
    expect(found.map((d) => `${d.level}:${d.ordinal}:${d.family}`)).toEqual([
      '1:(一):cn-paren', '2:(1):arabic-paren', '2:(2):arabic-paren', '1:(二):cn-paren',
    ]);
  });

  it('accepts 1． and 1、 as the third level', () => {
    const doc = (a: string, b: string) => lines('（一）总体目标', `${a}提升质量。`, `${b}提高效率。`, '（二）工作措施', '另行部署。');
    expect(shape(doc('1．', '2．'))).toEqual(['1:（一）', '2:1．', '2:2．', '1:（二）']);
    expect(shape(doc('1、', '2、'))).toEqual(['1:（一）', '2:1、', '2:2、', '1:（二）']);
  });

  it('restarts （一） under each 一、 heading', () => {
    const text = lines('一、基本情况', '（一）经济运行。', '（二）社会事业。', '二、存在问题', '（一）产业结构不优。', '（二）创新能力不强。');
    expect(shape(text)).toEqual(['1:一、', '2:（一）', '2:（二）', '1:二、', '2:（一）', '2:（二）']);
  });

  it('finds an inline （1）（2） list after a colon, one level under its item', () => {
    const text = lines(
      '一、申报条件',
      '1.申报主体。须同时满足以下条件：（1）在本市依法注册；（2）近三年无重大违法记录；（3）财务制度健全。',
      '2.申报材料。按附件要求准备。',
      '二、申报程序',
      '网上申报。',
    );
    expect(brief(text)).toEqual([
      ['一、', 1, '一、申报条件'],
      ['1.', 2, '1.申报主体。'],
      ['（1）', 3, '（1）在本市依法注册；'],
      ['（2）', 3, '（2）近三年无重大违法记录；'],
      ['（3）', 3, '（3）财务制度健全。'],
      ['2.', 2, '2.申报材料。'],
      ['二、', 1, '二、申报程序'],
    ]);
  });

  it('lets an inline list enclose only the rest of its own block', () => {
    const text = lines(
      '一、工作任务',
      '（一）摸底排查。重点排查：（1）老旧危房；（2）经营性自建房。',
      '一是建立工作台账；二是实行动态更新。',
      '（二）集中整治。',
      '二、工作要求',
      '各乡镇要按时报送进展。',
    );
    expect(shape(text)).toEqual(['1:一、', '2:（一）', '3:（1）', '3:（2）', '3:一是', '3:二是', '2:（二）', '1:二、']);
  });

  it('finds circled numbers inline', () => {
    const text = '重点做好三项工作：①摸清底数；②建立台账；③动态更新。';
    expect(findDirectives(text).map((d) => [d.ordinal, d.family, d.number])).toEqual([
      ['①', 'circled', 1], ['②', 'circled', 2], ['③', 'circled', 3],
    ]);
  });

  it('reads ⑴ and ⒈ as the arabic families', () => {
    const text = lines('⒈加强领导。', '⑴成立专班；', '⑵定期会商。', '⒉强化保障。');
    expect(findDirectives(text).map((d) => `${d.level}:${d.family}:${d.number}`)).toEqual([
      '1:arabic-dot:1', '2:arabic-paren:1', '2:arabic-paren:2', '1:arabic-dot:2',
    ]);
  });

  it('keeps numbering that carries on across a higher heading at its level', () => {
    const text = lines('一、总体要求', '（一）指导思想。', '（二）基本原则。', '二、重点任务', '（三）扩大有效投资。', '（四）促进消费升级。');
    expect(shape(text)).toEqual(['1:一、', '2:（一）', '2:（二）', '1:二、', '2:（三）', '2:（四）']);
  });
});

describe('table of contents', () => {
  it('keeps only the real headings when a short TOC lists them first', () => {
    const text = lines(
      '目  录',
      '一、总体要求',
      '二、重点任务',
      '三、保障措施',
      '一、总体要求',
      '坚持稳中求进工作总基调，推动高质量发展。',
      '二、重点任务',
      '（一）做强实体经济。加快传统产业改造升级。',
      '（二）扩大有效需求。',
      '三、保障措施',
      '各部门要加强协调配合，形成工作合力。',
    );
    const found = findDirectives(text);
    const realStart = text.indexOf('一、总体要求', text.indexOf('三、保障措施'));
    expect(found.map((d) => d.ordinal)).toEqual(['一、', '二、', '（一）', '（二）', '三、']);
    expect(found[0].start).toBe(realStart);
  });

  it('drops a TOC with sub-items, dot leaders and page numbers', () => {
    const text = lines(
      '一、总体要求……………………1',
      '（一）指导思想………………1',
      '（二）主要目标………………2',
      '二、重点任务……………………3',
      '',
      '一、总体要求',
      '（一）指导思想。以新发展理念为引领。',
      '（二）主要目标。到2025年，全市数字经济核心产业增加值占比达到10%。',
      '二、重点任务',
      '大力发展数字产业。',
    );
    const found = findDirectives(text);
    expect(found).toHaveLength(4);
    expect(found.every((d) => d.start > text.indexOf('重点任务……'))).toBe(true);
  });

  it('keeps short heading blocks that are not repeated later', () => {
    const text = lines('本次检查分三个阶段：', '一、动员部署阶段', '二、自查自纠阶段', '三、整改提高阶段', '请各单位按时完成。');
    expect(findDirectives(text).map((d) => d.ordinal)).toEqual(['一、', '二、', '三、']);
  });
});

describe('a heading whose text begins with an ordinal word of its own', () => {
  it('一、第一阶段 is a heading, and 一、二季度 still no list', async () => {
    const { findDirectives } = await import('../../utils/text/directives');
    const text = ['决定分两个阶段实施以下临时交通措施：', '一、第一阶段（3月1日至4月15日）：', '（一）甲路段行车道收窄为一条；', '（二）乙路段全日禁止停车。',
      '二、第二阶段（4月16日至6月30日）：', '（一）丙路段封闭；', '三、工程期间，货车上落货时间改为上午10时至下午4时。'].join('\n');
    expect(findDirectives(text).map((d) => `${d.level}:${d.ordinal}`)).toEqual(['1:一、', '2:（一）', '2:（二）', '1:二、', '2:（一）', '1:三、']);
    expect(findDirectives('全年一、二季度经济运行平稳，三季度有所回升。').map((d) => d.ordinal)).toEqual([]);
  });
});

describe('a bilingual text, each paragraph in Chinese then in Portuguese', () => {
  it("numbers each language as a document of its own: 一、 and 1. are translations, not a heading and its item", async () => {
    const { findDirectives } = await import('../../utils/text/directives');
    const text = [
      '第12/2024號行政長官批示', 'Despacho do Chefe do Executivo n.º 12/2024',
      '一、許可訂立工程合同，金額為澳門元一億元。', '1. É autorizada a celebração do contrato, no montante de cem milhões de patacas.',
      '二、二零二四年的負擔由財政預算支付。', '2. O encargo referente a 2024 será suportado pelo orçamento.',
      '三、撥款如有結餘，可轉移至下一年度，但須符合下列條件：', '3. O saldo pode transitar para o ano seguinte, desde que:',
      '（一）轉移的金額不超過百分之二十；', '1) O montante a transitar não exceda 20%;',
      '（二）轉移須事先經財政局核准。', '2) A transição seja previamente autorizada.',
      '四、本批示自公佈翌日起生效。', '4. O presente despacho entra em vigor no dia seguinte.',
    ].join('\n');
    expect(findDirectives(text).map((d) => `${d.level}:${d.ordinal}`)).toEqual([
      '1:一、', '1:1.', '1:二、', '1:2.', '1:三、', '1:3.', '2:（一）', '2:1)', '2:（二）', '2:2)', '1:四、', '1:4.',
    ]);
  });
  it('a Chinese notice with an English title line or two is read whole', async () => {
    const { findDirectives } = await import('../../utils/text/directives');
    const text = ['关于开展“Clean Air 2025”专项行动的通知', '一、工作目标', '到2025年底，PM2.5平均浓度下降。', '1.完成燃煤锅炉改造。', '2.推广新能源车辆。', '二、保障措施'].join('\n');
    expect(findDirectives(text).map((d) => `${d.level}:${d.ordinal}`)).toEqual(['1:一、', '2:1.', '2:2.', '1:二、']);
  });
});
