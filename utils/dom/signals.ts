import type { ContentRoot } from './content-root';
import type { NoticeSignals } from '../text/notice-score';
import { findDocNumber, hasDate, isInfoLine, normalizeDate, valueAfter } from '../text/notice-meta';

/** Facts shown in the side panel and written into exports. */
export interface NoticeFacts {
  title: string;
  site: string;
  source: string;
  published: string;
  docNumber: string;
}

const META_NAMES = ['articletitle', 'pubdate', 'contentsource', 'sitename', 'siteidcode', 'columnname', 'firstimgurl', 'description'];

export function readMeta(doc: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of Array.from(doc.head?.querySelectorAll('meta[name],meta[property]') ?? [])) {
    const name = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
    const content = (el.getAttribute('content') ?? '').trim();
    if (content && (META_NAMES.includes(name) || name === 'og:type' || name === 'og:title' || name === 'og:site_name')) meta[name] = content;
  }
  return meta;
}

/** Short lines before the body (title area) where the 发布时间/来源 line lives. */
function headerLines(doc: Document, root: Element | null): string[] {
  const lines: string[] = [];
  const candidates = doc.body?.querySelectorAll('div,p,span,td,li,h1,h2,h3,h4,h5,h6,em,small,time,font,tr,table') ?? [];
  for (const el of Array.from(candidates)) {
    if (root && (root === el || root.contains(el))) break;
    if (el.childElementCount > 12) continue;
    const t = (el.textContent ?? '').trim();
    if (t && t.length <= 200) lines.push(t.replace(/\s+/g, ' '));
    if (lines.length > 400) break;
  }
  return lines;
}

export function extractSignals(doc: Document, content: ContentRoot | null): { signals: NoticeSignals; facts: NoticeFacts } {
  const meta = readMeta(doc);
  const root = content?.root ?? null;
  const lines = headerLines(doc, root);
  const info = lines.filter(isInfoLine);
  const infoLine = info.length > 0;
  const tableText = Array.from(doc.body?.querySelectorAll('table') ?? [])
    .slice(0, 20)
    .map((t) => t.textContent ?? '')
    .find((t) => /发文字号|成文日期|发文机关|索\s*引\s*号/.test(t) && t.length < 2000);
  const bodyTextAll = doc.body?.textContent ?? '';
  const footerText = bodyTextAll.slice(-3000);

  const heading = findHeading(doc, root);
  const title = meta.articletitle || heading || meta['og:title'] || doc.title.split(/[_|－—-]/)[0]!.trim();
  const facts: NoticeFacts = {
    title,
    site: meta.sitename || meta['og:site_name'] || doc.title.split(/[_|－—-]/).pop()!.trim() || doc.location?.hostname || '',
    source: meta.contentsource || info.map((l) => valueAfter(l, ['信息来源', '文章来源', '来源', '发文机关'])).find(Boolean) ||
      (tableText ? valueAfter(tableText.replace(/\s+/g, ' '), ['发文机关']) : ''),
    published: normalizeDate(meta.pubdate ?? '') || info.map(normalizeDate).find(Boolean) || '',
    docNumber: (tableText ? findDocNumber(tableText) : '') || lines.slice(0, 120).map(findDocNumber).find(Boolean) || '',
  };

  const signals: NoticeSignals = {
    meta,
    articleType: meta['og:type'] === 'article',
    infoLine,
    docNumberTable: Boolean(tableText) || Boolean(facts.docNumber),
    govFooter: /网站标识码|ICP备|政府网站/.test(footerText),
    bodyText: content?.text ?? 0,
    bodyLinkDensity: content?.linkDensity ?? 1,
    bodyParagraphs: content?.paragraphs ?? 0,
    datedLinks: countDatedLinks(doc),
    formFields: doc.body?.querySelectorAll('input:not([type=hidden]):not([type=search]):not([type=submit]):not([type=button]),textarea,select').length ?? 0,
  };
  return { signals, facts };
}

function findHeading(doc: Document, root: Element | null): string {
  const nodes = doc.body?.querySelectorAll('h1,h2,h3,.title,[class*=title],[id*=title]') ?? [];
  let best = '';
  for (const el of Array.from(nodes)) {
    if (root && root.contains(el)) continue;
    const t = (el.textContent ?? '').trim().replace(/\s+/g, ' ');
    if (t.length >= 6 && t.length <= 120 && !isInfoLine(t) && t.length > best.length && el.querySelectorAll('a').length === 0) best = t;
  }
  return best;
}

/** Links standing in a list item or row that also carries a date: the shape of a column page. */
function countDatedLinks(doc: Document): number {
  let n = 0;
  for (const item of Array.from(doc.body?.querySelectorAll('li,tr,dd,dt') ?? [])) {
    if (item.querySelector('a') && hasDate(item.textContent ?? '') && (item.textContent ?? '').length < 200) n++;
    if (n >= 200) break;
  }
  return n;
}
