import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const shape = (text: string) => findDirectives(text).map((d) => `${d.level}:${d.ordinal}`);
const leads = (text: string) => findDirectives(text).map((d) => text.slice(d.start, d.leadEnd));
const lines = (...blocks: string[]) => blocks.join('\n');

// Written after the layout of a UK statutory instrument on legislation.gov.uk: each
// provision a paragraph, defined terms on their own lines, no space after (a) and (i).
const SI = lines(
  'The Local Flood Authorities (Reporting) Regulations 2024',
  'Made 4th March 2024',
  'The Secretary of State makes these Regulations in exercise of the powers conferred by section 12 of the Flood Act 2010.',
  'PART 1',
  'General',
  'Citation, commencement and extent',
  '1. These Regulations may be cited as the Local Flood Authorities (Reporting) Regulations 2024 and come into force on 1st April 2024.',
  'Interpretation',
  '2. In these Regulations “the Act” means the Flood Act 2010.',
  'Duty to report',
  '3.—(1) A lead local flood authority must publish a report on each flood in its area which—',
  '(a)affected more than 20 dwellings; or',
  '(b)closed a principal road for more than 24 hours.',
  '(2) The report must state—',
  '(a)the cause of the flood;',
  '(b)the action taken by—',
  '(i)the authority, and',
  '(ii)any other risk management authority; and',
  '(c)the action the authority proposes to take.',
  '(3) Paragraph (1) does not apply to a flood described in Article 4(2), (3) or (4) of the 2009 Order.',
  'PART 2',
  'Enforcement',
  '4. An authority which fails to comply with regulation 3(1)(a) must publish a statement of its reasons.',
  '5.—(1) The Secretary of State may direct an authority to publish a report under section 5(b) of the Act.',
  '(2) A direction under subsection (c) must be in writing.',
  'SCHEDULE 1',
  'Regulation 3',
  'Information to be included in a report',
  '1. The date on which the flood began.',
  '2. The number of dwellings affected.',
);

describe('UK statutory instruments', () => {
  it('nests PART > regulation > paragraph > sub-paragraph > head, outermost first', () => {
    expect(shape(SI)).toEqual([
      '1:PART 1', '2:1.', '2:2.', '2:3.', '3:(1)', '4:(a)', '4:(b)', '3:(2)', '4:(a)', '4:(b)', '5:(i)', '5:(ii)',
      '4:(c)', '3:(3)', '1:PART 2', '2:4.', '2:5.', '3:(1)', '3:(2)', '1:SCHEDULE 1', '2:1.', '2:2.',
    ]);
  });

  it('reads 3.—(1) as two items, each starting at its own marker', () => {
    const found = findDirectives(SI);
    const reg3 = found.find((d) => d.ordinal === '3.')!;
    const para1 = found[found.indexOf(reg3) + 1];
    expect(SI.slice(reg3.start, reg3.leadEnd)).toBe('3.—');
    expect(SI.slice(para1.start, para1.leadEnd)).toBe('(1) A lead local flood authority must publish a report on each flood in its area which—');
    expect(para1).toMatchObject({ family: 'arabic-paren', number: 1 });
  });

  it('takes (a)goods with no space after the marker as a marker', () => {
    expect(leads(SI)).toContain('(a)affected more than 20 dwellings;');
    expect(leads(SI)).toContain('(i)the authority, and');
  });

  it('gives PART and SCHEDULE headings their ordinal as written', () => {
    const headings = findDirectives(SI).filter((d) => d.level === 1);
    expect(headings.map((d) => [d.ordinal, d.family, d.number])).toEqual([
      ['PART 1', 'leg-part', 1], ['PART 2', 'leg-part', 2], ['SCHEDULE 1', 'leg-schedule', 1],
    ]);
  });

  it('does not take cross-references for items: paragraph (1), Article 4(2), (3) or (4), regulation 3(1)(a), section 5(b), subsection (c)', () => {
    const found = findDirectives(SI);
    // Every item begins a paragraph or follows 3.— / 5.— directly; none sits inside a sentence.
    expect(found).toHaveLength(22);
    for (const d of found) expect(['\n', '—']).toContain(SI[d.start - 1]);
    expect(leads(SI)).toContain('(3) Paragraph (1) does not apply to a flood described in Article 4(2), (3) or (4) of the 2009 Order.');
  });

  it('reads PART I and Part 2 headings, and not sentences that cite a Part or a Schedule', () => {
    const text = lines(
      'PART I',
      'Preliminary',
      '1. This Order may be cited as the Harbour Order 2023.',
      '2. This Order extends to England only.',
      'Part 2 – Works',
      '3. The undertaker may construct the works.',
      'Part 2 of this Order applies only to the harbour limits.',
      'Schedule 1 sets out the limits of deviation.',
      'PART I of the 1964 Act is amended as follows.',
      '4. The undertaker must maintain the works.',
      'Schedule 2',
      'Limits of deviation',
    );
    expect(shape(text)).toEqual(['1:PART I', '2:1.', '2:2.', '1:Part 2', '2:3.', '2:4.', '1:Schedule 2']);
  });

  it('drops an arrangement of regulations whose titles head the provisions below', () => {
    const text = lines(
      'ARRANGEMENT OF REGULATIONS',
      '1. Citation and commencement',
      '2. Interpretation',
      '3. Duty to report',
      'Citation and commencement',
      '1. These Regulations may be cited as the Flood Reporting Regulations 2024.',
      'Interpretation',
      '2. In these Regulations “the Act” means the Flood Act 2010.',
      'Duty to report',
      '3.—(1) An authority must report each flood.',
      '(2) The report must be published.',
    );
    expect(shape(text)).toEqual(['1:1.', '1:2.', '1:3.', '2:(1)', '2:(2)']);
    expect(findDirectives(text)[0].start).toBe(text.indexOf('1. These'));
  });

  it('drops a contents list of parts whose titles sit below the PART headings', () => {
    const text = lines(
      'CONTENTS',
      'PART 1 General',
      'PART 2 Enforcement',
      'PART 1',
      'General',
      '1. These Regulations may be cited as the Flood Reporting Regulations 2024.',
      '2. They come into force on 1st April 2024.',
      'PART 2',
      'Enforcement',
      '3. An authority which fails to report commits an offence.',
    );
    expect(shape(text)).toEqual(['1:PART 1', '2:1.', '2:2.', '1:PART 2', '2:3.']);
    expect(findDirectives(text)[0].start).toBe(text.indexOf('PART 1\nGeneral'));
  });

  it('keeps a list of short provisions whose titles do not come back', () => {
    const text = lines(
      'The Council has decided to:',
      '1. Extend the permit zone',
      '2. Review the charges',
      'Extend the permit zone',
      'The zone will include Elm Grove from 1 July.',
    );
    expect(shape(text)).toEqual(['1:1.', '1:2.']);
    expect(findDirectives(text)[0].start).toBe(text.indexOf('1. Extend'));
  });

  it('carries an abridged instrument on from 1. to 5.—(1)', () => {
    const text = lines(
      'Citation',
      '1. These Regulations may be cited as the Street Works (Charges) Regulations 2022.',
      '…',
      '5.—(1) An undertaker must pay a charge for each day of occupation.',
      '(2) The charge is £250.',
      '6. Regulation 5 does not apply to emergency works.',
    );
    expect(shape(text)).toEqual(['1:1.', '1:5.', '2:(1)', '2:(2)', '1:6.']);
  });
});

