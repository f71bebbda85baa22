/**
 * The link from an exported quote back to its passage: the page with
 * `#notice-lens=ID` (Notice Lens scrolls to the annotation, utils/tab-protocol.ts)
 * and, where it helps, a text fragment `:~:text=` (WICG Scroll to Text
 * Fragment), which any current browser follows without Notice Lens. Browsers
 * remove the `:~:` directive from `location.hash`, so the id still reads back.
 * Pure string code.
 */
import { lensLink } from '../tab-protocol';
import { isHttpUrl } from '../text/url';
import { cleanText } from './markdown-escape';

/** A quote shorter than this is likely to occur earlier on the page too, where the browser would stop. */
const MIN_FRAGMENT_CHARS = 6;
/** Up to this length the quote is matched whole (`text=quote`); longer ones by their two ends. */
const EXACT_MAX_CHARS = 20;
/** Each end of a longer quote is at least this long (whole words in Latin script). */
const END_CHARS = 10;

/** Han and kana characters: each one is a place an end may be cut (Chinese has no spaces between words). */
function isCjk(cp: number): boolean {
  return (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff);
}

/** Whether an end may be cut between code points `a` and `b`: beside a Han or kana character, or at a space. */
function cuttable(a: number, b: number): boolean {
  return isCjk(a) || isCjk(b) || a === 0x20 || b === 0x20;
}

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);

/**
 * A text directive value: percent-encoded UTF-8, with `-`, `,` and `&` (the
 * directive's own syntax) and every character Markdown or a URL could read
 * otherwise (`( ) ' ! *`) encoded too.
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The start of `block` up to the first place it may be cut after `min` characters (all of it if shorter). */
function head(block: string, min: number): string {
  const cps = codePoints(block);
  for (let i = min; i < cps.length; i++) if (cuttable(cps[i - 1]!, cps[i]!)) return String.fromCodePoint(...cps.slice(0, i)).trimEnd();
  return block;
}

/** The end of `block` from the last place it may be cut before its last `min` characters (all of it if shorter). */
function tail(block: string, min: number): string {
  const cps = codePoints(block);
  for (let i = cps.length - min; i > 0; i--) if (cuttable(cps[i - 1]!, cps[i]!)) return String.fromCodePoint(...cps.slice(i)).trimStart();
  return block;
}

/**
 * `text=…` for a quote, or '' when it would not help (too short to be found at
 * its own place). Whitespace collapses as the browser's matching does; a quote
 * over several blocks is matched from the start of its first block to the end
 * of its last, since one string cannot cross a block boundary.
 */
export function textDirective(quote: string): string {
  const blocks = cleanText(quote)
    .split('\n')
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (blocks.length === 0 || codePoints(blocks.join('')).length < MIN_FRAGMENT_CHARS) return '';
  const first = blocks[0]!;
  const last = blocks[blocks.length - 1]!;
  if (blocks.length === 1 && codePoints(first).length <= EXACT_MAX_CHARS) return `text=${encodeTextDirective(first)}`;
  return `text=${encodeTextDirective(head(first, END_CHARS))},${encodeTextDirective(tail(last, END_CHARS))}`;
}

/**
 * The URL a quote links back to: `page#notice-lens=ID`, plus `:~:text=` when the
 * passage is in the page itself (a framed notice's text is in a frame, where a
 * text fragment does not look). `shell` is the page a framed notice opens in.
 * Null when the page is not a web address.
 */
export function passageUrl(page: string, annotationId: string, quote: string, shell?: string): string | null {
  const opensIn = shell && isHttpUrl(shell) ? shell : page;
  if (!isHttpUrl(opensIn)) return null;
  const link = lensLink(opensIn, annotationId);
  const directive = opensIn === page ? textDirective(quote) : '';
  return directive ? `${link}:~:${directive}` : link;
}
