/**
 * A table of contents lists the headings once as short adjacent lines, and the
 * body then repeats them. Only the real headings are directives, so a run of
 * heading-only lines whose titles come back later under the same number is dropped.
 * Legislation prints a provision's title on the line above its number
 * ("Interpretation" / "2. In these Regulations…") and a part's title on the line
 * below a bare "PART 1", which counts as coming back too.
 */
import { isDocFamily } from './families';
import { type Candidate, type Scan, sentenceEndIn } from './scan';

const MAX_TOC_LINE = 60;
// Dot leaders and page numbers: 一、总体要求……………3
const TRAILER = /[\s.．…·•‥\-—_\d。；;:：]+$/;

function title(text: string, scan: Scan, c: Candidate): string {
  const block = scan.blocks[c.block];
  const end = sentenceEndIn(scan.sentenceEnds, c.markerEnd, block.end);
  return squashTitle(text.slice(c.markerEnd, end < 0 ? block.end : end));
}

const squashTitle = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '').replace(TRAILER, '');

/** The short line next to a heading (step -1: above, +1: below), which legislation uses as its title. */
function titleBeside(text: string, scan: Scan, c: Candidate, step: -1 | 1): string {
  let k = c.block + step;
  while (k >= 0 && k < scan.blocks.length && scan.blocks[k].seq < 0) k += step;
  const b = scan.blocks[k];
  return b && b.end - b.start <= MAX_TOC_LINE ? squashTitle(text.slice(b.start, b.end)) : '';
}

function isTocLine(text: string, scan: Scan, c: Candidate): boolean {
  if (c.kind !== 'block' || !isDocFamily(c.family)) return false;
  const block = scan.blocks[c.block];
  return block.end - c.start <= MAX_TOC_LINE && sentenceEndIn(scan.sentenceEnds, c.markerEnd, block.end) < 0;
}

export function dropTableOfContents(text: string, scan: Scan): Candidate[] {
  const cands = scan.candidates;
  // The regions that may be a table of contents: heading-only lines in adjacent non-blank blocks, nothing else
  // between, until the top family starts over (the real 一、 right after the TOC); two lines at least.
  const regions: [start: number, end: number][] = [];
  let k = 0;
  while (k < cands.length) {
    if (!isTocLine(text, scan, cands[k])) {
      k++;
      continue;
    }
    const top = cands[k].family;
    let topNumber = cands[k].number;
    let end = k + 1;
    while (end < cands.length && isTocLine(text, scan, cands[end])) {
      const c = cands[end];
      const gap = scan.blocks[c.block].seq - scan.blocks[cands[end - 1].block].seq;
      if (gap !== 0 && gap !== 1) break;
      if (c.family === top) {
        if (c.number <= topNumber) break;
        topNumber = c.number;
      }
      end++;
    }
    if (end - k >= 2) regions.push([k, end]);
    k = end;
  }
  if (!regions.length) return cands;

  // A title is read only where it could match a region's line: a heading numbered like one of them (most
  // candidates of a long notice are not, and reading every title was most of this step's time, issue 14).
  const numbered = new Set<string>();
  for (const [from, end] of regions) for (let j = from; j < end; j++) numbered.add(`${cands[j].family}|${cands[j].number}`);
  const asked = (c: Candidate) => c.kind === 'block' && isDocFamily(c.family) && numbered.has(`${c.family}|${c.number}`);
  const keys: (string | null)[] = cands.map((c) => {
    if (!asked(c)) return null;
    const t = title(text, scan, c);
    return t ? `${c.family}|${c.number}|${t}` : null;
  });
  const lastAt = new Map<string, number>();
  keys.forEach((key, at) => key && lastAt.set(key, at));
  cands.forEach((c, at) => {
    if (!asked(c)) return;
    const beside = [titleBeside(text, scan, c, -1), keys[at] ? '' : titleBeside(text, scan, c, 1)];
    for (const t of beside) {
      const key = `${c.family}|${c.number}|${t}`;
      if (t && (lastAt.get(key) ?? -1) < at) lastAt.set(key, at);
    }
  });

  const drop = new Set<number>();
  for (const [from, end] of regions) {
    let repeated = 0;
    for (let j = from; j < end; j++) {
      const key = keys[j];
      if (key && (lastAt.get(key) ?? -1) >= end) repeated++;
    }
    if (repeated >= 2 && repeated * 2 >= end - from) for (let j = from; j < end; j++) drop.add(j);
  }
  return drop.size ? cands.filter((_, at) => !drop.has(at)) : cands;
}
