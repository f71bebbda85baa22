import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

/** The first five characters of each directive found: where each item begins. */
const heads = (text: string) => findDirectives(text).map((d) => text.slice(d.start, d.start + 5));
const lines = (...blocks: string[]) => blocks.join('\n');

// Every trap sits in the same text as a real list of the family it could be
// mistaken for, and the test names the items that must be found: a parser that
// takes the trap fails, and so does one that finds nothing.
describe('not directives: words that contain an ordinal', () => {
  it('统一要求', () => {
    const text = '各地要按照省里的统一要求开展工作。统一要求，统一标准。会议要求：一要摸清底数；二要分类施策。';
    expect(heads(text)).toEqual(['一要摸清底', '二要分类施']);
  });

  it('第一要务', () => {
    const text = '发展是第一要务。第一要务必须牢牢抓住。第二要务是稳定。会议提出，第一，要稳增长；第二，要防风险。';
    expect(heads(text)).toEqual(['第一，要稳', '第二，要防']);
  });

  it('唯一要', () => {
    const text = '我们唯一要做的，就是把工作做好。唯一要求是按时完成。具体要求：一要按时完成；二要保证质量。';
    expect(heads(text)).toEqual(['一要按时完', '二要保证质']);
  });

  it('一要素 / 二要素', () => {
    const text = '登记内容包括：一要素为姓名；二要素为证件号码。办理时：一要核对身份；二要留存影像。';
    expect(heads(text)).toEqual(['一要核对身', '二要留存影']);
  });

  it('一是一、二是二', () => {
    const text = '统计工作必须一是一、二是二。一是一，二是二，来不得半点虚假。今年的重点：一是提高数据质量；二是严惩统计造假。';
    expect(heads(text)).toEqual(['一是提高数', '二是严惩统']);
  });

  it('第一次', () => {
    const text = '这是我市第一次承办此类会议。第一次会议于3月召开；第二次会议于6月召开。筹备工作：第一，成立筹备组；第二，制定工作方案。';
    expect(heads(text)).toEqual(['第一，成立', '第二，制定']);
  });

  it('第一季度', () => {
    const text = '第一季度全市GDP增长5.2%。第二季度增速回落。下一步：第一，稳住投资；第二，促进消费。';
    expect(heads(text)).toEqual(['第一，稳住', '第二，促进']);
  });

  it('第一书记', () => {
    const text = '驻村第一书记要履职尽责。第一书记，第二书记。第一书记的职责：第一，宣传政策；第二，推动发展。';
    expect(heads(text)).toEqual(['第一，宣传', '第二，推动']);
  });

  it('第一时间', () => {
    const text = '接到报警后，第一时间赶赴现场。第一时间上报，第二时间处置。处置要求：第一，保护现场；第二，救治伤员。';
    expect(heads(text)).toEqual(['第一，保护', '第二，救治']);
  });

  it('进一步', () => {
    const text = '要进一步加强领导。进一步压实责任；进一步细化措施。会议要求：一是进一步压实责任；二是进一步细化措施。';
    expect(heads(text)).toEqual(['一是进一步', '二是进一步']);
  });

  it('一方面 … 另一方面 used as a phrase mid-sentence', () => {
    const text = '这样做一方面可以降低成本，另一方面可以提高效率。具体好处：一是降低成本；二是提高效率。';
    expect(heads(text)).toEqual(['一是降低成', '二是提高效']);
  });

  it('首先 after a comma is not a sequence start', () => {
    const text = '做好这项工作，首先要摸清底数。其次要分类施策。推进步骤如下。首先，要全面摸底。其次，要建立台账。';
    expect(heads(text)).toEqual(['首先，要全', '其次，要建']);
  });
});

