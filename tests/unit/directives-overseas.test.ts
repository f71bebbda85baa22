import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const outline = (text: string) => findDirectives(text).map((d) => `${d.level} ${d.ordinal}`);

describe('notices in Traditional Chinese (gov.tw, gov.hk)', () => {
  it('a 函 with 說明：一、 and 1. under it, ordinals as the page writes them', () => {
    const text = [
      '主旨：請轉知所屬事業單位落實熱危害預防措施，請查照。',
      '說明：',
      '一、依據勞動部職業安全衛生署函辦理。',
      '二、雇主使勞工從事戶外作業，應採取下列措施：',
      '1.提供陰涼之休息場所。',
      '2.提供適當之飲用水。',
      '三、本局將於六月起實施專案檢查。',
      '正本：本市各事業單位',
    ].join('\n');
    expect(outline(text)).toEqual(['1 一、', '1 二、', '2 1.', '2 2.', '1 三、']);
  });
  it("Taiwan's law database: 第 一 章 and 第 1 條 spaced, the article's number on a line of its own", () => {
    const text = [
      '第 一 章 總則',
      '第 1 條',
      '為推動電子交易之普及運用，特制定本法。',
      '第 2 條',
      '本法用詞，定義如下：',
      '一、電子文件：指文字、聲音、圖片。',
      '二、電子簽章：指依附於電子文件者。',
      '第 二 章 電子文件',
      '第 3 條',
      '依前條第二項規定辦理者，不在此限。',
    ].join('\n');
    expect(outline(text)).toEqual(['1 第 一 章', '2 第 1 條', '2 第 2 條', '3 一、', '3 二、', '1 第 二 章', '2 第 3 條']);
    // An article's lead is the first sentence of the line under its number, up to the next item.
    const leads = findDirectives(text).map((d) => text.slice(d.start, d.leadEnd).replace(/\s+/g, ' '));
    expect(leads[1]).toBe('第 1 條 為推動電子交易之普及運用，特制定本法。');
    expect(leads[2]).toBe('第 2 條 本法用詞，定義如下：');
    expect(leads[6]).toBe('第 3 條 依前條第二項規定辦理者，不在此限。');
  });
  it('an article number followed at once by the next item keeps its number alone as its lead', () => {
    const text = ['第 1 條', '第 2 條', '本法自公布日施行。'].join('\n');
    expect(findDirectives(text).map((d) => text.slice(d.start, d.leadEnd).replace(/\s+/g, ' '))).toEqual(['第 1 條', '第 2 條 本法自公布日施行。']);
  });
  it('第1条 in Arabic figures on a mainland page, and a cross-reference that opens a paragraph is not an article', () => {
    const text = ['第1条 为了规范管理，制定本办法。', '第2条 本办法适用于本市。', '第2条规定的事项，由市政府负责。', '第3条 本办法自发布之日起施行。'].join('\n');
    expect(outline(text)).toEqual(['1 第1条', '1 第2条', '1 第3条']);
  });
  it('a number alone in a table cell (5.1 square metres) neither starts nor breaks the list around the table', () => {
    const text = ['1. 競投日期：6月20日。', '2. 可供競投的攤位如下：', '序號', '面積', '1', '3.2', '2', '5.1', '3. 成功投得攤位者須即場繳付按金。', '4. 查詢：請致電食環署。'].join('\n');
    expect(outline(text)).toEqual(['1 1.', '1 2.', '1 3.', '1 4.']);
  });
});

describe('decimal outlines (Canadian directives, standards)', () => {
  it('three levels, and a section with a single subsection', () => {
    const text = [
      '1. Effective date',
      '1.1 This directive takes effect on April 1, 2024.',
      '2. Requirements',
      '2.1 The Assistant Deputy Minister is responsible for:',
      '2.1.1 Completing an impact assessment;',
      '2.1.2 Releasing the results.',
      '2.2 Managers are responsible for reporting.',
      '3. Consequences',
      '3.1 Consequences are set out in the framework.',
    ].join('\n');
    expect(outline(text)).toEqual(['1 1.', '2 1.1', '1 2.', '2 2.1', '3 2.1.1', '3 2.1.2', '2 2.2', '1 3.', '2 3.1']);
  });
  it('a lone 3.1 under a heading it does not name (1.) is not taken', () => {
    const text = ['1. Purpose', 'This directive sets rules.', '3.1 The third section applies to agencies.', '2. Scope', 'It applies to all departments.'].join('\n');
    expect(outline(text)).toEqual(['1 1.', '1 2.']);
  });
  it('appendices head their own parts; a mention of one in a sentence is no heading', () => {
    const text = ['1. Purpose', 'This directive sets rules.', '2. Application', 'It applies to all departments.', 'Appendix A: Definitions', 'The following definitions apply.', 'See Appendix B for the levels.', 'Appendix B: Impact Assessment Levels', 'Level I means little impact.'].join('\n');
    expect(outline(text)).toEqual(['1 1.', '1 2.', '1 Appendix A', '1 Appendix B']);
  });
});
