/**
 * One notice and its annotations as Markdown: YAML front matter, the title, a
 * source line, the directives as a nested checklist with their highlights, the
 * other highlights and the page note. Everything that comes from the page or
 * the reader goes through markdown-escape, so it renders as text only.
 */
import type { Annotation, NoticeRecord } from '../model';
import { renderFrontMatter } from './front-matter';
import { collectTags, groupAnnotations, leadWithoutOrdinal, type DirectiveGroup } from './group';
import { labelled, labelsFor, type ExportLabels, type ExportLang } from './labels';
import { cleanText, escapeBlockLines, escapeInline, isBlank, isWebUrl, safeLink } from './markdown-escape';

export interface RenderOptions {
  exportedAt: string;
  lang: ExportLang;
}

export interface BodyOptions {
  lang: ExportLang;
  /** Level of the notice's title heading (1 alone, 2 inside a combined file). */
  headingLevel: 1 | 2;
  /** Adds a tags line under the source line (the front matter holds them otherwise). */
  tagsLine?: boolean;
}

type Lines = string[];

/** Prefix non-empty lines; empty lines stay empty (no trailing spaces). */
function indent(lines: Lines, prefix: string): Lines {
  return lines.map((l) => (l === '' ? '' : prefix + l));
}

function quoteLines(text: string, L: ExportLabels): Lines {
  const lines = escapeBlockLines(text);
  if (lines.length === 0) return [`> ${L.noQuote}`];
  return lines.map((l) => (l === '' ? '>' : `> ${l}`));
}

function quoteOf(a: Annotation): string {
  for (const s of a.selectors ?? []) if (s.type === 'TextQuoteSelector') return s.exact ?? '';
  return '';
}

function tagList(tags: string[] | undefined, L: ExportLabels): string {
  return (tags ?? [])
    .filter((t) => !isBlank(t))
    .map((t) => escapeInline(t))
    .join(L.listSep);
}

/** The colour / tags line under a highlight or page note, or nothing. */
function metaLine(a: Annotation, lang: ExportLang, L: ExportLabels): Lines {
  const parts: string[] = [];
  if (a.color) parts.push(labelled(lang, L.colour, L.colours[a.color] ?? escapeInline(a.color)));
  const tags = tagList(a.tags, L);
  if (tags) parts.push(labelled(lang, L.tags, tags));
  return parts.length ? [parts.join(' · ')] : [];
}

/** Blocks separated by one blank line, empty blocks skipped. */
function joinBlocks(blocks: Lines[]): Lines {
  const out: Lines = [];
  for (const b of blocks) {
    if (b.length === 0) continue;
    if (out.length) out.push('');
    out.push(...b);
  }
  return out;
}

/** A reader's note as paragraphs, the first one starting with "笔记：" / "Note: ". */
function noteLines(note: string, lang: ExportLang, L: ExportLabels): Lines {
  const lines = escapeBlockLines(note);
  if (lines.length) lines[0] = labelled(lang, L.note, lines[0]!);
  return lines;
}

function highlightBlock(a: Annotation, lang: ExportLang, L: ExportLabels): Lines {
  return joinBlocks([quoteLines(quoteOf(a), L), noteLines(a.note ?? '', lang, L), metaLine(a, lang, L)]);
}

function directiveItemText(g: DirectiveGroup, L: ExportLabels): string {
  const status = g.state?.status;
  const parts = [status === 'done' ? '[x]' : '[ ]'];
  const ordinal = escapeInline(g.ordinal ?? '');
  if (ordinal) parts.push(`**${ordinal}**`);
  const lead = escapeInline(leadWithoutOrdinal(g.lead ?? '', g.ordinal ?? ''));
  let text = parts.join(' ');
  if (lead) text += ` ${lead}`;
  if (status === 'doing') text += L.inProgress;
  if (!g.onPage) text += L.notOnPage;
  return text;
}

