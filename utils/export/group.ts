/**
 * Sorting a notice's annotations into the places they are exported: each
 * directive (its status annotation and its highlights), highlights outside any
 * directive, and page notes. Deterministic, so re-exports diff cleanly.
 */
import type { Annotation, DirectiveRef, NoticeRecord } from '../model';

export interface DirectiveGroup {
  ordinal: string;
  level: number;
  lead: string;
  /** The directive annotation that decides the status (latest modified). */
  state?: Annotation;
  /** Every directive annotation for it, oldest first (their notes are all kept). */
  notes: Annotation[];
  highlights: Annotation[];
  /** False for a directive annotation whose directive is no longer on the page. */
  onPage: boolean;
}

interface GroupedAnnotations {
  directives: DirectiveGroup[];
  otherHighlights: Annotation[];
  pageNotes: Annotation[];
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function positionOf(a: Annotation): number {
  for (const s of a.selectors ?? []) {
    if (s.type === 'TextPositionSelector' && Number.isFinite(s.start)) return s.start;
  }
  return Number.POSITIVE_INFINITY;
}

/** Highlights in document order (TextPositionSelector start, then id); unplaced ones last. */
export function byPosition(a: Annotation, b: Annotation): number {
  const pa = positionOf(a);
  const pb = positionOf(b);
  if (pa !== pb) return pa < pb ? -1 : 1;
  return cmp(a.id, b.id);
}

function byTime(a: Annotation, b: Annotation): number {
  return cmp(a.modified ?? '', b.modified ?? '') || cmp(a.created ?? '', b.created ?? '') || cmp(a.id, b.id);
}

const compact = (s: string) => (s ?? '').replace(/\s+/g, '');

/** The lead without its ordinal, when the lead starts with it (一要坚决… → 坚决…). */
export function leadWithoutOrdinal(lead: string, ordinal: string): string {
  const l = (lead ?? '').trim();
  const o = (ordinal ?? '').trim();
  return o && l.startsWith(o) && l.length > o.length ? l.slice(o.length).trim() : l;
}

/**
 * Which of the notice's directives a reference points at: the one at its index
 * when the lead agrees, else the one with the same lead (nearest to the index),
 * else the one at its index. -1 when none fits.
 */
function resolveDirective(ref: DirectiveRef | undefined, directives: NoticeRecord['directives']): number {
  if (!ref || !Number.isInteger(ref.index)) return -1;
  const inRange = ref.index >= 0 && ref.index < directives.length;
  const lead = compact(leadWithoutOrdinal(ref.lead, ref.ordinal));
  const leadOf = (i: number) => compact(leadWithoutOrdinal(directives[i]!.lead, directives[i]!.ordinal));
  if (inRange && (!lead || leadOf(ref.index) === lead)) return ref.index;
  if (lead) {
    let best = -1;
    directives.forEach((_, i) => {
      if (leadOf(i) === lead && (best < 0 || Math.abs(i - ref.index) < Math.abs(best - ref.index))) best = i;
    });
    if (best >= 0) return best;
  }
  return inRange ? ref.index : -1;
}

export function groupAnnotations(notice: NoticeRecord, annotations: Annotation[]): GroupedAnnotations {
  const list = notice.directives ?? [];
  const directives: DirectiveGroup[] = list.map((d) => ({
    ordinal: d.ordinal,
    level: d.level,
    lead: d.lead,
    notes: [],
    highlights: [],
    onPage: true,
  }));
  const lost = new Map<string, DirectiveGroup>();
  const otherHighlights: Annotation[] = [];
  const pageNotes: Annotation[] = [];

  for (const a of annotations) {
    if (a.kind === 'page-note') pageNotes.push(a);
    else if (a.kind === 'directive') {
      const i = resolveDirective(a.directive, list);
      if (i >= 0) directives[i]!.notes.push(a);
      else {
        const ref = a.directive ?? { ordinal: '', index: -1, lead: '' };
        const key = `${ref.index}\u0000${ref.ordinal}\u0000${ref.lead}`;
        let group = lost.get(key);
        if (!group) {
          group = { ordinal: ref.ordinal, level: 1, lead: ref.lead, notes: [], highlights: [], onPage: false };
          lost.set(key, group);
        }
        group.notes.push(a);
      }
    } else {
      const i = a.directive ? resolveDirective(a.directive, list) : -1;
      (i >= 0 ? directives[i]!.highlights : otherHighlights).push(a);
    }
  }

  const orphans = [...lost.values()].sort(
    (x, y) => (x.notes[0]!.directive?.index ?? 0) - (y.notes[0]!.directive?.index ?? 0) || cmp(x.lead, y.lead),
  );
  for (const g of [...directives, ...orphans]) {
    g.notes.sort(byTime);
    g.state = g.notes[g.notes.length - 1];
    g.highlights.sort(byPosition);
  }
  otherHighlights.sort(byPosition);
  pageNotes.sort((a, b) => cmp(a.created ?? '', b.created ?? '') || cmp(a.id, b.id));
  return { directives: [...directives, ...orphans], otherHighlights, pageNotes };
}

/**
 * Whether the reader did anything with a directive: a status, a note or tags on
 * it, or a highlight inside it. Only those become tasks in the export.
 */
export function isTouched(g: DirectiveGroup): boolean {
  return g.highlights.length > 0 || g.notes.some((a) => a.status !== undefined || (a.note ?? '').trim() !== '' || (a.tags ?? []).length > 0);
}

/** Union of all tags, trimmed, without empties, in code-point order. */
export function collectTags(annotations: Annotation[]): string[] {
  const set = new Set<string>();
  for (const a of annotations) for (const t of a.tags ?? []) if (typeof t === 'string' && t.trim()) set.add(t.trim());
  return [...set].sort(cmp);
}
