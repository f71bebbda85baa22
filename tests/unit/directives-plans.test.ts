import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const outline = (text: string) => findDirectives(text).map((d) => `${d.level} ${d.ordinal}`);

describe('a plan in parts: 第一部分 > 一、 > （一）', () => {
  it('the parts head the outline, and 一、 restarts in each', () => {
    const text = [
      '第一部分　总体要求', '一、指导思想', '坚持以人民为中心的发展思想。', '二、主要目标', '到2025年，数字经济核心产业增加值占比达到10%。',
      '第二部分　重点任务', '一、加快数字基础设施建设', '（一）建设5G网络。', '（二）建设算力中心。', '二、推动产业数字化',
      '第三部分　保障措施', '一、加强组织领导', '二、强化资金保障',
    ].join('\n');
    expect(outline(text)).toEqual(['1 第一部分', '2 一、', '2 二、', '1 第二部分', '2 一、', '3 （一）', '3 （二）', '2 二、', '1 第三部分', '2 一、', '2 二、']);
  });
});

describe('a five-year plan: 第一篇 > 第一章 > 第一节 > 一、, after its 目录', () => {
  it('nests the four levels; the 目录 lines and a sentence citing 第一篇 are no items', () => {
    const text = [
      '目录', '第一篇　发展基础', '第一章　发展环境', '第二篇　创新驱动', '第二章　科技创新',
      '第一篇　发展基础', '第一章　发展环境', '第一节　发展成就', '一、经济实力显著增强', '全区生产总值突破千亿元。', '二、改革开放持续深化',
      '第二节　面临形势', '第二篇　创新驱动', '第二章　科技创新', '第一节　创新平台', '按照第一篇提出的目标，加快建设创新平台。',
    ].join('\n');
    expect(outline(text)).toEqual(['1 第一篇', '2 第一章', '3 第一节', '4 一、', '4 二、', '3 第二节', '1 第二篇', '2 第二章', '3 第一节']);
  });
  it('第一部分 inside a sentence, or followed by more than a title, is no part', () => {
    const text = ['一、工作任务', '第一部分内容已于去年完成，今年重点推进第二部分。', '二、工作要求'].join('\n');
    expect(outline(text)).toEqual(['1 一、', '1 二、']);
  });
});
