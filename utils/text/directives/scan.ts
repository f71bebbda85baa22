/**
 * One left-to-right pass over the text that finds every marker written at a
 * list position, plus what later steps need to stay linear: block bounds and
 * the offsets of sentence ends (so a lead is a binary search, not a rescan).
 */
import { FAMILIES, type MarkerMatch } from './families';
import { opensInlineList } from './inline-lists';
import { isSpaceCode } from './numerals';

/** Where a marker stands: at the start of a block, after a sentence end or colon, or after a comma. */
type PosKind = 'block' | 'sentence' | 'comma';

export interface Candidate extends MarkerMatch {
  start: number;
  kind: PosKind;
  /** Index into Scan.blocks. */
  block: number;
  /**
   * A regulation written `5.—(1)`, legislation's own form: its number may begin a
   * run, since extracts and abridged texts start past 1.
   */
  anchor: boolean;
}

export interface Block {
  start: number;
  end: number;
  /** Index among the non-blank blocks (-1 when blank), so "adjacent" skips empty lines. */
  seq: number;
}

export interface Scan {
  candidates: Candidate[];
  blocks: Block[];
  /** Offsets of 。！？；!?; and sentence-ending '.', outside quotes and brackets, ascending. */
  sentenceEnds: number[];
}

const codes = (chars: string) => new Set([...chars].map((ch) => ch.charCodeAt(0)));
const TERMINATORS = codes('。！？；!?;');
const COLONS = codes('：:');
const COMMAS = codes('，,');
// Ordinals inside quotes or brackets are cited, not given: “一要…” is someone's words.
const OPENERS = codes('“「『（(【[《〔');
const CLOSERS = codes('”」』）)】]》〕');
const DOT = 46;
const OPEN_PAREN = 40;
const DASHES = codes('—–');
// The last item of an inline English list follows "or" / "and": "(a) …; (b) …; or (c) …".
const CONJUNCTION = /(?:and|or)[ \u00a0]+(?=\()/y;
// What may stand between a marker and a paren marker chained to it: 3.—(1), 3. (1), (a)(1)(A).
// White space alone only after a dot ("3. (1)"): "(i) (ii) (iii)" is a list written on one line.
const CHAIN_GAP = /[ \u00a0]*[—–][ \u00a0]*|[ \u00a0]*/y;

// Verbs that announce a list: 会议强调，首先，… / 王书记要求，一要…
const LEAD_IN = /(?:要求|强调|指出|提出|表示|认为|明确|部署|希望)[，,]\s*$/;

/**
 * The characters that change the scanner's state once it is past a list
 * position: line breaks, sentence ends, colons, commas, quotes and brackets.
 * Everything between them is skipped by the regex engine, not a script loop: a
 * page's first visit runs this code cold, where a loop over every character is
 * what costs.
 */
const NEXT_STOP = /[\n。！？；!?;：:.，,“「『（(【[《〔”」』）)】\]》〕—–]/g;

/** The families whose markers may begin with a character, per character seen. */
const familiesStarting = new Map<number, typeof FAMILIES>();
function startingWith(c: number): typeof FAMILIES {
  let list = familiesStarting.get(c);
  if (!list) familiesStarting.set(c, (list = FAMILIES.filter((f) => f.starts(c))));
  return list;
}

const NO_MATCH: MarkerMatch[] = [];

function matchAt(text: string, i: number, kind: PosKind, comma: number, chained = false): MarkerMatch[] {
  const families = startingWith(text.charCodeAt(i));
  if (!families.length) return NO_MATCH;
  const out: MarkerMatch[] = [];
  let leadIn: boolean | undefined;
  for (const f of families) {
    if (chained ? !f.chains : f.blockOnly && kind !== 'block') continue;
    if (kind === 'comma') {
      if (!f.afterComma) continue;
      if (f.afterComma === 'lead-in' && !(leadIn ??= LEAD_IN.test(text.slice(Math.max(0, comma - 2), i)))) continue;
    }
    const r = f.match(text, i);
    if (!r) continue;
    for (const m of Array.isArray(r) ? r : [r]) if (f.standalone || f.ownLine || hasBody(text, m.markerEnd)) out.push(m);
  }
  return out;
}

// A marker alone in its block (a 序号 cell "1.", a bare "（一）") introduces nothing.
function hasBody(text: string, p: number): boolean {
  while (p < text.length && text.charCodeAt(p) !== 10 && isSpaceCode(text.charCodeAt(p))) p++;
  return p < text.length && text.charCodeAt(p) !== 10;
}

/**
 * Records the markers found at `at`, and those written right after them, which
 * each begin an item too: 3.—(1) In these…, (a)(1)(A) text. Returns where the
 * last marker ends. A regulation written 3.—(1) is marked an anchor.
 */
function takeMarkers(
  text: string, at: number, found: MarkerMatch[], kind: PosKind, comma: number, block: number, out: Candidate[],
): number {
  for (;;) {
    let end = at;
    const heads = out.length;
    for (const m of found) {
      out.push({
        family: m.family, ordinal: m.ordinal, markerEnd: m.markerEnd, number: m.number, wildcard: m.wildcard,
        soft: m.soft, tentative: m.tentative, runKey: m.runKey, start: at, kind, block, anchor: false,
      });
      end = Math.max(end, m.markerEnd);
    }
    CHAIN_GAP.lastIndex = end;
    CHAIN_GAP.test(text);
    at = CHAIN_GAP.lastIndex;
    const dashed = at > end && /[—–]/.test(text.slice(end, at));
    const gapOk = at === end || dashed || text.charCodeAt(end - 1) === DOT;
    // Chained markers open with a bracket (3.—(1)), or follow a dash: 「Art. 2. – I. – Sont éligibles」.
    found = gapOk && (text.charCodeAt(at) === OPEN_PAREN || dashed) ? matchAt(text, at, kind, comma, true) : NO_MATCH;
    if (!found.length) return end;
    if (dashed) for (let k = heads; k < out.length; k++) out[k].anchor = out[k].family === 'arabic-dot';
  }
}

export function scanText(text: string): Scan {
  const n = text.length;
  const candidates: Candidate[] = [];
  const blocks: Block[] = [];
  const sentenceEnds: number[] = [];
  let blockStart = 0;
  let seq = -1;
  let blank = true;
  let depth = 0;
  let atPos = true;
  let kind: PosKind = 'block';
  let comma = 0;

  for (let i = 0; i < n; ) {
    if (!atPos) {
      // Past a list position nothing happens until the next stop character.
      NEXT_STOP.lastIndex = i;
      if (!NEXT_STOP.test(text)) break;
      i = NEXT_STOP.lastIndex - 1;
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      blocks.push({ start: blockStart, end: i, seq: blank ? -1 : seq });
      blockStart = i + 1;
      blank = true;
      // Unbalanced quotes must not silence the rest of the notice.
      depth = 0;
      atPos = true;
      kind = 'block';
      i++;
      continue;
    }
    // Plain ideographs are most of the text: nothing to track, unless one opens a marker.
    const plain = c >= 0x4e00 && c <= 0x9fff;
    if (!plain && isSpaceCode(c)) {
      i++;
      continue;
    }
    if (blank) {
      blank = false;
      seq++;
    }
    if (plain && !atPos) {
      i++;
      continue;
    }
    if (atPos && depth === 0) {
      // "(a) a motor vehicle; (b) a trailer; or (c) a pedal cycle": the last item follows "or" / "and".
      let at = i;
      if (kind === 'sentence' && (c === 97 || c === 111)) {
        CONJUNCTION.lastIndex = i;
        if (CONJUNCTION.test(text)) at = CONJUNCTION.lastIndex;
      }
      const found = matchAt(text, at, kind, comma);
      if (found.length) {
        i = takeMarkers(text, at, found, kind, comma, blocks.length, candidates);
        atPos = false;
        continue;
      }
    }
    if (TERMINATORS.has(c)) {
      if (depth === 0) sentenceEnds.push(i);
      atPos = true;
      kind = 'sentence';
    } else if (COLONS.has(c)) {
      atPos = true;
      kind = 'sentence';
    } else if (c === DOT) {
      // A '.' ends a sentence only before white space: 3.2%, 2024.1.5 and 1.5亿 are numbers.
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 10;
      // Nor after initials: U.S.C. 6382, U.K. law.
      atPos = (next === 10 || isSpaceCode(next)) && !isInitial(text, i);
      if (atPos) {
        if (depth === 0) sentenceEnds.push(i);
        kind = 'sentence';
      }
    } else if (DASHES.has(c)) {
      // "In these Regulations— (a) …": a dash before a paren marker opens a list.
      let p = i + 1;
      while (p < n && isSpaceCode(text.charCodeAt(p))) p++;
      atPos = text.charCodeAt(p) === OPEN_PAREN;
      if (atPos) kind = 'sentence';
    } else if (COMMAS.has(c)) {
      atPos = true;
      kind = 'comma';
      comma = i;
    } else if (OPENERS.has(c)) {
      // "That Cabinet (a) approves …; (b) …": a list that begins inside the sentence.
      if (c === OPEN_PAREN && depth === 0 && opensInlineList(text, i)) {
        const found = matchAt(text, i, 'sentence', comma);
        if (found.length) {
          i = takeMarkers(text, i, found, 'sentence', comma, blocks.length, candidates);
          atPos = false;
          continue;
        }
      }
      depth++;
      atPos = false;
    } else if (CLOSERS.has(c)) {
      // A closer keeps the position it follows: …。”二是 still starts a sentence.
      if (depth > 0) depth--;
    } else {
      atPos = false;
    }
    i++;
  }
  blocks.push({ start: blockStart, end: n, seq: blank ? -1 : seq });
  return { candidates, blocks, sentenceEnds };
}

/** The '.' at i closes a one-letter capital that follows another '.': the C of U.S.C. */
function isInitial(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  return c >= 65 && c <= 90 && i >= 2 && text.charCodeAt(i - 2) === DOT;
}

/** First sentence end at or after `from` and before `to`, or -1. */
export function sentenceEndIn(ends: number[], from: number, to: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ends.length && ends[lo] < to ? ends[lo] : -1;
}
