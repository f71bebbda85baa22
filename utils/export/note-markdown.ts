/**
 * The reader's own note as the Markdown they wrote ([[wiki links]], **bold**,
 * URLs, lists, #tags, code), made safe to place inside the exported file. Page
 * text is escaped whole (markdown-escape.ts); a note keeps its Markdown and loses
 * only what would reach outside it:
 * - raw HTML: a `<` that could open a tag or comment becomes `\<` (an http(s)
 *   or mailto autolink stays), so no HTML is made; in code spans too, where it
 *   shows as `\<` (a code span can run over lines, which one line cannot tell);
 * - headings, rules and setext underlines (`# x`, `---`, `***`, `===`), also
 *   after list and quote markers, are escaped: they would add sections to the
 *   file's outline, and a `---` line at the file's left edge is where Pandoc and
 *   static-site tools start a YAML block;
 * - a code fence must start at the note's left edge (where no list or quote of
 *   the note can hold it) and one left open is closed; a fence line indented
 *   1–3 spaces is escaped, since whether it opens a block depends on the lists
 *   around it. Fenced code is kept verbatim.
 * The caller indents the lines under the list item they belong to, so the
 * note's own lists, quotes and code stay inside that item. Pure string code.
 */
import { cleanNoteText } from './markdown-escape';

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
/** List and quote markers (and indentation) a line's content may follow. */
const CONTAINERS = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;
const RULE_OR_UNDERLINE = /^(?:([-*_])(?:[ \t]*\1){2,}|=+|-+)[ \t]*$/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
/**
 * What one left-to-right pass over a line looks at: a backslash escape (copied: its character is already
 * literal), an http(s) or mailto autolink (kept), or a `<` that may start a tag, a closing tag, a comment,
 * a declaration or an instruction (escaped).
 */
const HTML_PASS = /\\[!-/:-@[-`{-~]|<(?:https?|mailto):[^\s<>`]*>|<(?=[A-Za-z/!?])/gi;

/** `<` escaped wherever it could start HTML, except in kept autolinks. Linear in the line's length. */
function escapeHtml(line: string): string {
  return line.replace(HTML_PASS, (m) => (m === '<' ? '\\<' : m));
}

/** A line outside fenced code with its heading, rule or HTML neutralised (after any list or quote markers). */
function neutralise(line: string): string {
  let safe = line;
  if (RULE_OR_UNDERLINE.test(line.trimStart())) safe = line.replace(/^([ \t]*)/, '$1\\');
  else {
    const prefix = CONTAINERS.exec(line)![0];
    const rest = line.slice(prefix.length);
    if (ATX_HEADING.test(rest) || RULE_OR_UNDERLINE.test(rest)) safe = `${prefix}\\${rest}`;
  }
  return escapeHtml(safe);
}

/** Leading tabs as the spaces they stand for (tab stops of 4), so indenting the note keeps its nesting. */
function expandLeadingTabs(line: string): string {
  const lead = /^[ \t]*/.exec(line)![0];
  if (!lead.includes('\t')) return line;
  let col = 0;
  for (const ch of lead) col = ch === '\t' ? col + 4 - (col % 4) : col + 1;
  return ' '.repeat(col) + line.slice(lead.length);
}

/** A fence line: its indentation, marker and info string; a backtick fence's info has no backtick. */
function fenceOf(line: string): { indent: string; marker: string; info: string } | null {
  const f = FENCE.exec(line);
  if (!f || (f[2]![0] === '`' && f[3]!.includes('`'))) return null;
  return { indent: f[1]!, marker: f[2]!, info: f[3]! };
}

/**
 * The note's lines, ready to be indented under its item: blank lines at either
 * end dropped, trailing spaces of the last line dropped, whitespace-only lines
 * empty, fenced code verbatim (and closed if the reader left it open).
 */
export function noteMarkdownLines(note: string): string[] {
  const lines = cleanNoteText(note).split('\n').map(expandLeadingTabs).map((l) => (l.trim() === '' ? '' : l));
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (lines.length) lines[lines.length - 1] = lines[lines.length - 1]!.replace(/[ \t]+$/, '');
  const out: string[] = [];
  let open: string | null = null;
  for (const line of lines) {
    const f = fenceOf(line);
    if (open !== null) {
      out.push(line);
      // Inside a fence at the note's top level, a closer may be indented up to 3 spaces.
      if (f && f.marker[0] === open[0] && f.marker.length >= open.length && f.info.trim() === '') open = null;
    } else if (f && f.indent === '') {
      open = f.marker;
      out.push(line);
    } else if (f) out.push(escapeHtml(`${f.indent}\\${line.slice(f.indent.length)}`));
    else out.push(neutralise(line));
  }
  if (open !== null) out.push(open);
  return out;
}

/**
 * Whether the note's first line starts a block of its own (a list, quote, code,
 * table, link definition, indented line): then a label cannot share its line.
 */
export function startsBlock(line: string): boolean {
  return /^(?: |[-+*](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|>|`{3}|~{3}|\||\[[^\]]*\]:)/.test(line);
}
