import { anchorMany, describeRange } from '../anchoring';
import { drawHighlight, eraseHighlight, markHasNote, recolorHighlight } from '../dom/highlighter';
import type { TextIndex } from '../dom/text-index';
import type { Selector } from '../model';
import type { RedactedAnnotation } from '../store/messages';

interface Placed {
  start: number;
  end: number;
}

/**
 * The highlights of one page: anchors stored selectors in the page text and
 * draws them; remembers where each one landed. Storage-free: it is handed
 * annotations and says which could not be placed (orphans).
 */
export class AnnotationLayer {
  readonly placed = new Map<string, Placed>();

  constructor(private readonly index: TextIndex) {}

  get text(): string {
    return this.index.text;
  }

  describe(start: number, end: number): Selector[] {
    return describeRange(this.index.text, start, end);
  }

  /** Draws highlight annotations; returns the ones that could not be anchored. */
  render(annotations: RedactedAnnotation[]): RedactedAnnotation[] {
    const highlights = annotations.filter((a) => a.kind === 'highlight');
    for (const a of highlights) this.erase(a.id);
    const results = anchorMany(this.index.text, highlights.map((a) => a.selectors));
    const orphans: RedactedAnnotation[] = [];
    highlights.forEach((a, i) => {
      const r = results[i]!;
      if (r.status !== 'anchored') {
        orphans.push(a);
        return;
      }
      this.draw(a, r.start, r.end);
    });
    return orphans;
  }

  draw(a: RedactedAnnotation, start: number, end: number): void {
    // A new highlight can be drawn by its own save and by the change notice of that save, in either order:
    // drawn once whatever the order (two would nest wrappers of one id).
    this.erase(a.id);
    drawHighlight(this.index, start, end, a.id, a.color ?? 'yellow');
    markHasNote(this.index.root, a.id, a.hasNote);
    this.placed.set(a.id, { start, end });
  }

  update(a: RedactedAnnotation): void {
    recolorHighlight(this.index.root, a.id, a.color ?? 'yellow');
    markHasNote(this.index.root, a.id, a.hasNote);
  }

  erase(id: string): void {
    if (!this.placed.has(id)) return;
    eraseHighlight(this.index.root, id);
    this.placed.delete(id);
  }
}
