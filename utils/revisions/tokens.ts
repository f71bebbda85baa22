/**
 * The units two versions of a notice are compared in: paragraphs first, then words. Pure string code, no DOM.
 *
 * Each unit keeps its raw offsets (so changes land in the version's own text) and a key, its compare fold
 * (utils/text/fold.ts): two units that differ only in white space or full/half width have the same key, and a
 * unit that is only white space has none and is left out, so neither ever counts as a change.
 */
import { foldForCompare } from '../text/fold';

/** A paragraph or a word of a version's text. */
export interface TextUnit {
  /** The compare fold of the unit's text: what the diff compares. */
  key: string;
  /** Raw offsets of the unit in its version's text. */
  start: number;
  end: number;
}

/** The paragraphs of a text (split at line breaks), each with its key; blank ones left out. */
export function paragraphUnits(text: string, from = 0, to = text.length): TextUnit[] {
  const out: TextUnit[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    const key = foldForCompare(text.slice(start, end));
    if (key) out.push({ key, start, end });
    start = end + 1;
  }
  return out;
}

type Segmenter = { segment(input: string): Iterable<{ segment: string; index: number }> };

let segmenter: Segmenter | null | undefined;

/** One word segmenter for Chinese, made once; null where the runtime has no Intl.Segmenter. */
function zhSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Ctor = (Intl as unknown as { Segmenter?: new (lang: string, o: object) => Segmenter }).Segmenter;
    segmenter = Ctor ? new Ctor('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Lets a test run the fallback without Intl.Segmenter (undefined: use the runtime's again). */
export function setSegmenterForTest(value: Segmenter | null | undefined): void {
  segmenter = value;
}

/** Segmenting a long string at once is far slower than in pieces (V8's ICU: 32 s for 100k characters with line breaks). */
const PIECE = 500;
const SENTENCE_END = /[。！？；!?;\n]/g;

/** The ends of pieces of text[from, to) of about PIECE characters, cut after a line break or a sentence's end. */
function pieceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  let start = from;
  while (to - start > PIECE) {
    SENTENCE_END.lastIndex = start + PIECE / 2;
    const m = SENTENCE_END.exec(text);
    const end = m && m.index < to ? Math.min(m.index + 1, start + PIECE * 2) : Math.min(to, start + PIECE * 2);
    ends.push(end);
    start = end;
  }
  ends.push(to);
  return ends;
}

/**
 * The words of text[from, to): Intl.Segmenter's words for Chinese (人民政府, 材料, 2026), or one unit per
 * character where the runtime has no segmenter. White-space-only pieces are left out.
 */
export function wordUnits(text: string, from: number, to: number): TextUnit[] {
  const out: TextUnit[] = [];
  const push = (piece: string, at: number) => {
    const key = foldForCompare(piece);
    if (key) out.push({ key, start: at, end: at + piece.length });
  };
  const seg = zhSegmenter();
  let start = from;
  for (const end of pieceEnds(text, from, to)) {
    const slice = text.slice(start, end);
    if (seg) {
      for (const s of seg.segment(slice)) push(s.segment, start + s.index);
    } else {
      let at = start;
      for (const ch of slice) {
        push(ch, at);
        at += ch.length;
      }
    }
    start = end;
  }
  return out;
}
