import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

/** ordinal, level and lead of each directive: the shape most tests compare. */
function brief(text: string) {
  return findDirectives(text).map((d) => [d.ordinal, d.level, text.slice(d.start, d.leadEnd)]);
}
const ordinals = (text: string) => findDirectives(text).map((d) => d.ordinal);
const lines = (...blocks: string[]) => blocks.join('\n');

describe('一是 / 二是', () => {
  it('finds items that are each their own paragraph', () => {
    const text = lines(
      '区政府召开常务会议，研究部署秋冬季大气污染防治工作。会议强调：',
      '一是压实属地责任。各街道要落实网格化管理，做到责任到人。',
      '二是强化扬尘管控。严格落实工地“六个百分百”要求。',
      '三是加强执法检查。对违法排污行为依法从严查处。',
    );
    expect(brief(text)).toEqual([
      ['一是', 1, '一是压实属地责任。'],
      ['二是', 1, '二是强化扬尘管控。'],
      ['三是', 1, '三是加强执法检查。'],
    ]);
    const [first] = findDirectives(text);
    expect(first).toMatchObject({ family: 'shi', number: 1 });
  });

  it('reads 一是要 as the ordinal 一是', () => {
    const text = '会议要求：一是要提高政治站位，增强责任感；二是要加强统筹协调，形成工作合力。';
    const found = findDirectives(text);
    expect(found.map((d) => d.ordinal)).toEqual(['一是', '二是']);
    expect(text.slice(found[0].start, found[0].markerEnd)).toBe('一是');
    expect(text.slice(found[0].start, found[0].leadEnd)).toBe('一是要提高政治站位，增强责任感；');
  });

  it('finds items inline in one paragraph, separated by ；', () => {
    const text = '会议指出，今年以来全区经济运行总体平稳。会议要求，要抓好三方面工作：一是稳增长，加快重大项目建设；二是保民生，兜牢基本民生底线；三是防风险，守住安全生产红线。';
    expect(brief(text)).toEqual([
      ['一是', 1, '一是稳增长，加快重大项目建设；'],
      ['二是', 1, '二是保民生，兜牢基本民生底线；'],
      ['三是', 1, '三是防风险，守住安全生产红线。'],
    ]);
  });

  it('finds items inline in one paragraph, separated by 。', () => {
    const text = '对下一步工作，局长提出明确要求。一是提高认识。二是加强协作。三是注重实效。各科室要抓好落实。';
    expect(ordinals(text)).toEqual(['一是', '二是', '三是']);
  });

  it('ends each lead at the next item when items are separated by commas', () => {
    const text = '做好此项工作意义重大，一是有利于稳定市场预期，二是有利于提振发展信心，三是有利于保障改善民生。';
    expect(brief(text).map((b) => b[2])).toEqual([
      '一是有利于稳定市场预期，',
      '二是有利于提振发展信心，',
      '三是有利于保障改善民生。',
    ]);
  });

  it('follows a count announced before the list', () => {
    const text = '张市长就做好下步工作提出四点要求：一是坚持项目为王；二是坚持改革创新；三是坚持底线思维；四是坚持真抓实干。';
    expect(ordinals(text)).toEqual(['一是', '二是', '三是', '四是']);
  });
});

describe('一要 / 二要', () => {
  it('finds items that are each their own paragraph', () => {
    const text = lines(
      '会上，县委书记就做好防汛工作作了部署。他强调：',
      '　　一要提高思想认识。防汛工作事关人民群众生命财产安全。',
      '　　二要加强监测预警。气象、水利部门要密切关注雨情水情。',
      '　　三要做好应急准备。各乡镇要储备充足的防汛物资。',
    );
    expect(brief(text)).toEqual([
      ['一要', 1, '一要提高思想认识。'],
      ['二要', 1, '二要加强监测预警。'],
      ['三要', 1, '三要做好应急准备。'],
    ]);
    expect(findDirectives(text)[0].family).toBe('yao');
  });

  it('takes the first item right after the comma of 要求，一要', () => {
    const text = '王书记要求，一要统一思想认识；二要细化工作方案；三要加强督促检查。';
    expect(brief(text)).toEqual([
      ['一要', 1, '一要统一思想认识；'],
      ['二要', 1, '二要细化工作方案；'],
      ['三要', 1, '三要加强督促检查。'],
    ]);
  });

  it('keeps two lists of one paragraph apart, each introduced by ：', () => {
    const text = '会议要求：一要抓好秋粮收购；二要做好冬春农田水利建设。会议强调：一是加强森林防火；二是做好安全生产。';
    const found = findDirectives(text);
    expect(found.map((d) => [d.ordinal, d.number])).toEqual([['一要', 1], ['二要', 2], ['一是', 1], ['二是', 2]]);
  });

  it('follows a list that switches from 要 to 是 while the count carries on', () => {
    const text = lines('局长强调：', '一要抓安全。', '二要抓质量。', '三要抓进度。', '四是抓资金。', '五是抓廉政。');
    const found = findDirectives(text);
    expect(found.map((d) => d.ordinal)).toEqual(['一要', '二要', '三要', '四是', '五是']);
    expect(found.map((d) => d.family)).toEqual(['yao', 'yao', 'yao', 'shi', 'shi']);
    expect(new Set(found.map((d) => d.level))).toEqual(new Set([1]));
  });

  it('nests a 一要 list given inside one 一是 item', () => {
    const text = lines(
      '一是加强理论学习。各支部要做到：一要学原文；二要悟原理。',
      '二是狠抓工作落实。对照任务清单逐项推进。',
    );
    expect(brief(text).map(([o, l]) => [o, l])).toEqual([['一是', 1], ['一要', 2], ['二要', 2], ['二是', 1]]);
  });
});