describe('a list after a dash', () => {
  it('finds (a) (b) or (c) written inline after “means—”, and not a lone (a) after a dash', () => {
    const text = lines(
      '2.—(1) In these Regulations “vehicle” means— (a) a motor vehicle; (b) a trailer; or (c) a pedal cycle.',
      '(2) A reference to a vehicle in paragraph (1) includes a part of one—(a) removed for repair.',
      '3. These Regulations come into force on 1st May 2025.',
    );
    expect(shape(text)).toEqual(['1:2.', '2:(1)', '3:(a)', '3:(b)', '3:(c)', '2:(2)', '1:3.']);
    expect(leads(text)[4]).toBe('(c) a pedal cycle.');
  });
});

describe('(i): the ninth letter or a Roman head, decided by the run', () => {
  it('reads (i) after (h) as a letter, and (i) under (a) as a Roman head, in one instrument', () => {
    const letters = 'abcdefghij'.split('').map((ch) => `(${ch})a permit of class ${ch.toUpperCase()};`);
    const text = lines(
      '7.—(1) In this regulation “permit” means—',
      ...letters,
      '(2) An application must include—',
      '(a)a plan showing—',
      '(i)the site, and',
      '(ii)the means of access; and',
      '(b)the fee.',
    );
    const found = findDirectives(text);
    expect(found).toHaveLength(17);
    const ninth = found[10];
    expect(ninth).toMatchObject({ ordinal: '(i)', family: 'en-alpha-paren', number: 9, level: 3 });
    const head = found[14];
    expect(head).toMatchObject({ ordinal: '(i)', family: 'en-roman-paren', number: 1, level: 4 });
    expect(text.slice(head.start, head.leadEnd)).toBe('(i)the site, and');
  });
});

