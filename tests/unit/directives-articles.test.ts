import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const shape = (text: string) => findDirectives(text).map((d) => `${d.level}:${d.ordinal}`);
const lines = (...blocks: string[]) => blocks.join('\n');

// Written after the layout of a 地方性法规 as 人大 and government sites print it: a 目录 of chapters,
// then 第一章 总则 and the articles numbered through the whole text, （一） under an article.
const REGULATION = lines(
  '某市养犬管理条例',
  '目　　录',
  '第一章　总则',
  '第二章　养犬登记',
  '第三章　法律责任',
  '第一章　总则',
  '第一条　为了规范养犬行为，保障公民健康和人身安全，根据有关法律、法规，结合本市实际，制定本条例。',
  '第二条　本条例适用于本市行政区域内的养犬及相关管理活动。',
  '第二章　养犬登记',
  '第三条　个人养犬应当具备下列条件：',
  '（一）具有完全民事行为能力；',
  '（二）有固定住所且独户居住。',
  '第四条　养犬人应当自取得犬只之日起三十日内办理登记。不符合本条例第三条规定条件的，不予登记。',
  '第三章　法律责任',
  '第五条　违反本条例第四条规定的，由公安机关责令限期改正。',
  '第六条　本条例自2025年1月1日起施行。',
);

describe('regulations numbered by article', () => {
  it('nests 章 above 条 above （一）, and leaves the 目录 lines out', () => {
    expect(shape(REGULATION)).toEqual([
      '1:第一章', '2:第一条', '2:第二条',
      '1:第二章', '2:第三条', '3:（一）', '3:（二）', '2:第四条',
      '1:第三章', '2:第五条', '2:第六条',
    ]);
  });

  it('puts articles at level 1 in a 办法 without chapters, with 1． under an article', () => {
    expect(shape(lines(
      '第一条　为规范代建管理，制定本办法。',
      '第二条　代建单位按照下列程序确定：',
      '1．使用单位提出申请；',
      '2．主管部门审核。',
      '第三条　本办法自印发之日起施行。',
    ))).toEqual(['1:第一条', '1:第二条', '2:1．', '2:2．', '1:第三条']);
  });

  it('reads article numbers past ten whole (第十一条 is 11)', () => {
    const text = Array.from({ length: 12 }, (_, k) => `${['第一', '第二', '第三', '第四', '第五', '第六', '第七', '第八', '第九', '第十', '第十一', '第十二'][k]}条　规定内容${k + 1}。`).join('\n');
    const found = findDirectives(text);
    expect(found).toHaveLength(12);
    expect(found.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('takes no cross-reference for an article: 第五条规定的 opening a paragraph, 前款第二项, 第三条、第四条', () => {
    // Beside the positive above: the same markers written as citations.
    expect(shape(lines(
      '各单位要严格执行条例。',
      '第五条规定的情形，由主管部门认定。',
      '第六条、第七条所列事项，按原规定办理。',
      '前款第二项规定的超概算部分，重新评估。',
    ))).toEqual([]);
  });

  it('needs a run from 第一条: a lone quoted article in a notice is not a list', () => {
    expect(shape(lines('现将有关条款摘录如下：', '第十二条　经营者应当明码标价。', '请各单位遵照执行。'))).toEqual([]);
    expect(shape(lines('现将有关条款摘录如下：', '第一条　经营者应当明码标价。', '第二条　经营者不得哄抬价格。'))).toEqual(['1:第一条', '1:第二条']);
  });

  it('reads the English version: Chapter I > Article 1 > (1), and not "under Article 5" or "item (3) of Article 4"', () => {
    expect(shape(lines(
      'Chapter I General Provisions',
      'Article 1 These Regulations are formulated in accordance with the law.',
      'Article 2 No construction work shall be carried out at night, except for:',
      '(1) emergency repair work;',
      '(2) work on key projects approved under Article 5.',
      'Chapter II Legal Liability',
      'Article 3 Projects under item (3) of Article 4 shall publish their working hours.',
      'Article 4 Article 2 applies from March 1, 2025.',
    ))).toEqual(['1:Chapter I', '2:Article 1', '2:Article 2', '3:(1)', '3:(2)', '1:Chapter II', '2:Article 3', '2:Article 4']);
  });

  it('a chapter heading is a short title, never a sentence that names a chapter', () => {
    expect(shape(lines('第一章讲述了本市绿化的历史，共分三节。', '第二章则介绍了现行的管理制度。'))).toEqual([]);
    expect(shape(lines('第一章　总则', '第一条　为了规范管理，制定本条例。', '第二条　本条例自公布之日起施行。'))).toEqual(['1:第一章', '2:第一条', '2:第二条']);
  });
});

describe('several documents on one page', () => {
  it("a 征求意见 公告, the draft it asks about and the draft's 起草说明 each number from level 1", () => {
    const text = lines(
      '为加强电动自行车停放充电安全管理，现将《办法（征求意见稿）》全文公布，征求社会各界意见。',
      '一、征求意见时间',
      '2025年8月12日至2025年9月11日。',
      '二、意见反馈方式',
      '（一）登录市政府门户网站“意见征集”栏目提出意见。',
      '（二）发送电子邮件至指定邮箱。',
      '绍兴市电动自行车停放充电安全管理办法',
      '（征求意见稿）',
      '第一章　总　则',
      '第一条　为了加强电动自行车停放充电安全管理，制定本办法。',
      '第二条　本办法适用于本市行政区域内电动自行车的停放充电活动。',
      '第二章　设施建设',
      '第三条　新建住宅小区应当配套建设集中停放充电场所：',
      '（一）按照规定配置充电设施；',
      '（二）设置消防设施。',
      '《绍兴市电动自行车停放充电安全管理办法（征求意见稿）》起草说明',
      '一、起草的必要性',
      '近年来，我市电动自行车保有量快速增长。',
      '二、主要内容',
      '《办法》重点规定了以下内容：一是明确管理原则；二是规范设施建设。',
    );
    expect(shape(text)).toEqual([
      '1:一、', '1:二、', '2:（一）', '2:（二）',
      '1:第一章', '2:第一条', '2:第二条', '1:第二章', '2:第三条', '3:（一）', '3:（二）',
      '1:一、', '1:二、', '2:一是', '2:二是',
    ]);
  });
  it('a section heading that ends like a title (保障措施) is a part of the document, not a document', () => {
    const text = lines('一、总体要求', '到2025年，全面完成整治任务。', '二、保障措施', '（一）加强组织领导。各地要成立工作专班。', '（二）强化资金保障。统筹各级资金。');
    expect(shape(text)).toEqual(['1:一、', '1:二、', '2:（一）', '2:（二）']);
  });
});
