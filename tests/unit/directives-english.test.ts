import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

function brief(text: string) {
  return findDirectives(text).map((d) => [d.ordinal, d.level, text.slice(d.start, d.leadEnd)]);
}
const shape = (text: string) => findDirectives(text).map((d) => `${d.level}:${d.ordinal}:${d.family}`);
const lines = (...blocks: string[]) => blocks.join('\n');

describe('English numbering: 1. and 1.1', () => {
  it('nests 1.1 sections under 1. sections', () => {
    const text = lines(
      'Guidance on flood preparedness for local authorities',
      '1. Purpose',
      'This guidance sets out what councils must do before the winter season.',
      '1.1 Scope. It applies to all lead local flood authorities.',
      '1.2 Status. It replaces the 2019 guidance.',
      '2. Duties',
      '2.1 Risk registers. Councils must keep a risk register up to date.',
      '2.2 Exercises. Councils must test their plans every year.',
    );
    expect(shape(text)).toEqual([
      '1:1.:arabic-dot', '2:1.1:decimal', '2:1.2:decimal', '1:2.:arabic-dot', '2:2.1:decimal', '2:2.2:decimal',
    ]);
    expect(brief(text)[1][2]).toBe('1.1 Scope.');
  });

  it('does not chain 1.1 with 2.2 across different sections', () => {
    const text = lines('1.1 Background. Text.', '2.2 Budget. Text.');
    expect(findDirectives(text)).toEqual([]);
    const chained = lines('1.1 Background. Text.', '1.2 Budget. Text.');
    expect(shape(chained)).toEqual(['1:1.1:decimal', '1:1.2:decimal']);
  });
});

describe('English numbering: (a) and (i)', () => {
  it('finds (a) (b) (c) inline after a colon', () => {
    const text = 'Each authority must: (a) publish a flood plan; (b) name a responsible officer; (c) report to the department by 1 March.';
    expect(brief(text)).toEqual([
      ['(a)', 1, '(a) publish a flood plan;'],
      ['(b)', 1, '(b) name a responsible officer;'],
      ['(c)', 1, '(c) report to the department by 1 March.'],
    ]);
  });

  it('nests (i) (ii) under (a)', () => {
    const text = lines(
      '(a) The plan must include:',
      '(i) a map of areas at risk;',
      '(ii) the names of key contacts.',
      '(b) The plan must be reviewed each year.',
    );
    expect(shape(text)).toEqual([
      '1:(a):en-alpha-paren', '2:(i):en-roman-paren', '2:(ii):en-roman-paren', '1:(b):en-alpha-paren',
    ]);
  });

  it('reads (i) as the ninth letter when it follows (h)', () => {
    const items = 'abcdefghij'.split('').map((ch) => `(${ch}) item ${ch};`);
    const found = findDirectives(`The list: ${items.join(' ')}`);
    expect(found).toHaveLength(10);
    expect(found[8]).toMatchObject({ ordinal: '(i)', family: 'en-alpha-paren', number: 9 });
  });
});

describe('English numbering: First, Second', () => {
  it('finds First, Second, Third and Finally as one list', () => {
    const text = lines(
      'The Secretary set out four priorities for the year.',
      'First, we will cut waiting times. Hospitals will receive extra funding.',
      'Second, we will recruit more nurses.',
      'Third, we will invest in community care.',
      'Finally, we will publish progress every quarter.',
    );
    const found = findDirectives(text);
    expect(found.map((d) => [d.ordinal, d.family, d.number, d.level])).toEqual([
      ['First', 'en-word', 1, 1], ['Second', 'en-word', 2, 1], ['Third', 'en-word', 3, 1], ['Finally', 'en-word', 4, 1],
    ]);
    expect(text.slice(found[0].start, found[0].leadEnd)).toBe('First, we will cut waiting times.');
  });

  it('accepts Firstly, Secondly inline', () => {
    const text = 'We reject the proposal for two reasons. Firstly, it is unaffordable. Secondly, it is unlawful.';
    expect(findDirectives(text).map((d) => d.ordinal)).toEqual(['Firstly', 'Secondly']);
  });

  it('ignores First as an adjective', () => {
    const text = 'First Secretary Jones opened the meeting. Second reading of the bill followed.';
    expect(findDirectives(text)).toEqual([]);
    const list = `${text} He made two points. First, the bill is affordable. Second, it is lawful.`;
    expect(shape(list)).toEqual(['1:First:en-word', '1:Second:en-word']);
  });
});