describe('U.S. statutes', () => {
  const ACT = lines(
    'AN ACT To improve the reporting of flood risk, and for other purposes.',
    '§ 1. Short title.',
    'This Act may be cited as the “Flood Risk Reporting Act”.',
    'Sec. 2. Definitions.',
    'In this Act:',
    '(a)(1)(A) The term “agency” means an Executive agency as defined in 5 U.S.C. 6382(a)(2)(A).',
    '(B) The term “agency” does not include the Government Accountability Office.',
    '(2) The term “State” includes the District of Columbia.',
    '(b) The term “flood” has the meaning given in the Disaster Relief Act.',
    'Section 2 of the Disaster Relief Act applies to this Act.',
    'Section 3. Reports.',
    '(a) In general.—Each agency shall submit a report under subsection (b) to Congress.',
    '(b) Contents.—The report shall describe the flood risk to federal property.',
  );

  it('nests section > (a) > (1) > (A), reading (a)(1)(A) as three items', () => {
    expect(shape(ACT)).toEqual([
      '1:§ 1.', '1:Sec. 2.', '2:(a)', '3:(1)', '4:(A)', '4:(B)', '3:(2)', '2:(b)', '1:Section 3.', '2:(a)', '2:(b)',
    ]);
    const [, , a, one, bigA] = findDirectives(ACT);
    expect([a.start, one.start, bigA.start].map((s) => ACT.slice(s, s + 3))).toEqual(['(a)', '(1)', '(A)']);
    expect(ACT.slice(bigA.start, bigA.leadEnd)).toBe(
      '(A) The term “agency” means an Executive agency as defined in 5 U.S.C. 6382(a)(2)(A).',
    );
  });

  it('does not take 6382(a)(2)(A), “Section 2 of” or “subsection (b)” for items', () => {
    const found = findDirectives(ACT);
    expect(found.filter((d) => d.family === 'us-section').map((d) => d.ordinal)).toEqual(['§ 1.', 'Sec. 2.', 'Section 3.']);
    expect(found.filter((d) => d.ordinal === '(b)')).toHaveLength(2);
    expect(found).toHaveLength(11);
    for (const d of found) expect(ACT[d.start - 1]).toMatch(/[\n)]/);
  });
});

describe('UK Acts: sections headed by a bare number', () => {
  const ACT = lines(
    'Be it enacted by the King’s most Excellent Majesty, by and with the advice and consent of Parliament, as follows:—',
    '1 Street trading licences',
    '(1) A borough council may grant a street trading licence.',
    '(2) A licence may in particular specify—',
    '(a) the street in which trading is permitted;',
    '(b) the days on which it is permitted.',
    '2 Fees',
    'A borough council may charge a reasonable fee for a licence.',
    '3 Short title and commencement',
    '(1) This Act may be cited as the Street Trading Act 2025.',
    '(2) This Act comes into force on 1 April 2026.',
  );

  it('reads 1 Street trading licences as section 1, with its subsections one level down', () => {
    expect(shape(ACT)).toEqual(['1:1', '2:(1)', '2:(2)', '3:(a)', '3:(b)', '1:2', '1:3', '2:(1)', '2:(2)']);
    expect(findDirectives(ACT)[0]).toMatchObject({ family: 'leg-section', number: 1 });
  });

  it('does not take dates, addresses or Chinese lines beginning with a figure for sections', () => {
    const text = lines(
      'Consultation on the Street Trading Act 2025',
      '1 April 2025',
      '2 May 2025',
      'Responses should be sent to the Licensing Team at:',
      '3 Queen Street',
      'London',
      '1 Background',
      'The Act was passed in 2025.',
      '2 Questions',
      'We would like your views on fees.',
      '1 GDP增长5.2%，高于全国平均水平。',
      '2 CPI上涨0.3%，物价总体平稳。',
    );
    expect(shape(text)).toEqual(['1:1', '1:2']);
    expect(findDirectives(text)[0].start).toBe(text.indexOf('1 Background'));
  });
});

describe('English lists that end before the next one', () => {
  it('makes a list with its own lead-in a sibling of the list before it, not a sub-list of its last entry', () => {
    const text = lines(
      'Notice is hereby given that the Council proposes to make the above Order.',
      'The effect of the Order will be to:',
      '1. introduce a resident permit scheme in the roads listed in the Schedule;',
      '2. introduce double yellow lines at the junction of Hanover Street; and',
      '3. revoke the 2-hour limited waiting in Queen’s Park Road.',
      'Copies of the draft Order may be inspected at the Town Hall until 21 June 2024.',
      'Objections must:',
      '(a) be made in writing;',
      '(b) state the grounds on which they are made; and',
      '(c) include the name and address of the objector.',
    );
    expect(shape(text)).toEqual(['1:1.', '1:2.', '1:3.', '1:(a)', '1:(b)', '1:(c)']);
  });

  it('keeps a sub-list that follows its entry directly under that entry', () => {
    const text = lines(
      'The Council will:',
      '1. consult residents on the proposals;',
      '2. publish a report which must:',
      '(a) summarise the responses; and',
      '(b) set out the Council’s decision;',
      '3. review the scheme after 12 months.',
    );
    expect(shape(text)).toEqual(['1:1.', '1:2.', '2:(a)', '2:(b)', '1:3.']);
  });

  it('keeps Chinese headings enclosing what follows them, lead-in paragraph or not', () => {
    const text = lines(
      '一、工作任务',
      '（一）摸清底数。',
      '（二）建立台账。',
      '各乡镇要重点做好以下工作：',
      '1.入户核查；',
      '2.逐户登记。',
      '二、工作要求',
      '按时报送进展。',
    );
    expect(shape(text)).toEqual(['1:一、', '2:（一）', '2:（二）', '3:1.', '3:2.', '1:二、']);
  });
});
