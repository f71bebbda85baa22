/**
 * A notice's facts (title, site, source, published date, 发文字号, 发文机关, 成文日期), read from plain data
 * (FactsInput, ./lines.ts): the page's title, host, meta tags and the lines around its body. No DOM: the background
 * runs it where its code stays warm (../analysis/), the page where the background does not answer
 * (../analysis/remote-facts.ts).
 */
import type { FactLine, FactsInput } from './lines';
import { readOwnFacts } from './own-facts';
import { isInfoLine, normalizeDate, valueAfter } from '../text/notice-meta';
import type { NoticeFacts } from '../dom/signals';

const SOURCE_LABELS = ['信息来源', '文章来源', '来源', '发文机关', '发布机构', 'From:', 'FROM:'];
const DATE_LABELS = ['发布日期', '发布时间', '成文日期', 'Published', 'Date:', 'DATE:'];

/** The facts of a document; a framed document's empty ones taken from the page around its frame. */
export function readFacts(input: FactsInput): NoticeFacts {
  return input.shell ? withShellFacts(readOwnPage(input), readFacts(input.shell)) : readOwnPage(input);
}

/** The framed document's facts, each empty one taken from its shell (the frame's own always win). */
export function withShellFacts(own: NoticeFacts, shell: NoticeFacts): NoticeFacts {
  const out = { ...own };
  for (const key of Object.keys(out) as (keyof NoticeFacts)[]) if (!out[key] && shell[key]) out[key] = shell[key];
  return out;
}

/** One document's facts, from its tags and the lines around its body. */
function readOwnPage(input: FactsInput): NoticeFacts {
  const { meta, area, titleLine, dateLine, info } = input;
  // What the rules read from folded lines, shown as the page writes it (../text/hant.ts).
  const lines = [...area.before, ...area.after, ...area.body, ...area.end, ...area.following];
  const written = (value: string) => asWritten(value, lines);
  // Labels and values may be separate lines (table cells, <dt>/<dd>), links included.
  const labelArea = [...area.before, ...area.after.slice(0, 10)];
  const titleParts = input.title.split(/[_|－—]| - |-(?=[^-]*$)/);
  const title = meta.articletitle || titleLine?.written || meta['og:title'] || titleParts[0]!.trim();
  const siteName = meta.sitename || meta['og:site_name'] || (titleParts.length > 1 ? titleParts.pop()!.trim() : '');
  const ownFacts = readOwnFacts(area, meta.articletitle || titleLine?.text || '', siteName !== title ? siteName : '');
  return {
    title,
    // A <title> without a separator is the document's title alone: it names no site.
    site: (siteName !== title && siteName) || input.host,
    source: meta.contentsource || written(labelled(labelArea, SOURCE_LABELS) || besideDate(dateLine?.text ?? '')),
    published: normalizeDate(meta.pubdate ?? '') || info.map(normalizeDate).find(Boolean) ||
      normalizeDate(labelled(labelArea, DATE_LABELS)) || normalizeDate(dateLine?.text ?? '') ||
      normalizeDate(meta['article:published_time'] ?? meta['dcterms.date'] ?? ''),
    docNumber: written(ownFacts.docNumber),
    issuer: written(ownFacts.issuer),
    written: ownFacts.written,
  };
}

/**
 * `value`, read from the rules' folded lines, as the page writes it: sliced at the same place from the first
 * line that holds it (folding keeps offsets). Unchanged when no line was folded, or none holds it as it is.
 */
function asWritten(value: string, lines: FactLine[]): string {
  if (!value) return value;
  for (const l of lines) {
    if (l.text === l.written) continue;
    const at = l.text.indexOf(value);
    if (at >= 0) return l.written.slice(at, at + value.length);
  }
  return value;
}

/** What a date line says besides the date: 「2024-04-18 19:32 深圳市应急管理局」 → the source. */
function besideDate(line: string): string {
  const rest = line.replace(/(?:19|20)\d{2}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(?::\d{2})?/g, ' ').trim();
  return /^[\u4e00-\u9fa5（）()]{2,30}$/.test(rest) ? rest : '';
}

/** The value of a labelled line, or of the line after a bare label ("From:" then the agency). */
function labelled(lines: FactLine[], labels: string[]): string {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (!labels.some((l) => t.includes(l))) continue;
    const v = valueAfter(t, labels);
    if (v) return v;
    const next = lines[i + 1]?.text ?? '';
    if (next && next.length <= 80 && !isInfoLine(next)) return next;
  }
  return '';
}