describe('English numbering: a. b. c. (U.S. memoranda)', () => {
  it('nests a. items under 1. sections, and narrative First/Second under their section', () => {
    const text = lines(
      '1. Eligibility',
      'To be eligible for paid parental leave, an employee must:',
      'a. be covered by the leave provisions of chapter 63 of title 5;',
      'b. have completed at least 12 months of service as described in 5 U.S.C. 6382(a)(2)(A); and',
      'c. agree in writing to work for the agency for at least 12 weeks after the leave ends.',
      '2. Agency responsibilities',
      'Agencies have two duties. First, agencies must inform employees. Second, agencies must establish procedures.',
      '3. Effective date',
    );
    expect(shape(text)).toEqual([
      '1:1.:arabic-dot', '2:a.:en-alpha-dot', '2:b.:en-alpha-dot', '2:c.:en-alpha-dot',
      '1:2.:arabic-dot', '2:First:en-word', '2:Second:en-word', '1:3.:arabic-dot',
    ]);
    expect(brief(text)[1][2]).toBe('a. be covered by the leave provisions of chapter 63 of title 5;');
  });

  it('does not read abbreviations as items', () => {
    const text = lines(
      'Agencies may use other leave first.',
      'e.g. annual leave or sick leave may be substituted.',
      'a.m. and p.m. times are Eastern time.',
      'i.e. the leave must be used within 12 months.',
    );
    expect(findDirectives(text)).toEqual([]);
    const list = lines(text, 'An employee must:', 'a. give notice;', 'b. agree to return.');
    expect(shape(list)).toEqual(['1:a.:en-alpha-dot', '1:b.:en-alpha-dot']);
  });
});

describe('a press release', () => {
  it('a First, … Second, … list in a paragraph after an (a)–(e) list stands beside it, not under (e)', () => {
    const text = [
      'The Government will implement the following measures:',
      '(a) Enhancing the warning: the LD will issue the warning at three levels.',
      '(b) Setting out rest breaks: employers should arrange rest breaks.',
      '(c) Stepping up inspections: the LD will conduct more inspections.',
      'The spokesman said the measures would be taken forward on two fronts. First, the LD will refine the index. Second, the Government will review the guidance.',
    ].join('\n');
    expect(findDirectives(text).map((d) => `${d.level}:${d.ordinal}`)).toEqual(['1:(a)', '1:(b)', '1:(c)', '1:First', '1:Second']);
  });
  it("a release's paragraph numbers (every paragraph numbered from the first, for citation) are no list; its lettered lists are", () => {
    const para = (n: number, s: string) => `${n}. ${s} The Ministry will publish further details on its website in due course.`;
    const text = [
      para(1, 'From 1 January 2026, platform operators will be required to provide work injury compensation to platform workers.'),
      para(2, 'There are about 70,000 platform workers in Singapore, most of whom work as ride-hail drivers and delivery workers.'),
      'Work injury compensation for platform workers',
      '3. Under the new framework, platform workers will receive the same level of compensation as employees. In particular:',
      '(a) Platform workers will be covered from the time they accept a job.',
      '(b) Compensation will be computed based on average monthly earnings.',
      para(4, 'Platform operators will purchase work injury insurance for their platform workers from designated insurers.'),
      para(5, 'Operators which fail to provide the insurance will be liable to a fine of up to $10,000 under the Act.'),
      'Ministry of Manpower',
    ].join('\n');
    expect(findDirectives(text).map((d) => `${d.level}:${d.ordinal}`)).toEqual(['1:(a)', '1:(b)']);
  });
  it('a list of conditions under its heading stays a list, though each is a full sentence', () => {
    const text = [
      'If your group has been awarded a grant, you must meet the requirements on this page.',
      'Conditions of grant',
      '1. You must spend the grant only on the project described in your application and offer letter.',
      '2. You must spend the grant within 12 months of receiving it, and return any money not spent.',
      '3. You must have the policies your project needs in place before it starts, including safeguarding.',
      '4. You must acknowledge the council’s support in any publicity about the project you run.',
      '5. You must keep receipts for everything you buy with the grant for six years after the project.',
    ].join('\n');
    expect(findDirectives(text).map((d) => d.ordinal)).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });
});
