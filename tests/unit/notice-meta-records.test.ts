import { describe, expect, it } from 'vitest';
import { hasDate, isInfoLine, isMemoLine, normalizeDate } from '../../utils/text/notice-meta';
import { englishBodyLine, englishSignedDate, isFormalTitle, isIssuedLine, madeDate } from '../../utils/text/document-marks';
import { readOwnFacts } from '../../utils/facts/own-facts';
import type { FactLine } from '../../utils/facts/lines';

describe('numeric dates (20/03/2025 on a UK council page, 03/20/2025 on a U.S. one)', () => {
  it('are read when one number can only be the day', () => {
    expect(normalizeDate('Publication date: 21/03/2025')).toBe('2025-03-21');
    expect(normalizeDate('Posted 03/21/2025')).toBe('2025-03-21');
  });

  it('are dates but give no value when either number could be the day', () => {
    expect(normalizeDate('Date of decision: 05/03/2025')).toBe('');
    expect(hasDate('Date of decision: 05/03/2025')).toBe(true);
    expect(hasDate('Call 01/02 for help')).toBe(false);
  });
});

describe("a council's record of decision", () => {
  it('its fields are header lines, as a memo\'s are', () => {
    expect(isMemoLine('Decision Maker: Cabinet Member for Highways and Transport')).toBe(true);
    expect(isMemoLine('Decision status: Recommendations Approved')).toBe(true);
    expect(isMemoLine('Is Key decision?: Yes')).toBe(true);
    expect(isMemoLine('The decision maker will consider the report.')).toBe(false);
  });

  it('its publication and decision dates are info lines', () => {
    expect(isInfoLine('Publication date: 21/03/2025')).toBe(true);
    expect(isInfoLine('Date of decision: 20/03/2025')).toBe(true);
    expect(isInfoLine('Date of decision: to be confirmed')).toBe(false);
  });

  it('its date of decision and a resolution\'s adoption line give the date it was made', () => {
    expect(madeDate('Date of decision: 20/03/2025')).toBe('2025-03-20');
    expect(madeDate('PASSED AND ADOPTED this 19th day of September, 2024, by the following vote: Ayes 5, Nays 0, Absent 2.')).toBe('2024-09-19');
    expect(madeDate('The Board passed the resolution this week.')).toBe(null);
  });
});

describe('an English signature block', () => {
  it('a public body\'s name on a line of its own', () => {
    expect(englishBodyLine('Board of Public Works, City of Madison')).toBe('Board of Public Works, City of Madison');
    expect(englishBodyLine('Cedar Valley Water District')).toBe('Cedar Valley Water District');
    expect(englishBodyLine('Department for Environment, Food and Rural Affairs')).toBe('Department for Environment, Food and Rural Affairs');
    // A person's line, or a sentence, is not.
    expect(englishBodyLine('Ruth Halvorsen, Chair')).toBe('');
    expect(englishBodyLine('Evan Ellison, Township Clerk')).toBe('');
    expect(englishBodyLine('By order of the Board of Directors')).toBe('');
    expect(englishBodyLine('The Board of Directors met. It approved the plan.')).toBe('');
  });

  it('a line that is only a date, with Published / Dated before it', () => {
    expect(englishSignedDate('Published August 29, 2024')).toBe('2024-08-29');
    expect(englishSignedDate('Dated: 5 September 2024')).toBe('2024-09-05');
    expect(englishSignedDate('The hearing is on August 29, 2024 at 6 p.m.')).toBe('');
  });
});

describe('readOwnFacts on signature blocks', () => {
  let blocks = 0;
  const line = (text: string, tag = 'p'): FactLine => ({ text, written: text, chars: text.length, links: 0, cell: tag === 'td' || tag === 'th', block: ++blocks });
  const area = (end: FactLine[], before: FactLine[] = []) => ({ before, after: [], body: [], end, following: [] });

  it('a 落款 printed on one line gives the issuer and the date', () => {
    const facts = readOwnFacts(area([line('请遵照执行。'), line('湖南省安全生产委员会办公室　2024年5月20日')]), '');
    expect(facts.issuer).toBe('湖南省安全生产委员会办公室');
    expect(facts.written).toBe('2024-05-20');
  });

  it('a one-line 落款 in a table cell, or a deadline, is no signature', () => {
    expect(readOwnFacts(area([line('湖南省应急管理厅　2024年5月20日', 'td')]), '').written).toBe('');
    expect(readOwnFacts(area([line('牵头单位：市应急局　2024年6月30日前')]), '').issuer).toBe('');
  });

  it('an English body above a date, and ModernGov\'s Decision Maker field', () => {
    const signed = readOwnFacts(area([line('Board of Public Works, City of Madison'), line('Published August 29, 2024')]), '');
    expect(signed).toMatchObject({ issuer: 'Board of Public Works, City of Madison', written: '2024-08-29' });
    const decided = readOwnFacts(area([line('Any interest declared: None.')], [line('Decision Maker: Cabinet Member for Highways and Transport')]), '');
    expect(decided.issuer).toBe('Cabinet Member for Highways and Transport');
    // A person signing is no issuer.
    expect(readOwnFacts(area([line('Maria Alvarez, Board Secretary'), line('Dated: September 5, 2024')]), '').issuer).toBe('');
  });
});

