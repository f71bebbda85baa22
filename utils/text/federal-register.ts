/**
 * The own facts of the U.S. federal documents' two standing forms. A Federal Register document opens with its
 * captions (「AGENCY: Federal Emergency Management Agency, Department of Homeland Security.」, ACTION:, SUMMARY: …)
 * and closes with its filing line (「[FR Doc. 2025-04417 Filed 3-12-25; 8:45 am]」): the agency issued it and the FR Doc.
 * number is the one readers cite. A memorandum opens with its header (MEMORANDUM, DATE:, TO:, FROM:, SUBJECT:), whose
 * DATE: is the day it was written; a DATE: elsewhere (a meeting's) is not. Pure: lines of text in, values out.
 */
import { isMemoLine, normalizeDate } from './notice-meta';

/** 「[FR Doc. 2025-04417 Filed 3-12-25; 8:45 am]」 → 「FR Doc. 2025-04417」; '' for any other line. */
export function frDocNumber(line: string): string {
  const m = /^\[?\s*FR\s+Doc\.?\s*(?:No\.?\s*)?(E?\d{1,4}[–-]\d{3,6})\b/.exec(line.trim());
  return m ? `FR Doc. ${m[1]!.replace('–', '-')}` : '';
}

/**
 * The issuing agency of a Federal Register document's 「AGENCY:」 caption: the first body it names, without its
 * department (after the comma) or its initials in brackets.
 */
export function agencyCaption(line: string): string {
  const m = /^AGENCY:\s*(.{4,160}?)\.?\s*$/.exec(line.trim());
  if (!m) return '';
  // Its initials in brackets go; so does what follows a semicolon or the comma before the department it belongs to
  // (「…, Department of Homeland Security」, 「…, HHS」), but not the commas of a name (Alcohol, Tobacco, Firearms, and Explosives).
  const first = m[1]!
    .replace(/\s*\([A-Z&.\s-]{2,12}\)/g, '')
    .split(';')[0]!
    .replace(/,\s*(?:(?:U\.S\.|United States)\s+)?(?:Department|Office of the Secretary|Executive Office|[A-Z]{2,6}\b\.?$).*$/, '')
    .trim();
  return /^(?:U\.S\.\s+|United\s+States\s+)?[A-Z][\w.'’-]*(?:,?\s+(?:of|for|and|on|the|&|[A-Z][\w.'’-]*))*$/.test(first) ? first : '';
}

/** A header field of a memorandum's other than its date (notice-meta.ts's, which the verdict reads), or 「MEMORANDUM」 alone. */
const isMemoField = (line: string) => /^MEMORANDUM\s*$/.test(line) || (isMemoLine(line) && !/^\s*DATE\s*:/i.test(line));

export function memoHeaderDate(lines: string[]): string {
  const first = lines.map((l) => l.trim());
  if (first.filter(isMemoField).length < 2) return '';
  for (const l of first) {
    const m = /^DATE\s*:\s*(.{6,40})$/i.exec(l);
    if (m) return normalizeDate(m[1]!);
  }
  return '';
}
