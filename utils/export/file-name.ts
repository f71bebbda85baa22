/**
 * File names that are safe on Windows, macOS and Linux, and inside zip files.
 */
import { utf8Length } from '../text/utf8';

/** Characters Windows forbids, plus the path separators. */
const FORBIDDEN = /[<>:"/\\|?*]+/g;
/** Controls, separators and format characters that are invisible or reorder text (bidi spoofing). */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff0-\uffff]/g;
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Device names Windows reserves, with or without an extension (CON.md is still CON). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)(\..*)?$/i;

/** Default limit for a whole name, extension included. Far below the 255-byte limit of common file systems. */
export const MAX_NAME_BYTES = 120;

function graphemes(s: string): string[] {
  const Seg = (Intl as unknown as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Seg) return Array.from(new Seg(undefined, { granularity: 'grapheme' }).segment(s), (x) => x.segment);
  return Array.from(s);
}

/** Cuts to at most `maxBytes` UTF-8 bytes without splitting a character (or an emoji / combining sequence). */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (utf8Length(s) <= maxBytes) return s;
  let out = '';
  let bytes = 0;
  for (const g of graphemes(s)) {
    const n = utf8Length(g);
    if (bytes + n > maxBytes) break;
    out += g;
    bytes += n;
  }
  return out;
}

/** Removes leading dots/spaces (hidden files) and trailing dots/spaces (Windows drops them). */
function trimEnds(s: string): string {
  return s.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

function cleanStem(raw: string): string {
  const s = String(raw ?? '')
    .normalize('NFC')
    .replace(LONE_SURROGATES, '')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ');
  return trimEnds(s);
}

/**
 * A safe stem (no extension) of at most `maxBytes` UTF-8 bytes, from the title,
 * else the fallback, else "untitled".
 */
export function safeFileStem(title: string, fallback: string, maxBytes = MAX_NAME_BYTES): string {
  let stem = cleanStem(title) || cleanStem(fallback) || 'untitled';
  if (RESERVED.test(stem)) stem = `_${stem}`;
  stem = trimEnds(truncateUtf8(stem, Math.max(1, maxBytes)));
  if (RESERVED.test(stem)) stem = `_${stem}`.slice(0, Math.max(1, maxBytes));
  return stem || '_';
}

/** A Markdown file name for a notice title, at most ~120 UTF-8 bytes including `.md`. */
export function safeFileName(title: string, fallback: string): string {
  return `${safeFileStem(title, fallback, MAX_NAME_BYTES - 3)}.md`;
}

/**
 * Makes `name` (stem + extension) unique within `taken`, compared case-insensitively
 * because Windows and macOS file systems are: "通知.md", "通知 (2).md", … The
 * chosen name is added to `taken` (lower-cased). Stays within MAX_NAME_BYTES.
 */
export function uniqueFileName(stem: string, ext: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const room = MAX_NAME_BYTES - utf8Length(ext) - utf8Length(suffix);
    const base = trimEnds(truncateUtf8(stem, room)) || '_';
    const name = `${base}${suffix}${ext}`;
    const key = name.normalize('NFC').toLowerCase();
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}