describe('an English legal notice', () => {
  it('its title names the notice or the enactment, and its body opens with the legal wording', () => {
    expect(isFormalTitle('Notice of Public Hearing on Proposed Water Rate Changes')).toBe(true);
    expect(isFormalTitle('Resolution No. 2024-17: Payment Standards')).toBe(true);
    expect(isIssuedLine('NOTICE IS HEREBY GIVEN that the Board of Directors of the District will hold a public hearing.')).toBe(true);
  });

  it('a company\'s meeting notice, a story about a hearing, or a sentence citing the wording are not', () => {
    expect(isFormalTitle('Notice of Annual Meeting of Shareholders')).toBe(false);
    expect(isFormalTitle('District sets a public hearing on water rates')).toBe(false);
    expect(isIssuedLine('The clerk said notice is hereby given in the paper each year.')).toBe(false);
  });
});

describe('who makes an English instrument, from the sentence that enacts it', () => {
  it('ministers, a council ordaining, a governor acting by his authority', async () => {
    const { enactingSentence } = await import('../../utils/text/act-marks');
    expect(enactingSentence('The Scottish Ministers make the following Order in exercise of the powers conferred by section 72.')).toBe('Scottish Ministers');
    expect(enactingSentence('The Welsh Ministers make these Regulations in exercise of the powers conferred by the Act.')).toBe('Welsh Ministers');
    expect(enactingSentence('AN ORDINANCE OF THE COUNCIL OF THE CITY OF ASHFORD, OHIO, AMENDING CHAPTER 5.60 OF THE CODIFIED ORDINANCES')).toBe('Council of the City of Ashford');
    expect(enactingSentence('NOW, THEREFORE, pursuant to the authority vested in me as Governor of the State of Kansas, I hereby order:')).toBe('Governor of the State of Kansas');
  });
  it('a Secretary of State names no department; a sentence about a council names no maker', async () => {
    const { enactingSentence } = await import('../../utils/text/act-marks');
    expect(enactingSentence('The Secretary of State makes these Regulations in exercise of the powers conferred by section 10.')).toBe('');
    expect(enactingSentence('The council makes decisions on planning every month.')).toBe('');
    expect(enactingSentence('Birmingham City Council has agreed its budget for 2025/26.')).toBe('');
  });
  it('a department whose name joins its words with for / of', async () => {
    const { enactingSentence } = await import('../../utils/text/act-marks');
    expect(enactingSentence('The Department for Infrastructure makes the following Order in exercise of the powers conferred by Article 4(1).')).toBe('Department for Infrastructure');
    expect(enactingSentence('The Department of Health and Social Care makes these Regulations in exercise of the powers in section 2.')).toBe('Department of Health and Social Care');
  });
});

describe('who adopts a resolution or gives a legal notice, from its operative sentence', () => {
  it('a board resolving, a council giving notice', async () => {
    const { resolvingBody } = await import('../../utils/text/act-marks');
    expect(resolvingBody('NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of Cedar County as follows:')).toBe('Board of Commissioners of Cedar County');
    expect(resolvingBody('NOW, THEREFORE, BE IT RESOLVED by the Board of Commissioners of the Housing Authority of the City of Milford as follows:')).toBe('Board of Commissioners of the Housing Authority of the City of Milford');
    expect(resolvingBody('Notice is hereby given that Brighton & Hove City Council proposes to make the above Order under sections 1, 2 and 4.')).toBe('Brighton & Hove City Council');
    expect(resolvingBody('Notice is hereby given that the Secretary of State intends to make an Order.')).toBe('Secretary of State');
  });
  it('names no one where the sentence names no body', async () => {
    const { resolvingBody } = await import('../../utils/text/act-marks');
    expect(resolvingBody('BE IT FURTHER RESOLVED that the Clerk is directed to publish this resolution.')).toBe('');
    expect(resolvingBody('Notice is hereby given that the Council proposes to make an Order.')).toBe('');
    expect(resolvingBody('Notice is hereby given to all residents that the road will close.')).toBe('');
    expect(resolvingBody('The Board of Commissioners resolved to adopt the budget.')).toBe('');
  });
});

describe('an English translation of a Chinese document', () => {
  it('its 发文字号 in pinyin, a decree line and the number its title begins with', async () => {
    const { englishDocNumber } = await import('../../utils/text/document-marks');
    const { titleDocNumber, decreeIssuer } = await import('../../utils/text/act-marks');
    expect(englishDocNumber('Fa Gai Huan Zi [2024] No. 165')).toBe('Fa Gai Huan Zi [2024] No. 165');
    expect(englishDocNumber("Beijing Municipal People's Government Decree No. 318")).toBe("Beijing Municipal People's Government Decree No. 318");
    expect(decreeIssuer("Beijing Municipal People's Government Decree No. 318")).toBe("Beijing Municipal People's Government");
    expect(titleDocNumber('GACC Announcement No. 36 of 2024 on Matters Related to the Renewal of Registration')).toBe('GACC Announcement No. 36 of 2024');
  });
  it('a sentence citing a number, or a title that only mentions one, gives none', async () => {
    const { englishDocNumber } = await import('../../utils/text/document-marks');
    const { titleDocNumber, decreeIssuer } = await import('../../utils/text/act-marks');
    expect(englishDocNumber('We have revised the Catalogue (Fa Gai Huan Zi [2019] No. 293).')).toBe('');
    expect(decreeIssuer('Executive Decree No. 12')).toBe('');
    expect(titleDocNumber('Customs to implement Announcement No. 36 of 2024 from May')).toBe('');
  });
  it('signed by a body whose name has "and" in it, or by an Administration', () => {
    expect(englishBodyLine('National Development and Reform Commission')).toBe('National Development and Reform Commission');
    expect(englishBodyLine('General Administration of Customs')).toBe('General Administration of Customs');
    expect(englishBodyLine('Laura Kendrick and the staff of the office')).toBe('');
  });
});
