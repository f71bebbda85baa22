import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const ordinals = (text: string) => findDirectives(text).map((d) => d.ordinal);
const lines = (...blocks: string[]) => blocks.join('\n');

// Each trap sits next to a real list where it could do harm, so a test fails
// both when the trap is taken and when it breaks the list around it.
describe('not directives: words that contain an ordinal', () => {
  it('统一要求', () => {
    expect(findDirectives('各地要按照省里的统一要求开展工作。统一要求，统一标准。')).toEqual([]);
  });

  it('第一要务', () => {
    expect(findDirectives('发展是第一要务。第一要务必须牢牢抓住。第二要务是稳定。')).toEqual([]);
  });

  it('唯一要', () => {
    expect(findDirectives('我们唯一要做的，就是把工作做好。唯一要求是按时完成。')).toEqual([]);
  });

  it('一要素 / 二要素', () => {
    expect(findDirectives('登记内容包括：一要素为姓名；二要素为证件号码。')).toEqual([]);
  });

  it('一是一、二是二', () => {
    expect(findDirectives('统计工作必须一是一、二是二。一是一，二是二，来不得半点虚假。')).toEqual([]);
  });

  it('第一次', () => {
    expect(findDirectives('这是我市第一次承办此类会议。第一次会议于3月召开；第二次会议于6月召开。')).toEqual([]);
  });

  it('第一季度', () => {
    expect(findDirectives('第一季度全市GDP增长5.2%。第二季度增速回落。')).toEqual([]);
  });

  it('第一书记', () => {
    expect(findDirectives('驻村第一书记要履职尽责。第一书记，第二书记')).toEqual([]);
  });

  it('第一时间', () => {
    expect(findDirectives('接到报警后，第一时间赶赴现场。第一时间上报，第二时间处置。')).toEqual([]);
  });

  it('进一步', () => {
    expect(findDirectives('要进一步加强领导。进一步压实责任；进一步细化措施。')).toEqual([]);
  });

  it('一方面 … 另一方面 used as a phrase mid-sentence', () => {
    expect(findDirectives('这样做一方面可以降低成本，另一方面可以提高效率。')).toEqual([]);
  });

  it('首先 after a comma is not a sequence start', () => {
    expect(findDirectives('做好这项工作，首先要摸清底数。其次要分类施策。')).toEqual([]);
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
    expect(findDirectives('全年完成投资1.5亿元，同比增长3.2%。2.完成率达到98%。')).toEqual([]);
  });

  it('quantities at a list position: 1.5亿元 and 3.2% after 。', () => {
    expect(findDirectives('全年完成投资情况如下。1.5亿元用于基础设施。2.5亿元用于产业发展。3.2%为预备费。')).toEqual([]);
  });

  it('dates like 2024.1.5', () => {
    expect(findDirectives(lines('2024.1.5', '发布会召开。', '2024.1.6', '1.5日前完成；2.6日前报送。'))).toEqual([]);
  });

  it('1、2月份 after a colon', () => {
    expect(findDirectives('全市外贸进出口情况：1、2月份累计增长5%；3、4月份增速回落。')).toEqual([]);
  });

  it('序号 cells of a table', () => {
    const table = lines('序号', '项目名称', '责任单位', '1', '道路改造', '住建局', '2', '管网更新', '水务局', '3', '绿化提升', '园林局');
    expect(findDirectives(table)).toEqual([]);
  });

  it('序号 cells written 1. 2. with nothing after them', () => {
    expect(findDirectives(lines('序号', '1.', '道路改造', '2.', '管网更新', '3.', '绿化提升'))).toEqual([]);
  });
});

describe('not directives: cited or isolated ordinals', () => {
  it('ordinals inside quotes', () => {
    const text = '会议传达了省委书记讲话精神：“一要提高认识；二要加强领导；三要狠抓落实。”各单位要认真学习。';
    expect(findDirectives(text)).toEqual([]);
  });

  it('ordinals inside brackets', () => {
    const text = '会议研究了有关事项（一是人员调整；二是经费安排；三是场地保障）。会后印发纪要。';
    expect(findDirectives(text)).toEqual([]);
  });

  it('ordinals inside 《》 titles', () => {
    expect(findDirectives('学习了《一要讲政治；二要讲规矩》一文。')).toEqual([]);
  });

  it('a quote closed before the list does not hide it', () => {
    const text = '他引用了“实干兴邦”一语。会议要求：一是抓项目；二是抓招商。';
    expect(ordinals(text)).toEqual(['一是', '二是']);
  });

  it('an unclosed quote only hides the rest of its own block', () => {
    const text = lines('会议强调“要抓紧；一是快；二是好。', '会议要求：一是抓项目；二是抓招商。');
    expect(ordinals(text)).toEqual(['一是', '二是']);
  });

  it('isolated single items: 一是 with no 二是', () => {
    expect(findDirectives(lines('会议要求：', '一是要抓好安全生产。', '各单位要高度重视。'))).toEqual([]);
  });

  it('isolated single heading: 一、 with no 二、', () => {
    expect(findDirectives(lines('一、工作安排', '请各单位按时参会。'))).toEqual([]);
  });

  it('a list that does not start at one', () => {
    expect(findDirectives('会议要求：三是抓项目；四是抓招商。')).toEqual([]);
  });

  it('an ordinal that is not at a list position', () => {
    expect(findDirectives('我们把抓好安全生产作为三是重点，作为四是关键。')).toEqual([]);
  });
});
