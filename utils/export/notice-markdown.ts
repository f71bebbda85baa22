/**
 * One notice and its annotations as Markdown: YAML front matter, the title, a
 * source line and a GB/T 7714 citation, the directives as a nested outline (the
 * ones the reader touched as tasks) with their highlights, the other highlights
 * and the page notes. Page text (title, quotes, directive text, metadata) goes
 * through markdown-escape and renders as text only; the reader's notes keep the
 * Markdown they wrote (note-markdown.ts), indented under their item.
 */
import type { Annotation, Color, NoticeRecord } from '../model';
import { citationMarkdown } from './citation';
import { renderFrontMatter } from './front-matter';
import { collectTags, groupAnnotations, isTouched, leadWithoutOrdinal, type DirectiveGroup } from './group';
import { labelled, labelsFor, type ExportLabels, type ExportLang } from './labels';
import { translator } from '../i18n';
import { cleanText, escapeBlockLines, escapeInline, isBlank, linkDestination, safeLink } from './markdown-escape';
import { groupTaskSuffix } from './tasks-markdown';
import { noteMarkdownLines, startsBlock } from './note-markdown';
import { passageUrl } from './passage-link';
import { siteHost } from '../text/url';
import { revisionChangeBlocks, revisionLine, type ExportRevision } from './revision-markdown';

/** Choices the reader makes about the export (library export bar, reader settings). */
export interface MarkdownStyle {
  /** Every directive as a task (`- [ ]`); by default only those the reader touched are tasks. */
  allAsTasks?: boolean;
  /** What each highlight colour means to the reader; a colour is exported only through its meaning. */
  colorMeanings?: Partial<Record<Color, string>>;
  /** The citation's access date (YYYY-MM-DD); by default the date of `exportedAt`. */
  accessed?: string;
  /** The revisions of the exported notices that the site changed, by page (issue 16; revision-markdown.ts). */
  revisions?: Readonly<Record<string, ExportRevision>>;
  /** With a revision, also list the changed passages (the reader's choice); else only the revision line. */
  revisionChanges?: boolean;
}

export interface RenderOptions extends MarkdownStyle {
  exportedAt: string;
  lang: ExportLang;
}

export interface BodyOptions extends MarkdownStyle {
  lang: ExportLang;
  exportedAt: string;
  /** Level of the notice's title heading (1 alone, 2 inside a combined file). */
  headingLevel: 1 | 2;
  /** Adds a tags line under the source line (the front matter holds them otherwise). */
  tagsLine?: boolean;
}

type Lines = string[];

/** What every part of one notice's body needs. */
interface Ctx {
  notice: NoticeRecord;
  lang: ExportLang;
  L: ExportLabels;
  style: MarkdownStyle;
}

