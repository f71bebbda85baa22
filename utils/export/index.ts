/** Pure export and backup logic: Markdown, file names, zip, backup files. No DOM, no browser APIs. */
export { renderNoticeMarkdown, renderNoticeBody, noticeFrontMatter, type MarkdownStyle, type RenderOptions } from './notice-markdown';
export { noteMarkdownLines } from './note-markdown';
export { passageUrl, textDirective, encodeTextDirective } from './passage-link';
export { citationMarkdown } from './citation';
export { escapeInline, escapeBlockLines, cleanText, linkDestination, safeLink } from './markdown-escape';
export { yamlString, renderFrontMatter } from './front-matter';
export { safeFileName, safeFileStem, uniqueFileName, truncateUtf8, MAX_NAME_BYTES } from './file-name';
export { exportAll, exportZip, exportCombined, exportFileNames, type ExportItem, type ExportMode } from './zip';
export {
  createBackup,
  parseBackup,
  stableUuid,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  DEFAULT_LIMITS,
  type BackupLimits,
  type BackupErrorCode,
  type BackupErrorInfo,
  type ParseBackupResult,
} from './backup';
export { collectTags, groupAnnotations } from './group';
export type { ExportLang } from './labels';