describe('第一 / 第二', () => {
  it('finds 第一， items with the comma inside the marker', () => {
    const text = lines(
      '关于下半年工作，提出以下意见。',
      '第一，要坚定发展信心。困难是暂时的，前景是光明的。',
      '第二，要狠抓项目建设。项目是经济发展的生命线。',
      '第三，要持续改善民生。',
    );
    const found = findDirectives(text);
    expect(found.map((d) => d.ordinal)).toEqual(['第一', '第二', '第三']);
    expect(found.map((d) => d.family)).toEqual(['di', 'di', 'di']);
    expect(text.slice(found[0].start, found[0].markerEnd)).toBe('第一，');
    expect(text.slice(found[0].start, found[0].leadEnd)).toBe('第一，要坚定发展信心。');
  });

  it('accepts 第一、 第一是 and 第一要', () => {
    expect(ordinals('主要体现在：第一、规模扩大；第二、结构优化。')).toEqual(['第一', '第二']);
    expect(ordinals('原因有二。第一是投入不足。第二是机制不顺。')).toEqual(['第一', '第二']);
    expect(ordinals('会议要求，第一要守住底线；第二要敢于担当。')).toEqual(['第一', '第二']);
  });
});

describe('其一 / 其二', () => {
  it('finds 其一， 其二， lists', () => {
    const text = '此次调整主要有两方面考虑。其一，适应新形势新任务的需要；其二，解决基层反映集中的问题。';
    const found = findDirectives(text);
    expect(found.map((d) => [d.ordinal, d.family, d.number])).toEqual([['其一', 'qiyi', 1], ['其二', 'qiyi', 2]]);
  });
});

describe('首先 / 其次 / 再次 / 最后', () => {
  it('finds a sentence-initial sequence; 最后 takes the next number', () => {
    const text = lines(
      '如何落实好这项工作，我谈几点意见。',
      '首先，要提高认识。',
      '其次，要完善制度。',
      '再次，要强化监督。',
      '最后，要严肃问责。',
    );
    const found = findDirectives(text);
    expect(found.map((d) => [d.ordinal, d.family, d.number])).toEqual([
      ['首先', 'seq', 1], ['其次', 'seq', 2], ['再次', 'seq', 3], ['最后', 'seq', 4],
    ]);
  });

  it('accepts 首先要 … 其次要 inline', () => {
    expect(ordinals('做好这项工作要把握步骤。首先要摸清底数。其次要分类施策。')).toEqual(['首先', '其次']);
  });

  it('ignores them inside a sentence or alone', () => {
    expect(findDirectives('我们首先要提高认识，其次要加强协作。')).toEqual([]);
    expect(findDirectives('最后，会议对下一阶段工作进行了部署。')).toEqual([]);
    expect(findDirectives('首先，感谢各位的辛勤工作。会议再次强调了安全生产。')).toEqual([]);
    expect(ordinals('首先，感谢各位的辛勤工作。下面我讲两点。首先，要提高认识。其次，要狠抓落实。')).toEqual(['首先', '其次']);
  });
});

