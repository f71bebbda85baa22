/**
 * Items whose numbers only the browser draws, put among the written directives (pure: utils/text/directives/
 * drawn-items.ts). Offsets are those the DOM side gives: where each <li>'s text begins in the analysed text.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, withDrawnItems, type DrawnItem, type PageHeading } from '../../utils/text/directives';

/** Items at the lines that start with the given texts, in one list, numbered from 1. */
function itemsAt(text: string, starts: string[], list: number, style = 'decimal', parent = -1, first = 1): DrawnItem[] {
  return starts.map((s, k) => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`no ${s}`);
    const lineEnd = text.indexOf('\n', start);
    return { start, end: lineEnd < 0 ? text.length : lineEnd, number: first + k, style, list, parent };
  });
}

const view = (text: string, items: DrawnItem[]) =>
  withDrawnItems(text, findDirectives(text), items).map((d) => [d.level, d.ordinal, text.slice(d.start, d.leadEnd), d.drawn ?? false]);

const NOTICE = [
  '为做好老旧小区改造工作，现通知如下：',
  '一、工作目标',
  '全年改造小区120个。',
  '二、重点任务',
  '（一）摸清底数。各地要全面排查。',
  '（二）规范程序。按以下步骤实施：',
  '开展居民意愿征询，结果公示不少于5个工作日。',
  '编制改造方案，经居民议事会讨论通过。',
  '三、保障措施',
  '各地要落实资金保障。',
].join('\n');

