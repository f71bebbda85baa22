/**
 * The revision of a notice in its Markdown export (issue 16): a line saying since when the site changed it and
 * how much, and, when the reader asks for it, the changes themselves: each inserted, changed or deleted passage
 * as an escaped blockquote (page text never becomes Markdown of its own). Pure.
 */
import { translator } from '../i18n';
import { localDate } from '../revisions/dates';
import { bodyChanges } from '../revisions/diff';
import type { NoticeVersion } from '../revisions/model';
import type { ExportLang } from './labels';
import { escapeBlockLines, escapeInline } from './markdown-escape';

/** What the export says of one revised notice: since when (the oldest kept version) and what changed since. */
export interface ExportRevision {
  /** When the oldest kept version was saved (ISO time). */
  since: string;
  inserted: string[];
  changed: Array<{ before: string; after: string }>;
  deleted: string[];
}

/**
 * The revision of a notice from its versions (newest first): the oldest kept one against the newest, that is
 * everything the site changed since the reader first kept the notice. Null with fewer than two versions or
 * when the two say the same.
 */
export function exportRevision(newestFirst: NoticeVersion[]): ExportRevision | null {
  const newer = newestFirst[0];
  const older = newestFirst[newestFirst.length - 1];
  if (!newer || !older || newer === older) return null;
  const c = bodyChanges(older.text, newer.text);
  if (!c.inserted.length && !c.changed.length && !c.deleted.length) return null;
  return {
    since: older.savedAt,
    inserted: c.inserted.map((r) => newer.text.slice(r.start, r.end)),
    changed: c.changed.map((r) => ({ before: r.before, after: newer.text.slice(r.start, r.end) })),
    deleted: c.deleted.map((d) => d.text),
  };
}

/** 「本通知自 2026-11-20 以来有改动：新增 1 处，修改 1 处，删除 1 处。」 */
export function revisionLine(rev: ExportRevision, lang: ExportLang): string {
  const t = translator(lang);
  return t('mdRevisedSince', { date: localDate(rev.since), inserted: rev.inserted.length, changed: rev.changed.length, deleted: rev.deleted.length });
}

/** One passage: its label on a line, then the text as a blockquote. */
function passage(label: string, text: string): string[] {
  const lines = escapeBlockLines(text);
  return [label.trimEnd(), ...lines.map((l) => (l === '' ? '>' : `> ${l}`))];
}

/** The changes, passage by passage (inserted, changed, deleted), each block separated by a blank line. */
export function revisionChangeBlocks(rev: ExportRevision, lang: ExportLang): string[][] {
  const t = translator(lang);
  return [
    ...rev.inserted.map((text) => passage(t('mdChangeInserted'), text)),
    ...rev.changed.map((c) => passage(t('mdChangeChanged', { before: escapeInline(c.before) }), c.after)),
    ...rev.deleted.map((text) => passage(t('mdChangeDeleted'), text)),
  ];
}
