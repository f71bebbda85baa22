/**
 * A U.S. federal document's own facts where it states them: a Federal Register document's AGENCY: caption and FR Doc.
 * filing line, a memorandum's DATE: header. A date or an agency named anywhere else is not the document's own.
 */
import { describe, expect, it } from 'vitest';
import { agencyCaption, frDocNumber, memoHeaderDate } from '../../utils/text/federal-register';

describe('frDocNumber', () => {
  it('reads the filing line that closes every Federal Register document', () => {
    expect(frDocNumber('[FR Doc. 2025-04417 Filed 3-12-25; 8:45 am]')).toBe('FR Doc. 2025-04417');
    expect(frDocNumber('[FR Doc. E9-28022 Filed 11-23-09; 8:45 am]')).toBe('FR Doc. E9-28022');
    expect(frDocNumber('FR Doc. 2024–11832 Filed 5–30–24')).toBe('FR Doc. 2024-11832');
  });
  it('not a sentence that cites another document', () => {
    expect(frDocNumber('See the notice published at 89 FR 11832 (FR Doc. 2024-11832).')).toBe('');
    expect(frDocNumber('BILLING CODE 9111-66-P')).toBe('');
  });
});

describe('agencyCaption', () => {
  it('gives the first body the caption names, without its department or initials', () => {
    expect(agencyCaption('AGENCY: Federal Emergency Management Agency, Department of Homeland Security.')).toBe('Federal Emergency Management Agency');
    expect(agencyCaption('AGENCY: Environmental Protection Agency (EPA).')).toBe('Environmental Protection Agency');
    expect(agencyCaption('AGENCY: Office of the Secretary of Transportation (OST), U.S. Department of Transportation (DOT).')).toBe('Office of the Secretary of Transportation');
    expect(agencyCaption('AGENCY: Centers for Medicare & Medicaid Services (CMS), HHS.')).toBe('Centers for Medicare & Medicaid Services');
    expect(agencyCaption('AGENCY: Bureau of Alcohol, Tobacco, Firearms, and Explosives, Department of Justice.')).toBe('Bureau of Alcohol, Tobacco, Firearms, and Explosives');
    expect(agencyCaption('AGENCY: Food and Drug Administration, HHS.')).toBe('Food and Drug Administration');
  });
  it('not a line that only mentions an agency', () => {
    expect(agencyCaption('The agency will hold a meeting: Federal Emergency Management Agency staff will present.')).toBe('');
    expect(agencyCaption('AGENCY: see the list below, which names the offices that take part in this program.')).toBe('');
  });
});

describe('memoHeaderDate', () => {
  const header = ['MEMORANDUM', 'HHS Grants Policy Memorandum 2025-02', 'DATE: March 12, 2025', 'TO: Heads of Operating Divisions', 'FROM: Dana R. Whitfield', 'SUBJECT: Revised thresholds'];
  it('reads the DATE: of a memorandum\'s header', () => {
    expect(memoHeaderDate(header)).toBe('2025-03-12');
    expect(memoHeaderDate(['MEMORANDUM FOR: All Field Office Directors', 'FROM: Maria Benton', 'Date: May 21, 2024', 'SUBJECT: Waivers'])).toBe('2024-05-21');
  });
  it('not a meeting\'s date in a page without a memorandum\'s header', () => {
    expect(memoHeaderDate(['Public meeting on the draft plan', 'Date: April 10, 2025', 'Time: 1 p.m. to 4 p.m. Eastern Time', 'Location: online'])).toBe('');
    expect(memoHeaderDate(['TOPICS: flood maps, mitigation', 'REQUIREMENTS: none', 'Date: April 10, 2025', 'RESPONSES: by email'])).toBe('');
  });
});
