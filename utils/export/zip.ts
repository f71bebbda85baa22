/**
 * Exporting many notices at once: a zip with one Markdown file per notice, or a
 * single combined Markdown file.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Annotation, NoticeRecord } from '../model';
import { renderFrontMatter } from './front-matter';
import { collectTags } from './group';
import { labelsFor, type ExportLang } from './labels';
import { renderNoticeBody, renderNoticeMarkdown, type MarkdownStyle } from './notice-markdown';
import { safeFileStem, uniqueFileName } from './file-name';
import { siteHost } from '../text/url';

export interface ExportItem {
  notice: NoticeRecord;
  annotations: Annotation[];
}

export type ExportMode = 'zip' | 'combined';

/**
 * The zip's timestamp for every entry. Zip stores local wall-clock time, so the
 * UTC fields of `exportedAt` are written as they are: the same bytes in every
 * time zone. Out-of-range or unparsable times fall back to 1980-01-01.
 */
function zipTime(exportedAt: string): Date {
  const t = new Date(exportedAt);
  const y = t.getUTCFullYear();
  if (Number.isNaN(t.getTime()) || y < 1980 || y > 2099) return new Date(1980, 0, 1);
  return new Date(y, t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds());
}

/** Name used when a notice has no usable title: its host name, else "notice". */
function fallbackName(notice: NoticeRecord): string {
  return siteHost(notice.page) ?? 'notice';
}

/** File names for the items, in order, unique case-insensitively. */
export function exportFileNames(items: ExportItem[]): string[] {
  const taken = new Set<string>();
  return items.map(({ notice }) =>
    uniqueFileName(safeFileStem(notice.title ?? '', fallbackName(notice)), '.md', taken),
  );
}

export function exportZip(items: ExportItem[], exportedAt: string, lang: ExportLang = 'zh', style: MarkdownStyle = {}): Uint8Array {
  const names = exportFileNames(items);
  const files: Zippable = {};
  items.forEach((item, i) => {
    const md = renderNoticeMarkdown(item.notice, item.annotations, { ...style, exportedAt, lang });
    files[names[i]!] = strToU8(md);
  });
  return zipSync(files, { level: 6, mtime: zipTime(exportedAt) });
}

/** All notices in one Markdown file: one front matter, one `##` section per notice. */
export function exportCombined(items: ExportItem[], exportedAt: string, lang: ExportLang = 'zh', style: MarkdownStyle = {}): string {
  const L = labelsFor(lang);
  const head = renderFrontMatter([
    ['title', L.combinedTitle],
    ['notices', items.length],
    ['tags', collectTags(items.flatMap((i) => i.annotations))],
    ['exported', exportedAt ?? ''],
  ]);
  const parts = items.map(({ notice, annotations }) =>
    renderNoticeBody(notice, annotations, { ...style, lang, exportedAt, headingLevel: 2, tagsLine: true }),
  );
  return `${head}\n# ${L.combinedTitle}\n${parts.map((p) => `\n${p}`).join('')}`;
}

export function exportAll(items: ExportItem[], mode: 'zip', exportedAt: string, lang?: ExportLang, style?: MarkdownStyle): Uint8Array;
export function exportAll(items: ExportItem[], mode: 'combined', exportedAt: string, lang?: ExportLang, style?: MarkdownStyle): string;
export function exportAll(items: ExportItem[], mode: ExportMode, exportedAt: string, lang?: ExportLang, style?: MarkdownStyle): Uint8Array | string;
export function exportAll(items: ExportItem[], mode: ExportMode, exportedAt: string, lang: ExportLang = 'zh', style: MarkdownStyle = {}): Uint8Array | string {
  return mode === 'zip' ? exportZip(items, exportedAt, lang, style) : exportCombined(items, exportedAt, lang, style);
}
