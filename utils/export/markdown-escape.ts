/**
 * Turning untrusted text (from the page or the reader) into Markdown that renders
 * as exactly that text: never a link, image, raw HTML, heading, list, code block,
 * table, emphasis or any other construct. Pure string code, no DOM.
 *
 * The approach is deliberately blunt: every ASCII punctuation character that any
 * common Markdown flavour (CommonMark, GFM, Obsidian, Pandoc-ish math) gives a
 * meaning to is backslash-escaped, which CommonMark guarantees renders as the
 * literal character. Chinese text (including full-width punctuation) is untouched.
 */
import { isHttpUrl } from '../text/url';

/**
 * ASCII characters escaped wherever they appear. Beyond the CommonMark set this
 * covers GFM autolinks (`:` `@` and `.` in `www.`), entities (`&`), setext
 * underlines and Obsidian highlights (`=`), math (`$`), comments (`%`) and
 * superscripts (`^`). `,` `;` `'` `"` `/` `?` carry no meaning and stay as they are.
 */
const ESCAPED = new Set('\\`*_{}[]<>()#+-.!|~&:@=$%^'.split(''));

/** Line breaks JavaScript, YAML or Unicode know of, other than `\n`. */
const LINE_BREAKS = /\r\n|[\r\v\f\u0085\u2028\u2029]/g;
/** C0/C1 controls other than tab and newline (they are invisible or unsafe). */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Normalizes text so it can be written as UTF-8 and split into lines: lone
 * surrogates become U+FFFD, every kind of line break becomes `\n`, tabs become a
 * space and other control characters are dropped.
 */
export function cleanText(text: string): string {
  return cleanNoteText(text).replace(/\t/g, ' ');
}

/** cleanText without turning tabs into spaces: a tab in a reader's note may indent a list or code. */
export function cleanNoteText(text: string): string {
  return String(text ?? '')
    .replace(LONE_SURROGATES, '\ufffd')
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, '');
}

const ALNUM = /^[A-Za-z0-9]$/;

/**
 * Escapes a single-line fragment (no trimming, no newline handling). The one
 * exception to "escape everything": a hyphen between two ASCII letters or
 * digits (2018-09-05, COVID-19) stays bare. Such a hyphen cannot start a list,
 * rule, setext underline or table row (those need the hyphen at the start or
 * alone on its line), and `--` / `-` at word edges are still escaped.
 */
function escapeChars(text: string): string {
  const chars = Array.from(text);
  let out = '';
  chars.forEach((ch, i) => {
    const inWord = ch === '-' && ALNUM.test(chars[i - 1] ?? '') && ALNUM.test(chars[i + 1] ?? '');
    out += ESCAPED.has(ch) && !inWord ? `\\${ch}` : ch;
  });
  return out;
}

/**
 * Escapes text for use inside one line of Markdown (a heading, a list item, a
 * label). Line breaks collapse to a space; leading and trailing spaces are
 * removed so they cannot indent the line or form a hard break.
 */
export function escapeInline(text: string): string {
  const line = cleanText(text).replace(/ *\n+ */g, ' ').replace(/^ +| +$/g, '');
  return escapeChars(line);
}

/**
 * Escapes multi-line text as Markdown paragraphs: blank lines separate
 * paragraphs, single line breaks inside a paragraph become hard breaks (a
 * trailing backslash, CommonMark's portable form). Returns the lines without a
 * container prefix, empty strings marking paragraph breaks, so the caller can
 * prefix them (`> ` for a blockquote, spaces inside a list item).
 */
export function escapeBlockLines(text: string): string[] {
  const lines = cleanText(text)
    .split('\n')
    .map((l) => l.replace(/^ +| +$/g, ''));
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') {
      if (current.length) paragraphs.push(current);
      current = [];
    } else {
      current.push(escapeChars(line));
    }
  }
  if (current.length) paragraphs.push(current);
  const out: string[] = [];
  paragraphs.forEach((para, p) => {
    if (p > 0) out.push('');
    para.forEach((line, i) => out.push(i < para.length - 1 ? `${line}\\` : line));
  });
  return out;
}

/** True when the text would render as nothing at all. */
export function isBlank(text: string | undefined): boolean {
  return !text || cleanText(text).trim() === '';
}

/** Longest URL made a link: the store's own URL limit. */
const MAX_LINK_CHARS = 8192;

/**
 * Encodes a web URL as an inline-link destination. Characters that would end or
 * confuse the destination (space, controls, `<` `>` `\` and backticks) are
 * percent-encoded; parentheses and `&` are backslash-escaped, which CommonMark
 * undoes, so the rendered href is the URL itself.
 */
export function linkDestination(url: string): string {
  return cleanText(url)
    .replace(/\n/g, '')
    .replace(/[()&]|[\s<>\\`"]/g, (ch) => (ch === '(' || ch === ')' || ch === '&' ? `\\${ch}` : encodeURIComponent(ch)));
}

/**
 * A Markdown inline link whose text and destination are both safe. A URL that
 * is not http(s) is never linked: it is shown as text after the label.
 */
export function safeLink(label: string, url: string): string {
  const text = escapeInline(label);
  const shown = escapeInline(url);
  // Only web URLs become links; anything else (javascript:, data:, file:) is shown as text.
  if (url.length <= MAX_LINK_CHARS && isHttpUrl(url)) return `[${text || shown}](${linkDestination(url)})`;
  return text && text !== shown ? `${text} (${shown})` : shown;
}
