/**
 * The notes library's search index, built once per data load (not per
 * keystroke): every searchable text folded and joined into one string, so a
 * search term is a handful of native `indexOf` scans instead of 20,000 string
 * comparisons. Also the per-notice facts the filters and sorts need. Pure.
 */
import { COLORS, DIRECTIVE_STATUSES, type Annotation, type Color, type DirectiveStatus, type NoticeRecord } from '../model';
import type { LibraryEntry } from '../store/messages';
import { byPosition, cmp } from '../export/group';
import { foldForSearch } from '../text/fold';
import { siteHost } from '../text/url';

export interface IndexedNotice {
  page: string;
  /** Null when the store has annotations for a page but no notice record. */
  record: NoticeRecord | null;
  title: string;
  /** The site's name, else the URL's host name. */
  site: string;
  /** YYYY-MM-DD: the publication date when known, else the day first seen; '' when neither. */
  date: string;
  /** Latest of lastSeen and the annotations' `modified` (ISO). */
  recent: string;
  /** Indexes into `LibraryIndex.annotations`, in reading order (document position, page notes last). */
  annotations: number[];
}

export interface LibraryIndex {
  notices: IndexedNotice[];
  annotations: Annotation[];
  /** For each annotation, the index of its notice. */
  noticeOf: Int32Array;
  /** False for a directive annotation superseded by a newer one for the same directive (its status is stale). */
  effective: Uint8Array;
  /** Folded texts: notices first (doc i = notice i), then annotations (doc N + j), joined by \u0000. */
  corpus: string;
  /** Where each document starts in `corpus`, plus one final entry: the corpus length + 1. */
  docStart: Int32Array;
  /** Notice order for each sort, computed once. */
  order: { recent: Int32Array; title: Int32Array; date: Int32Array };
  facets: { sites: string[]; tags: string[]; colors: Color[]; statuses: DirectiveStatus[] };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function dayOf(record: NoticeRecord | null): string {
  if (!record) return '';
  if (ISO_DAY.test(record.published)) return record.published.slice(0, 10);
  return ISO_DAY.test(record.firstSeen) ? record.firstSeen.slice(0, 10) : '';
}

export function quoteOf(a: Annotation): string {
  for (const s of a.selectors) if (s.type === 'TextQuoteSelector') return s.exact;
  return a.kind === 'directive' ? (a.directive?.lead ?? '') : '';
}

function annotationText(a: Annotation): string {
  const lead = a.kind === 'directive' ? (a.directive?.lead ?? '') : '';
  return [quoteOf(a), lead, a.note, ...a.tags].join('\n');
}

function noticeText(n: IndexedNotice): string {
  const r = n.record;
  return [n.title, n.site, r?.source ?? '', r?.docNumber ?? '', n.page].join('\n');
}

/** Reading order inside a notice: positioned annotations by position, then the rest, page notes last. */
function readingOrder(list: Annotation[], a: number, b: number): number {
  const x = list[a]!;
  const y = list[b]!;
  const px = x.kind === 'page-note' ? 1 : 0;
  const py = y.kind === 'page-note' ? 1 : 0;
  return px - py || byPosition(x, y);
}

// Made on first use: building a pinyin collator loads ICU's collation data (~3 ms), and this module is bundled
// into notice-app.js, where a bundler keeps a top-level \`new\` whatever the module's use (issue 14).
let collator: Intl.Collator | undefined;
const titleCollator = () => (collator ??= new Intl.Collator(['zh-Hans-CN-u-co-pinyin', 'en'], { numeric: true }));

function sortOrders(notices: IndexedNotice[]): LibraryIndex['order'] {
  const ids = () => Int32Array.from(notices.keys());
  const tie = (a: number, b: number) => cmp(notices[a]!.page, notices[b]!.page);
  const byRecent = (a: number, b: number) => cmp(notices[b]!.recent, notices[a]!.recent) || tie(a, b);
  const titled = (n: IndexedNotice) => n.title || n.page;
  return {
    recent: ids().sort(byRecent),
    title: ids().sort((a, b) => titleCollator().compare(titled(notices[a]!), titled(notices[b]!)) || tie(a, b)),
    // Newest first; notices without any date go last.
    date: ids().sort((a, b) => {
      const da = notices[a]!.date;
      const db = notices[b]!.date;
      return (da === '' ? 1 : 0) - (db === '' ? 1 : 0) || cmp(db, da) || byRecent(a, b);
    }),
  };
}

function countedKeys<T extends string>(counts: Map<T, number>): T[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([k]) => k);
}

/**
 * Builds the index from what the store returns (`library/list`,
 * `library/annotations`). Annotations of a page missing from `entries` still
 * get a notice entry, so nothing stored is unreachable.
 */
export function buildLibraryIndex(entries: LibraryEntry[], annotations: Annotation[]): LibraryIndex {
  const byPage = new Map<string, number>();
  const notices: IndexedNotice[] = [];
  const addNotice = (page: string, record: NoticeRecord | null) => {
    byPage.set(page, notices.length);
    notices.push({
      page, record, title: record?.title.trim() ?? '', site: record?.site.trim() || (siteHost(page) ?? ''),
      date: dayOf(record), recent: record?.lastSeen ?? '', annotations: [],
    });
  };
  for (const e of entries) if (!byPage.has(e.page)) addNotice(e.page, e.notice);

  const noticeOf = new Int32Array(annotations.length);
  annotations.forEach((a, j) => {
    if (!byPage.has(a.page)) addNotice(a.page, null);
    const i = byPage.get(a.page)!;
    noticeOf[j] = i;
    const n = notices[i]!;
    n.annotations.push(j);
    if (a.modified > n.recent) n.recent = a.modified;
  });

  // Only the newest directive annotation of a directive decides its status (as in the export).
  const effective = new Uint8Array(annotations.length).fill(1);
  const newest = new Map<string, number>();
  annotations.forEach((a, j) => {
    if (a.kind !== 'directive') return;
    const key = `${a.page}\u0000${a.directive?.index ?? -1}\u0000${a.directive?.lead ?? ''}`;
    const k = newest.get(key);
    if (k === undefined) return void newest.set(key, j);
    const older = cmp(annotations[k]!.modified, a.modified) <= 0 ? k : j;
    effective[older] = 0;
    newest.set(key, older === k ? j : k);
  });

  for (const n of notices) n.annotations.sort((a, b) => readingOrder(annotations, a, b));

  const docs = [...notices.map(noticeText), ...annotations.map(annotationText)].map(foldForSearch);
  const docStart = new Int32Array(docs.length + 1);
  let at = 0;
  docs.forEach((d, i) => {
    docStart[i] = at;
    at += d.length + 1;
  });
  docStart[docs.length] = at;

  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  const colors = new Map<Color, number>();
  const statuses = new Map<DirectiveStatus, number>();
  const bump = <T>(m: Map<T, number>, k: T) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const n of notices) bump(sites, n.site);
  annotations.forEach((a, j) => {
    for (const t of new Set(a.tags.map((x) => x.trim()).filter(Boolean))) bump(tags, t);
    if (a.kind === 'highlight' && a.color) bump(colors, a.color);
    if (a.kind === 'directive' && a.status && effective[j]) bump(statuses, a.status);
  });

  return {
    notices, annotations, noticeOf, effective, corpus: docs.join('\u0000'), docStart,
    order: sortOrders(notices),
    facets: {
      sites: countedKeys(sites),
      tags: countedKeys(tags),
      colors: COLORS.filter((c) => colors.has(c)),
      statuses: DIRECTIVE_STATUSES.filter((s) => statuses.has(s)),
    },
  };
}
