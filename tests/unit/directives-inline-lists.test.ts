import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const shape = (text: string) => findDirectives(text).map((d) => `${d.level}:${d.ordinal}`);
const lines = (...blocks: string[]) => blocks.join('\n');

// Written after UK councils' records of decision (ModernGov "Decision details", Cabinet Member decisions).
describe('a council decision whose list begins inside the sentence', () => {
  it('RESOLVED: That Cabinet (a) …; (b) … to (i) …; and (ii) …; and (c) …', () => {
    const text = 'RESOLVED: That Cabinet (a) approves the scheme set out in Appendix 1; (b) delegates authority to the Director to (i) vary the criteria; and (ii) agree the final allocation; and (c) notes the risks.';
    expect(shape(text)).toEqual(['1:(a)', '1:(b)', '2:(i)', '2:(ii)', '1:(c)']);
    const leads = findDirectives(text).map((d) => text.slice(d.start, d.leadEnd));
    expect(leads[0]).toBe('(a) approves the scheme set out in Appendix 1;');
  });

  it('the same list written one item a paragraph', () => {
    expect(shape(lines(
      'RESOLVED: That Cabinet',
      '(a) approves the scheme;',
      '(b) delegates authority to the Director to:',
      '(i) vary the criteria; and',
      '(ii) agree the allocation; and',
      '(c) notes the risks.',
    ))).toEqual(['1:(a)', '1:(b)', '2:(i)', '2:(ii)', '1:(c)']);
  });

  it('RESOLVED to (1) …; with (2) and (3) opening the next paragraphs', () => {
    expect(shape(lines(
      '21.2 The Leader and Lead Member RESOLVED to (1) agree the delegation of Cabinet responsibilities as set out in Appendices 2 - 4;',
      '',
      '(2) agree the Officer Scheme of Delegation attached at Appendix 5; and',
      '',
      '(3) agree his annual report to the County Council.',
    ))).toEqual(['1:(1)', '1:(2)', '1:(3)']);
    // A sentence that cites paragraph (1) before a paragraph (2) is no list.
    expect(shape(lines('The Board noted that its decision (1) stands;', 'The order applies from 1 April.'))).toEqual([]);
  });

  it('takes no citation or pair of options for a list', () => {
    // Beside the positives above: paren markers inside sentences that are not lists.
    expect(shape('Options (a) and (b) of the report were rejected because they would delay support.')).toEqual([]);
    expect(shape('The Council (a) notes the report and agrees it.')).toEqual([]);
    expect(shape('Under paragraph (1) of the order; (2) does not apply.')).toEqual([]);
    expect(shape('The committee resolved to (i) note the programme and (ii) endorse it.')).toEqual([]);
  });
});

describe('a list that has its own lead-in after a list with a sub-list', () => {
  const PROTEST = lines(
    'The District proposes:',
    '1. Service charge. The charge rises to $41.10.',
    '2. Commodity charge. Three tiers:',
    '(a) Tier 1: $3.05;',
    '(b) Tier 2: $3.62; and',
    '(c) Tier 3: $4.48.',
    '3. Drought surcharge. Up to 15 percent.',
    'How to protest',
    'A protest must:',
    '(a) identify the parcel;',
    '(b) state the objection; and',
    '(c) bear a signature.',
  );

  it('stands beside the first list, not under its last entry', () => {
    expect(shape(PROTEST)).toEqual(['1:1.', '1:2.', '2:(a)', '2:(b)', '2:(c)', '1:3.', '1:(a)', '1:(b)', '1:(c)']);
  });

  it('while a sub-list right under the last entry stays under it', () => {
    expect(shape(lines('The District proposes:', '1. Service charge.', '2. Drought surcharge. It applies when:', '(a) the Board declares a shortage; and', '(b) the State orders cuts.')))
      .toEqual(['1:1.', '1:2.', '2:(a)', '2:(b)']);
  });
});

describe('items that begin with a date', () => {
  it('1．6月中下旬 … 2．7月底前 … 3．9月: a run of months is a list, even with no other item', () => {
    expect(shape(lines('各地要做好以下工作：', '1．6月中下旬，各地开展自查。', '2．7月底前，完成整改。', '3．9月，组织抽查。')))
      .toEqual(['1:1．', '1:2．', '1:3．']);
  });

  it('（1）3月底前 and 1．2024年起 under their headings', () => {
    expect(shape(lines('（一）加强排查。其中：', '（1）3月底前，完成复核；', '（2）4月中旬，开展演练。', '（二）做好报送。', '1．2024年起，按月报送；', '2．5月15日前，完成核查。')))
      .toEqual(['1:（一）', '2:（1）', '2:（2）', '1:（二）', '2:1．', '2:2．']);
  });

  it('quantities and dates in prose are not items: 1.5个月, 1.6月份数据 inside a sentence, 2024.6.15', () => {
    expect(shape(lines('全年增长1.5个百分点，1.6月份数据见附件。', '2024.6.15召开会议。', '工期缩短1.5个月。'))).toEqual([]);
  });
});
