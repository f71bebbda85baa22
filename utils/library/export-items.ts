/**
 * From library data to what utils/export renders: notices with their
 * annotations, and the names of the files the library downloads. Pure.
 */
import type { Annotation, NoticeRecord } from '../model';
import { exportFileNames, type ExportItem } from '../export';
import { siteHost } from '../text/url';
import type { IndexedNotice, LibraryIndex } from './build-index';

/** A stand-in record for annotations of a page the store has no notice record of. */
export function placeholderRecord(page: string, annotations: Annotation[]): NoticeRecord {
  const times = annotations.map((a) => a.created).sort();
  const first = times[0] ?? '';
  return {
    page, title: '', site: siteHost(page) ?? '', source: '', published: '', docNumber: '', directives: [],
    firstSeen: first, lastSeen: times[times.length - 1] ?? first,
  };
}

/** The export item of one indexed notice: all of its annotations, not only search hits. */
function exportItemOf(index: LibraryIndex, notice: IndexedNotice): ExportItem {
  const annotations = notice.annotations.map((j) => index.annotations[j]!);
  return { notice: notice.record ?? placeholderRecord(notice.page, annotations), annotations };
}

/** Export items for the given pages, in the order given; unknown pages are skipped. */
export function exportItemsFor(index: LibraryIndex, pages: string[]): ExportItem[] {
  const byPage = new Map(index.notices.map((n) => [n.page, n]));
  return pages.flatMap((p) => {
    const n = byPage.get(p);
    return n ? [exportItemOf(index, n)] : [];
  });
}

/** The .md file name of one notice (the same name it gets inside a zip export). */
export function noticeFileName(item: ExportItem): string {
  return exportFileNames([item])[0]!;
}

/** YYYY-MM-DD in local time: the day the reader sees in the file name. */
export function localDay(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
}

type DownloadKind = 'zip' | 'combined' | 'backup';

/** Names for multi-notice exports and backups: ASCII, dated, so they sort and never need escaping. */
export function downloadName(kind: DownloadKind, at: Date): string {
  const day = localDay(at);
  if (kind === 'zip') return `notice-lens-${day}.zip`;
  if (kind === 'combined') return `notice-lens-${day}.md`;
  return `notice-lens-backup-${day}.json`;
}
