import { renderNoticeMarkdown, type ExportItem, type MarkdownStyle } from '../export';
import type { Lang } from '../i18n';
import { localDay, noticeFileName } from '../library';
import { readReaderSettings, type SettingsStorage } from '../reader-settings';

/** One notice exported alone: its .md file name and Markdown (the popup's export, the library's download and copy). */
export interface NoticeFile {
  name: string;
  markdown: string;
}

/** The citation's access date is the reader's own day, as in the file names. */
export function noticeFile(item: ExportItem, lang: Lang, exportedAt: Date = new Date(), style: MarkdownStyle = {}): NoticeFile {
  const markdown = renderNoticeMarkdown(item.notice, item.annotations, { accessed: localDay(exportedAt), ...style, exportedAt: exportedAt.toISOString(), lang });
  return { name: noticeFileName(item), markdown };
}

/** What the reader's settings say about exports (the colour meanings); nothing when they cannot be read. */
export async function readExportStyle(area: SettingsStorage): Promise<MarkdownStyle> {
  try {
    return { colorMeanings: (await readReaderSettings(area)).colorMeanings };
  } catch {
    return {};
  }
}