describe('narrative runs', () => {
  it('stops a run at a gap', () => {
    expect(ordinals('会议要求：一是抓招商；二是抓服务；四是抓落实。')).toEqual(['一是', '二是']);
  });

  it('stops a run at a repeat', () => {
    expect(ordinals('会议要求：一是抓招商；二是抓服务；二是抓督查；三是抓落实。')).toEqual(['一是', '二是']);
  });

  it('starts a new list when 一 comes again after a new lead-in', () => {
    const text = lines('上午会议要求：一是抓安全；二是抓稳定。', '下午会议强调：一是抓发展；二是抓改革；三是抓民生。');
    expect(findDirectives(text).map((d) => d.number)).toEqual([1, 2, 1, 2, 3]);
  });

  it('does not take a single item for a list', () => {
    expect(findDirectives('会议要求，一是要高度重视安全生产工作。')).toEqual([]);
    expect(findDirectives('李主任指出：\n一要坚决打好秦岭保卫战。这是目前最大的政治任务。')).toEqual([]);
    expect(ordinals('李主任指出：\n一要坚决打好秦岭保卫战。\n二要认真开展作风问题大排查。')).toEqual(['一要', '二要']);
  });

  it('nests a narrative list one level under the heading it occurs in', () => {
    const text = lines(
      '一、主要任务',
      '（一）加强组织领导。一是成立工作专班；二是建立调度机制；三是明确责任分工。',
      '（二）强化要素保障。统筹用地、资金等要素。',
      '二、工作要求',
      '各单位要按时报送进展情况。',
    );
    expect(brief(text)).toEqual([
      ['一、', 1, '一、主要任务'],
      ['（一）', 2, '（一）加强组织领导。'],
      ['一是', 3, '一是成立工作专班；'],
      ['二是', 3, '二是建立调度机制；'],
      ['三是', 3, '三是明确责任分工。'],
      ['（二）', 2, '（二）强化要素保障。'],
      ['二、', 1, '二、工作要求'],
    ]);
  });

  it('ends a narrative list at the next heading of its level', () => {
    const text = lines(
      '（一）加强领导。一是成立专班；二是定期调度。',
      '（二）强化保障。三是落实资金。',
    );
    expect(ordinals(text)).toEqual(['（一）', '一是', '二是', '（二）']);
  });

  it('reads a meeting report with a 要求，一要 list and a second list after ：', () => {
    const text = lines(
      '3月12日，市委常委会召开会议，传达学习全国两会精神，研究部署我市贯彻落实工作。',
      '会议指出，今年全国两会是在全面贯彻党的二十大精神的开局之年召开的一次重要会议。',
      '会议要求，一要提高政治站位，切实把思想和行动统一到中央决策部署上来；二要狠抓工作落实，确保各项任务落地见效；三要加强作风建设，以优良作风保障目标任务完成。',
      '会议强调：一是抓好春季安全生产；二是做好森林防火工作。',
    );
    expect(brief(text)).toEqual([
      ['一要', 1, '一要提高政治站位，切实把思想和行动统一到中央决策部署上来；'],
      ['二要', 1, '二要狠抓工作落实，确保各项任务落地见效；'],
      ['三要', 1, '三要加强作风建设，以优良作风保障目标任务完成。'],
      ['一是', 1, '一是抓好春季安全生产；'],
      ['二是', 1, '二是做好森林防火工作。'],
    ]);
  });
});

describe('首先 … 其次 … 最后 inside one item', () => {
  it('nests a sequence written inside the paragraph of an item one level below it, last item included', () => {
    const text = lines(
      '县政府召开安全生产工作会议，对岁末年初安全生产工作作出部署。会议要求：',
      '一是压实企业主体责任。首先，要督促企业开展全员安全培训；其次，要落实隐患自查自改制度；最后，要严格执行领导带班制度。',
      '二是强化部门监管。首先要开展联合执法检查。其次要建立问题整改台账。再次要实行挂牌督办。最后要严肃追责问责。',
    );
    expect(brief(text)).toEqual([
      ['一是', 1, '一是压实企业主体责任。'],
      ['首先', 2, '首先，要督促企业开展全员安全培训；'],
      ['其次', 2, '其次，要落实隐患自查自改制度；'],
      ['最后', 2, '最后，要严格执行领导带班制度。'],
      ['二是', 1, '二是强化部门监管。'],
      ['首先', 2, '首先要开展联合执法检查。'],
      ['其次', 2, '其次要建立问题整改台账。'],
      ['再次', 2, '再次要实行挂牌督办。'],
      ['最后', 2, '最后要严肃追责问责。'],
    ]);
  });

  it('nests it under a 一要 or 第一 item, and under an item inside a heading', () => {
    const text = lines(
      '一、工作措施',
      '（一）抓好项目建设。第一，要加快前期工作。首先，要完成用地预审；其次，要完成环评批复。第二，要加快建设进度。',
      '（二）抓好招商引资。一要精准招商；二要以商招商。',
      '二、工作要求',
      '各单位每月报送进展。',
    );
    expect(brief(text).map(([o, l]) => `${l}:${o}`)).toEqual([
      '1:一、', '2:（一）', '3:第一', '4:首先', '4:其次', '3:第二', '2:（二）', '3:一要', '3:二要', '1:二、',
    ]);
  });

  it('does not nest 首先 … 其次 after commas inside an item, nor a sequence in the paragraph after the last item', () => {
    const text = lines(
      '会议要求：',
      '一是抓好学习，首先要学原文，其次要悟原理。',
      '二是抓好落实。',
      '首先，要细化任务清单。',
      '其次，要明确完成时限。',
    );
    expect(brief(text).map(([o, l]) => `${l}:${o}`)).toEqual(['1:一是', '1:二是', '1:首先', '1:其次']);
  });

  it('keeps a single 首先 inside an item out: a sequence needs a second step', () => {
    const text = lines('会议强调：', '一是加强领导。首先要统一思想认识。', '二是完善机制。各部门要密切配合。');
    expect(brief(text).map(([o, l]) => `${l}:${o}`)).toEqual(['1:一是', '1:二是']);
  });
});