describe('not directives: numerals that are not headings', () => {
  it('一、二季度 at the start of a block, among real 一、 headings', () => {
    const text = lines(
      '一、经济运行情况',
      '一、二季度全市经济运行总体平稳，主要指标稳中有升。',
      '二、存在的问题',
      '一、二、三产业发展不够协调。',
    );
    const found = findDirectives(text);
    expect(found.map((d) => d.ordinal)).toEqual(['一、', '二、']);
    expect(found[1].start).toBe(text.indexOf('二、存在'));
  });

  it('numerals inside sentences: 1.5亿元 and 3.2%', () => {
    const text = lines('全年完成投资1.5亿元，同比增长3.2%。2.完成率达到98%。', '主要措施：', '1.加强调度。', '2.优化服务。');
    expect(heads(text)).toEqual(['1.加强调', '2.优化服']);
  });

  it('quantities at a list position: 1.5亿元 and 3.2% after 。', () => {
    const text = '全年完成投资情况如下。1.5亿元用于基础设施。2.5亿元用于产业发展。3.2%为预备费。资金管理要求：1.专款专用；2.按月报账。';
    expect(heads(text)).toEqual(['1.专款专', '2.按月报']);
  });

  it('dates like 2024.1.5', () => {
    const text = lines('2024.1.5', '发布会召开。', '2024.1.6', '1.5日前完成；2.6日前报送。', '工作安排：', '1.筹备会议。', '2.印发通知。');
    expect(heads(text)).toEqual(['1.筹备会', '2.印发通']);
  });

  it('1、2月份 after a colon', () => {
    const text = '全市外贸进出口情况：1、2月份累计增长5%；3、4月份增速回落。下一步重点：1、稳住外贸基本盘；2、拓展新兴市场。';
    expect(heads(text)).toEqual(['1、稳住外', '2、拓展新']);
  });

  it('序号 cells of a table', () => {
    const table = lines(
      '序号', '项目名称', '责任单位', '1', '道路改造', '住建局', '2', '管网更新', '水务局', '3', '绿化提升', '园林局',
      '说明：', '1.以上项目年底前完工。', '2.责任单位每月报送进展。',
    );
    expect(heads(table)).toEqual(['1.以上项', '2.责任单']);
  });

  it('序号 cells written 1. 2. with nothing after them', () => {
    const text = lines('序号', '1.', '道路改造', '2.', '管网更新', '3.', '绿化提升', '工作要求：', '1.按期完工。', '2.确保质量。');
    expect(heads(text)).toEqual(['1.按期完', '2.确保质']);
  });
});

describe('not directives: cited or isolated ordinals', () => {
  it('ordinals inside quotes', () => {
    const text = '会议传达了省委书记讲话精神：“一要提高认识；二要加强领导；三要狠抓落实。”会议要求：一要学深悟透；二要抓好落实。';
    expect(heads(text)).toEqual(['一要学深悟', '二要抓好落']);
  });

  it('ordinals inside brackets', () => {
    const text = '会议研究了有关事项（一是人员调整；二是经费安排；三是场地保障）。会议决定：一是调整人员；二是保障经费。';
    expect(heads(text)).toEqual(['一是调整人', '二是保障经']);
  });

  it('ordinals inside 《》 titles', () => {
    const text = '学习了《一要讲政治；二要讲规矩》一文。大家表示：一要学以致用；二要知行合一。';
    expect(heads(text)).toEqual(['一要学以致', '二要知行合']);
  });

  it('a quote closed before the list does not hide it', () => {
    const text = '他引用了“实干兴邦”一语。会议要求：一是抓项目；二是抓招商。';
    expect(heads(text)).toEqual(['一是抓项目', '二是抓招商']);
  });

  it('an unclosed quote only hides the rest of its own block', () => {
    const text = lines('会议强调“要抓紧；一是快；二是好。', '会议要求：一是抓项目；二是抓招商。');
    expect(heads(text)).toEqual(['一是抓项目', '二是抓招商']);
  });

  it('isolated single items: 一是 with no 二是', () => {
    const text = lines('会议要求：', '一是要抓好安全生产。', '各单位要高度重视。', '会议强调：一是抓项目；二是抓招商。');
    expect(heads(text)).toEqual(['一是抓项目', '二是抓招商']);
  });

  it('isolated single heading: 一、 with no 二、, beside the same heading with its 二、', () => {
    expect(findDirectives(lines('一、工作安排', '请各单位按时参会。'))).toEqual([]);
    const withSecond = lines('一、工作安排', '请各单位按时参会。', '二、会议纪律', '会场内手机调至静音。');
    expect(heads(withSecond)).toEqual(['一、工作安', '二、会议纪']);
  });

  it('a list that does not start at one', () => {
    const text = '会议要求：三是抓项目；四是抓招商。会议强调：一是抓安全；二是抓稳定。';
    expect(heads(text)).toEqual(['一是抓安全', '二是抓稳定']);
  });

  it('an ordinal that is not at a list position', () => {
    const text = '抓好安全生产，统一是前提，专一是关键，作为二是重点。会议要求：一是抓安全；二是抓稳定。';
    expect(heads(text)).toEqual(['一是抓安全', '二是抓稳定']);
  });
});