/**
 * The directives as one nested checklist. Depth follows the levels: a directive
 * nests under the nearest preceding one with a smaller level, whatever the gap.
 */
function directiveList(groups: DirectiveGroup[], lang: ExportLang, L: ExportLabels): Lines {
  const out: Lines = [];
  const stack: number[] = [];
  for (const g of groups) {
    const level = Number.isFinite(g.level) ? g.level : 1;
    while (stack.length && stack[stack.length - 1]! >= level) stack.pop();
    const pad = '  '.repeat(stack.length);
    stack.push(level);
    if (out.length) out.push('');
    out.push(`${pad}- ${directiveItemText(g, L)}`);
    const content = joinBlocks([
      ...g.notes.map((n) => noteLines(n.note ?? '', lang, L)),
      ...g.highlights.map((h) => highlightBlock(h, lang, L)),
    ]);
    if (content.length) out.push('', ...indent(content, `${pad}  `));
  }
  return out;
}

function sourceLine(notice: NoticeRecord, lang: ExportLang, L: ExportLabels): Lines {
  const url = cleanText(notice.page ?? '').trim();
  const parts: string[] = [];
  if (url) {
    let label = notice.site ?? '';
    if (isBlank(label) && isWebUrl(url)) label = new URL(url).hostname;
    parts.push(labelled(lang, L.source, safeLink(isBlank(label) ? url : label, url)));
  }
  const add = (label: string, value: string | undefined) => {
    if (!isBlank(value)) parts.push(labelled(lang, label, escapeInline(value!)));
  };
  add(L.issuer, notice.source);
  add(L.published, notice.published);
  add(L.docNumber, notice.docNumber);
  return parts.length ? [parts.join(' · ')] : [];
}

/** Everything after the front matter; also used for each notice of a combined file. */
export function renderNoticeBody(notice: NoticeRecord, annotations: Annotation[], opts: BodyOptions): string {
  const { lang } = opts;
  const L = labelsFor(lang);
  const h = (n: number) => '#'.repeat(opts.headingLevel + n);
  const title = escapeInline(notice.title ?? '') || L.untitled;
  const grouped = groupAnnotations(notice, annotations);

  const blocks: Lines[] = [[`${h(0)} ${title}`], sourceLine(notice, lang, L)];
  if (opts.tagsLine) {
    const tags = tagList(collectTags(annotations), L);
    if (tags) blocks.push([labelled(lang, L.tags, tags)]);
  }
  if (grouped.directives.length) {
    blocks.push([`${h(1)} ${L.directives}`], directiveList(grouped.directives, lang, L));
  }
  if (grouped.otherHighlights.length) {
    blocks.push([`${h(1)} ${L.otherHighlights}`], ...grouped.otherHighlights.map((a) => highlightBlock(a, lang, L)));
  }
  const notes = grouped.pageNotes.map((a) => joinBlocks([escapeBlockLines(a.note ?? ''), metaLine(a, lang, L)]));
  if (notes.some((n) => n.length)) blocks.push([`${h(1)} ${L.pageNote}`], ...notes);
  return `${joinBlocks(blocks).join('\n')}\n`;
}

/** Front matter fields of one notice, in a fixed order. */
export function noticeFrontMatter(notice: NoticeRecord, annotations: Annotation[], exportedAt: string): string {
  return renderFrontMatter([
    ['title', notice.title ?? ''],
    ['source', notice.page ?? ''],
    ['site', notice.site ?? ''],
    ['issuer', notice.source ?? ''],
    ['published', notice.published ?? ''],
    ['doc_number', notice.docNumber ?? ''],
    ['tags', collectTags(annotations)],
    ['exported', exportedAt ?? ''],
  ]);
}

export function renderNoticeMarkdown(notice: NoticeRecord, annotations: Annotation[], opts: RenderOptions): string {
  const body = renderNoticeBody(notice, annotations, { lang: opts.lang, headingLevel: 1 });
  return `${noticeFrontMatter(notice, annotations, opts.exportedAt)}\n${body}`;
}
