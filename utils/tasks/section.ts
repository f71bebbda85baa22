/**
 * Each directive's own passage: the text its deadline and units are read from. Pure.
 *
 * A directive's section is its lead sentence and the body that follows up to the next item of the same or a
 * higher level. Its children's text is theirs (a child's deadline is not the parent's), so the passage a
 * directive owns stops at the next directive of any level: a parent keeps its own text before its first
 * child. Two more ends, both where a notice's own closing begins rather than the item's body:
 * - an item written inside a paragraph (（二）做好信息报送。各地…, 一是…二是…, RESOLVED (a) … (c) …), or a list
 *   entry that is a paragraph of its own (4. revoke the …), owns that paragraph only: the paragraph after
 *   the last item of such a list is the notice's, not the item's;
 * - a heading item (一、工作要求 on a line of its own) owns the paragraphs below it up to the next item or
 *   the closing: 特此通知, 联系人, 附件, a date line, the signature or any short line without punctuation.
 */
import type { TaskSource } from './model';

export interface Passage {
  start: number;
  end: number;
}

const CLOSING_START = /^(?:特此(?:通知|通告|公告|函告)|联系人|联系电话|联系方式|附件|抄送|[（(]?此件|Dated?:)/;
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$/;
const PROSE_PUNCTUATION = /[。；！？.;!?：:，,]/;

/** A line where the notice's closing begins (or a heading or title that is not an item). */
export function isClosingLine(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  return CLOSING_START.test(t) || DATE_LINE.test(t) || (t.length <= 40 && !PROSE_PUNCTUATION.test(t));
}

/**
 * Whether the directive is a heading: its line holds its lead and nothing else, and is as short as headings
 * are (一、工作要求; （一）开拓市场化社会化就业渠道。), not a list entry (4. revoke the 2-hour …; (a) …;).
 */
function isHeadingLine(text: string, d: TaskSource['directives'][number], lineStart: number, lineEnd: number): boolean {
  const line = text.slice(lineStart, lineEnd).trim();
  const alone = text.slice(lineStart, d.start).trim() === '' && text.slice(Math.max(d.leadEnd, d.start), lineEnd).trim() === '';
  return alone && line.length <= 40 && !/[;；:：,，]$/.test(line);
}

export function ownPassages(source: TaskSource): Passage[] {
  const { text, directives } = source;
  return directives.map((d, k) => {
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    const newline = text.indexOf('\n', d.start);
    const lineEnd = newline < 0 ? text.length : newline;
    let end = Math.min(directives[k + 1]?.start ?? text.length, text.length);
    if (!isHeadingLine(text, d, lineStart, lineEnd)) return { start: d.start, end: Math.min(end, lineEnd) };
    for (let at = lineEnd + 1; at < end; ) {
      const next = text.indexOf('\n', at);
      const stop = next < 0 || next > end ? end : next;
      if (isClosingLine(text.slice(at, stop))) {
        end = at;
        break;
      }
      at = stop + 1;
    }
    return { start: d.start, end };
  });
}