/** Prefix non-empty lines; empty lines stay empty (no trailing spaces). */
function indent(lines: Lines, prefix: string): Lines {
  return lines.map((l) => (l === '' ? '' : prefix + l));
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

function quoteOf(a: Annotation): string {
  for (const s of a.selectors ?? []) if (s.type === 'TextQuoteSelector') return s.exact ?? '';
  return '';
}

/** `[↗](url "title")`: back to the passage; the title is what a tooltip or screen reader gives. */
function backLink(url: string, L: ExportLabels): string {
  const title = L.backLinkTitle.replace(/["\\]/g, '\\$&');
  return `[↗](${linkDestination(url)} "${title}")`;
}

/** The quote as a blockquote, its last line ending with the link back to the passage. */
function quoteLines(a: Annotation, { notice, L }: Ctx): Lines {
  const quote = quoteOf(a);
  const lines = escapeBlockLines(quote);
  if (lines.length === 0) lines.push(L.noQuote);
  const url = passageUrl(notice.page, a.id, quote, notice.shell);
  if (url) lines[lines.length - 1] += ` ${backLink(url, L)}`;
  return lines.map((l) => (l === '' ? '>' : `> ${l}`));
}

function tagList(tags: string[] | undefined, L: ExportLabels): string {
  return (tags ?? [])
    .filter((t) => !isBlank(t))
    .map((t) => escapeInline(t))
    .join(L.listSep);
}

/** The meaning / tags line under a highlight or page note, or nothing. A colour without a meaning says nothing. */
function metaLine(a: Annotation, { lang, L, style }: Ctx): Lines {
  const parts: string[] = [];
  const meaning = a.kind === 'highlight' ? style.colorMeanings?.[a.color ?? 'yellow'] : undefined;
  if (!isBlank(meaning)) parts.push(labelled(lang, L.marked, escapeInline(meaning!)));
  const tags = tagList(a.tags, L);
  if (tags) parts.push(labelled(lang, L.tags, tags));
  return parts.length ? [parts.join(' · ')] : [];
}

/**
 * A reader's note as the Markdown they wrote, after "笔记：" / "Note: ". When the
 * note starts with a block of its own (a list, a quote, code) the label stands
 * on its own line, so the block stays what the reader wrote.
 */
function noteLines(note: string, { lang, L }: Ctx): Lines {
  const lines = noteMarkdownLines(note);
  if (lines.length === 0) return [];
  if (startsBlock(lines[0]!)) return [labelled(lang, L.note, '').trimEnd(), '', ...lines];
  lines[0] = labelled(lang, L.note, lines[0]!);
  return lines;
}

function highlightBlock(a: Annotation, ctx: Ctx): Lines {
  return joinBlocks([quoteLines(a, ctx), noteLines(a.note ?? '', ctx), metaLine(a, ctx)]);
}

/** `[x] **一要** 坚决…` for a task, `**四要** 加快…` for a plain outline line. */
function directiveItemText(g: DirectiveGroup, asTask: boolean, L: ExportLabels): string {
  const status = g.state?.status;
  const parts = asTask ? [status === 'done' ? '[x]' : '[ ]'] : [];
  const ordinal = escapeInline(g.ordinal ?? '');
  if (ordinal) parts.push(`**${ordinal}**`);
  const lead = escapeInline(leadWithoutOrdinal(g.lead ?? '', g.ordinal ?? ''));
  if (lead) parts.push(lead);
  let text = parts.join(' ');
  if (status === 'doing') text += L.inProgress;
  if (!g.onPage) text += L.notOnPage;
  return text;
}

/**
 * The directives as one nested outline. Depth follows the levels: a directive
 * nests under the nearest preceding one with a smaller level, whatever the gap.
 * Only the directives the reader touched are tasks (an 87-item 方案 would
 * otherwise flood every task query), unless the reader asks for all.
 */
function directiveList(groups: DirectiveGroup[], ctx: Ctx): Lines {
  const out: Lines = [];
  const stack: number[] = [];
  for (const [i, g] of groups.entries()) {
    const level = Number.isFinite(g.level) ? g.level : 1;
    while (stack.length && stack[stack.length - 1]! >= level) stack.pop();
    const pad = '  '.repeat(stack.length);
    stack.push(level);
    if (out.length) out.push('');
    const asTask = ctx.style.allAsTasks === true || isTouched(g);
    // A task carries its lead unit and 📅 / 🔁 / ✅ in the Obsidian Tasks form (tasks-markdown.ts).
    out.push(`${pad}- ${directiveItemText(g, asTask, ctx.L)}${asTask ? groupTaskSuffix(ctx.notice, g, i, ctx.lang) : ''}`);
    const content = joinBlocks([
      ...g.notes.map((n) => noteLines(n.note ?? '', ctx)),
      ...g.highlights.map((h) => highlightBlock(h, ctx)),
    ]);
    if (content.length) out.push('', ...indent(content, `${pad}  `));
  }
  return out;
}

function sourceLine({ notice, lang, L }: Ctx): Lines {
  const url = cleanText(notice.page ?? '').trim();
  const parts: string[] = [];
  if (url) {
    let label = notice.site ?? '';
    if (isBlank(label)) label = siteHost(url) ?? label;
    parts.push(labelled(lang, L.source, safeLink(isBlank(label) ? url : label, url)));
  }
  const add = (label: string, value: string | undefined) => {
    if (!isBlank(value)) parts.push(labelled(lang, label, escapeInline(value!)));
  };
  add(L.authority, notice.issuer);
  // The 来源 is often the 发文机关 itself: said once.
  if (notice.source?.trim() !== notice.issuer?.trim()) add(L.issuer, notice.source);
  add(L.written, notice.written);
  add(L.published, notice.published);
  add(L.docNumber, notice.docNumber);
  return parts.length ? [parts.join(' · ')] : [];
}

function citationLine(ctx: Ctx, exportedAt: string): Lines {
  const accessed = ctx.style.accessed ?? /^\d{4}-\d{2}-\d{2}/.exec(exportedAt ?? '')?.[0] ?? '';
  const citation = citationMarkdown(ctx.notice, accessed);
  return citation ? [labelled(ctx.lang, ctx.L.citation, citation)] : [];
}

/**
 * The page notes at the top level of the section, as written. Between two notes
 * a rule of our own, so a list or indented line of one cannot run on into the next.
 */
function pageNoteBlocks(notes: Annotation[], ctx: Ctx): Lines[] {
  const blocks = notes
    .map((a) => joinBlocks([noteMarkdownLines(a.note ?? ''), metaLine(a, ctx)]))
    .filter((b) => b.length > 0);
  return blocks.flatMap((b, i) => (i === 0 ? [b] : [['* * *'], b]));
}

/** Everything after the front matter; also used for each notice of a combined file. */
export function renderNoticeBody(notice: NoticeRecord, annotations: Annotation[], opts: BodyOptions): string {
  const { lang, headingLevel, tagsLine, exportedAt, ...style } = opts;
  const L = labelsFor(lang);
  const ctx: Ctx = { notice, lang, L, style };
  const h = (n: number) => '#'.repeat(headingLevel + n);
  const title = escapeInline(notice.title ?? '') || L.untitled;
  const grouped = groupAnnotations(notice, annotations);

  const blocks: Lines[] = [[`${h(0)} ${title}`], sourceLine(ctx), citationLine(ctx, exportedAt)];
  const revision = style.revisions?.[notice.page];
  if (revision) blocks.push([revisionLine(revision, lang)]);
  if (tagsLine) {
    const tags = tagList(collectTags(annotations), L);
    if (tags) blocks.push([labelled(lang, L.tags, tags)]);
  }
  if (grouped.directives.length) {
    blocks.push([`${h(1)} ${L.directives}`], directiveList(grouped.directives, ctx));
  }
  if (grouped.otherHighlights.length) {
    blocks.push([`${h(1)} ${L.otherHighlights}`], ...grouped.otherHighlights.map((a) => highlightBlock(a, ctx)));
  }
  const notes = pageNoteBlocks(grouped.pageNotes, ctx);
  if (notes.length) blocks.push([`${h(1)} ${L.pageNote}`], ...notes);
  if (revision && style.revisionChanges) blocks.push([`${h(1)} ${translator(lang)('mdChangesTitle')}`], ...revisionChangeBlocks(revision, lang));
  return `${joinBlocks(blocks).join('\n')}\n`;
}

/** Front matter fields of one notice, in a fixed order; empty ones are left out. */
export function noticeFrontMatter(notice: NoticeRecord, annotations: Annotation[], exportedAt: string): string {
  return renderFrontMatter([
    ['title', notice.title ?? ''],
    ['source', notice.page ?? ''],
    ['site', notice.site ?? ''],
    // `issuer` is the 来源 (the record's `source`): a published key, kept as it was. The notice's own
    // 发文机关 and 成文日期 came later, under keys of their own.
    ['issuer', notice.source ?? ''],
    ['authority', notice.issuer ?? ''],
    ['published', notice.published ?? ''],
    ['written', notice.written ?? ''],
    ['doc_number', notice.docNumber ?? ''],
    ['tags', collectTags(annotations)],
    ['exported', exportedAt ?? ''],
  ]);
}

export function renderNoticeMarkdown(notice: NoticeRecord, annotations: Annotation[], opts: RenderOptions): string {
  const body = renderNoticeBody(notice, annotations, { ...opts, headingLevel: 1 });
  return `${noticeFrontMatter(notice, annotations, opts.exportedAt)}\n${body}`;
}
