/**
 * The notice as a reference in GB/T 7714-2015 form for an online document:
 * `发文机关. 标题: 文号[EB/OL]. (发布日期)[引用日期]. URL`, parts that are not
 * known left out. The responsible party is the notice's own 发文机关 when it was
 * read, else its 来源. Page text is escaped like every page string; the URL is an
 * autolink, so it shows as written and stays clickable. Pure string code.
 */
import type { NoticeRecord } from '../model';
import { isHttpUrl } from '../text/url';
import { escapeInline, isBlank } from './markdown-escape';

/** A URL CommonMark can write as `<…>`: no space, control or angle bracket (true of any URL the URL parser wrote). */
function autolink(url: string): string | null {
  if (!isHttpUrl(url)) return null;
  const href = new URL(url).href;
  return /^[^\s<>\u0000-\u001f\u007f]+$/.test(href) ? `<${href}>` : null;
}

/**
 * The citation's Markdown (without a label), or '' for a notice without a
 * title. `accessed` is the day of the export (YYYY-MM-DD). The brackets are
 * escaped: `[EB/OL]` must not read as a reference link a note could define.
 */
export function citationMarkdown(notice: NoticeRecord, accessed: string): string {
  if (isBlank(notice.title)) return '';
  let s = '';
  const party = isBlank(notice.issuer) ? notice.source : notice.issuer!;
  if (!isBlank(party)) s += `${escapeInline(party)}. `;
  s += escapeInline(notice.title);
  if (!isBlank(notice.docNumber)) s += `: ${escapeInline(notice.docNumber)}`;
  s += '\\[EB/OL\\]. ';
  if (!isBlank(notice.published)) s += `(${escapeInline(notice.published)})`;
  if (!isBlank(accessed)) s += `\\[${escapeInline(accessed)}\\]`;
  const url = autolink(notice.page ?? '');
  s = s.replace(/ $/, '');
  if (/[)\]]$/.test(s)) s += '.';
  if (url) s += ` ${url}`;
  return s;
}