describe('withDrawnItems', () => {
  it('puts a drawn list one level under the written heading whose section holds it, leads cut at the sentence end', () => {
    const items = itemsAt(NOTICE, ['开展居民', '编制改造'], 0);
    expect(view(NOTICE, items)).toEqual([
      [1, '一、', '一、工作目标', false],
      [1, '二、', '二、重点任务', false],
      [2, '（一）', '（一）摸清底数。', false],
      [2, '（二）', '（二）规范程序。', false],
      [3, '1.', '开展居民意愿征询，结果公示不少于5个工作日。', true],
      [3, '2.', '编制改造方案，经居民议事会讨论通过。', true],
      [1, '三、', '三、保障措施', false],
    ]);
  });

  it('gives a drawn item an empty marker: its text begins where the item does', () => {
    const [first] = withDrawnItems(NOTICE, [], itemsAt(NOTICE, ['开展居民', '编制改造'], 0));
    expect(first).toMatchObject({ start: NOTICE.indexOf('开展居民'), markerEnd: NOTICE.indexOf('开展居民'), family: 'drawn-decimal', number: 1 });
  });

  it('nests a list in an item one level under it, and starts at level 1 under no written heading', () => {
    const text = ['How to apply', 'Check you are eligible.', 'Gather your documents:', 'your passport', 'a recent utility bill', 'Apply online.'].join('\n');
    const outer = itemsAt(text, ['Check you', 'Gather your', 'Apply online'], 0);
    // The nested list sits inside the second item: its whole text runs to the end of the nested list.
    outer[1]!.end = text.indexOf('Apply online') - 1;
    const inner = itemsAt(text, ['your passport', 'a recent'], 1, 'lower-alpha', 1);
    const items = [outer[0]!, outer[1]!, ...inner, outer[2]!];
    expect(view(text, items)).toEqual([
      [1, '1.', 'Check you are eligible.', true],
      [1, '2.', 'Gather your documents:', true],
      [2, 'a.', 'your passport', true],
      [2, 'b.', 'a recent utility bill', true],
      [1, '3.', 'Apply online.', true],
    ]);
  });

  it('puts written numbers inside a nested item under that item, whatever order the lists come in', () => {
    const text = ['Eligibility', 'Applicants must:', '(1) be 18; and', '(2) reside in the State.', 'hold a licence.', 'Deadline'].join('\n');
    const outer = itemsAt(text, ['Eligibility', 'Deadline'], 0);
    outer[0]!.end = text.indexOf('Deadline') - 1;
    const inner = itemsAt(text, ['Applicants must', 'hold a licence'], 1, 'lower-alpha', 0);
    inner[0]!.end = text.indexOf('hold a licence') - 1;
    // As the DOM gives them: the outer list's items first, then the nested list's.
    expect(view(text, [...outer, ...inner])).toEqual([
      [1, '1.', 'Eligibility', true],
      [2, 'a.', 'Applicants must:', true],
      [3, '(1)', '(1) be 18;', false],
      [3, '(2)', '(2) reside in the State.', false],
      [2, 'b.', 'hold a licence.', true],
      [1, '2.', 'Deadline', true],
    ]);
  });

  it('puts a list under an unnumbered heading element after numbered paragraphs in no numbered section', () => {
    const text = ['Conditions of grant', '1. You must spend the grant within 12 months.', '2. You must not use the grant for campaigning.', 'Reporting on your project', 'a completed report form;', 'copies of receipts.'].join('\n');
    const headings: PageHeading[] = [{ start: 0, rank: 2 }, { start: text.indexOf('Reporting'), rank: 2 }];
    const levels = withDrawnItems(text, findDirectives(text), itemsAt(text, ['a completed', 'copies of'], 0), headings).map((d) => `${d.level} ${d.ordinal}`);
    expect(levels).toEqual(['1 1.', '1 2.', '1 1.', '1 2.']);
    // Without the heading element between them, the list is read as part of 2.'s section.
    expect(withDrawnItems(text, findDirectives(text), itemsAt(text, ['a completed', 'copies of'], 0)).map((d) => d.level)).toEqual([1, 1, 2, 2]);
  });

  it('keeps a list under a lower unnumbered heading inside a numbered heading element\'s section', () => {
    const text = ['III. How to Apply', 'Follow these steps.', 'Documents', 'the application form;', 'the budget.', 'IV. Review'].join('\n');
    const headings: PageHeading[] = [{ start: 0, rank: 2 }, { start: text.indexOf('Documents'), rank: 3 }, { start: text.indexOf('IV.'), rank: 2 }];
    const written = [
      { start: 0, markerEnd: 4, leadEnd: 17, ordinal: 'III.', family: 'roman-dot', number: 3, level: 1 },
      { start: text.indexOf('IV.'), markerEnd: text.indexOf('IV.') + 3, leadEnd: text.length, ordinal: 'IV.', family: 'roman-dot', number: 4, level: 1 },
    ];
    const levels = withDrawnItems(text, written, itemsAt(text, ['the application', 'the budget'], 0), headings).map((d) => `${d.level} ${d.ordinal}`);
    expect(levels).toEqual(['1 III.', '2 1.', '2 2.', '1 IV.']);
  });

  it('puts the numbers written inside a drawn item under it', () => {
    const text = ['Applicants must:', 'submit the form, and', '(a) a copy of the licence;', '(b) the fee.', 'keep records for 3 years.'].join('\n');
    const items = itemsAt(text, ['submit the', 'keep records'], 0);
    items[0]!.end = text.indexOf('keep records') - 1;
    expect(view(text, items)).toEqual([
      [1, '1.', 'submit the form, and', true],
      [2, '(a)', '(a) a copy of the licence;', false],
      [2, '(b)', '(b) the fee.', false],
      [1, '2.', 'keep records for 3 years.', true],
    ]);
  });

  it('is not a list with one item, nor when the text numbers the items itself', () => {
    expect(view(NOTICE, itemsAt(NOTICE, ['开展居民'], 0)).filter((d) => d[3])).toEqual([]);
    const typed = ['现通知如下：', '1.开展居民意愿征询。', '2.编制改造方案。'].join('\n');
    // A list whose own text carries 1. 2. (a page that draws numbers too, or a style this side could not read).
    expect(view(typed, itemsAt(typed, ['1.开展', '2.编制'], 0))).toEqual([
      [1, '1.', '1.开展居民意愿征询。', false],
      [1, '2.', '2.编制改造方案。', false],
    ]);
  });

  it('leaves out the files listed under 附件： and Annexes:', () => {
    const cn = ['各地要落实资金保障。', '附件：', '改造计划表', '居民意愿征询表', '无锡市住房和城乡建设局'].join('\n');
    expect(withDrawnItems(cn, [], itemsAt(cn, ['改造计划表', '居民意愿'], 0))).toEqual([]);
    const en = ['Send the forms by 1 May.', 'Annexes:', '', 'Application form', 'Fee schedule'].join('\n');
    expect(withDrawnItems(en, [], itemsAt(en, ['Application form', 'Fee schedule'], 0))).toEqual([]);
    // The positive beside them: the same list after a sentence is a list.
    const steps = ['按以下步骤办理：', '改造计划表', '居民意愿征询表'].join('\n');
    expect(withDrawnItems(steps, [], itemsAt(steps, ['改造计划表', '居民意愿'], 0))).toHaveLength(2);
  });

  it('does not end an English lead at an abbreviation', () => {
    const text = ['Notify the U.S. Department of Labor, e.g. by email. Then wait.', 'Keep a copy.'].join('\n');
    const leads = withDrawnItems(text, [], itemsAt(text, ['Notify', 'Keep'], 0)).map((d) => text.slice(d.start, d.leadEnd));
    expect(leads).toEqual(['Notify the U.S. Department of Labor, e.g. by email.', 'Keep a copy.']);
  });

  it('writes the number as drawn: start, reversed and Chinese lists', () => {
    const text = ['第一项', '第二项'].join('\n');
    expect(withDrawnItems(text, [], itemsAt(text, ['第一项', '第二项'], 0, 'cjk-ideographic')).map((d) => d.ordinal)).toEqual(['一、', '二、']);
    expect(withDrawnItems(text, [], itemsAt(text, ['第一项', '第二项'], 0, 'upper-roman', -1, 4)).map((d) => d.ordinal)).toEqual(['IV.', 'V.']);
  });
});
