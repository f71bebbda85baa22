import type { FactLine } from './lines';
import { closingDate, normalizeDate } from '../text/notice-meta';
import { englishBodyLine, englishSignedDate } from '../text/document-marks';

/**
 * Where reports, speeches and press releases state their date and issuer, outside the 公文's own places (own-facts.ts
 * asks these after the box, the lines under the title and the signature block): a report's delivery line, Hong Kong's
 * closing 「Ends/…」, a minister's byline, a ministry's name closing the release, a date closing a notice on its own.
 */

/**
 * The date a report or speech was delivered, in the line under its title: 「——2025年1月9日在乌丹镇第十八届人民代表大会
 * 第六次会议上」 (the speaker may follow). A 政府工作报告 has no 成文日期 of its own: this is the date it bears.
 */
export function deliveredDate(s: string): string {
  const m = /^[—–－-]{1,2}\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*在\S.{0,60}?(?:会议|大会|会|论坛|仪式|典礼)上/.exec(s.trim());
  return m ? normalizeDate(m[1]!) : '';
}

/** Hong Kong's English press releases close with 「Ends/Tuesday, May 6, 2025」: the day the release was issued. */
export const pressReleaseEnd = (s: string) => (/^\s*Ends\s*\//.test(s) ? closingDate(s) : '');

/**
 * A minister's release under their byline: 「The Hon Daniel Reeve MP, Minister for Skills and Training」 names the
 * office that issues it; a byline of the name alone (「Hon Claire Whitfield」, New Zealand's releases) names the minister.
 */
export function ministerByline(lines: FactLine[]): string {
  for (let i = 0; i < lines.length; i++) {
    const m = /^((?:The\s+)?Hon\.?\s+(?:Dr\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}?)(?:\s+(?:MP|MLA|MPP|MLC|MHA|MHR|KC))?(?:\s*,\s*(Minister\s+(?:for|of)\s+[A-Z][^,;:]{2,70}?))?\s*$/.exec(lines[i]!.text.trim());
    if (!m) continue;
    // The portfolio may stand on the next line (a site's header: the name, <br>, the portfolio).
    const office = m[2] ?? /^(Minister\s+(?:for|of)\s+[A-Z][^,;:]{2,70}?)\s*$/.exec(lines[i + 1]?.text.trim() ?? '')?.[1];
    return office ?? m[1]!;
  }
  return '';
}

/** A release signed with its body's name alone, as the body's last line: Singapore's 「Ministry of Manpower」. */
export function closingBody(end: FactLine[]): string {
  const last = end.findLast((l) => l.links < l.chars);
  if (!last || last.cell) return '';
  // A name, not a sentence about the body: every word capitalised but the joining ones.
  const nameOnly = last.text.trim().split(/\s+/).every((w) => /^[A-Z&]/.test(w) || /^(?:of|for|and|the|on|in)$/.test(w));
  return nameOnly ? englishBodyLine(last.text) : '';
}

/**
 * The date a notice closes with on a line of its own, no body named above it (「…予以配合。」 / 「2024年2月26日」), then
 * at most its attachments' lines: its 成文日期. Not a date followed by more prose (a news story's dateline, a table).
 */
export function closingDateAlone(end: FactLine[]): string {
  for (let i = end.length - 1; i >= 0; i--) {
    const l = end[i]!;
    const date = !l.links && !l.cell ? closingDate(l.text) : '';
    if (date) return date;
    if (!l.links && /[，。；！,.;]/.test(l.text) && l.chars > 20) return '';
  }
  return '';
}

/** The issue date a notice's header states under its number: 「Notice 2025-04」 / 「Issued: June 2, 2025」. */
export function issuedDate(s: string): string {
  const m = /^(?:Issued|Date\s+issued|Issue\s+date)\s*:?\s*(.{6,30}?)\.?$/.exec(s.trim());
  return m ? englishSignedDate(m[1]!) : '';
}
