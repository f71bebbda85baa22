import type { Color, DirectiveStatus } from '../model';
import type { MarkedDirective } from '../page/mark-directives';
import type { RedactedAnnotation } from '../store/messages';
import type { TextIndex } from '../dom/text-index';
import { rangeToOffsets } from '../dom/selection';
import { directiveAt, findDirective, refOf } from '../text/sections';
import { AnnotationLayer } from './annotation-layer';
import { toInput, type DirectiveWrite, type PageStoreApi } from '../store/api';
import { initialState, type SessionState } from './session-state';
import { newId as randomId } from '../id';
import { keepingPassageFocus } from '../dom/focus-passage';
import { annotationCounts } from '../library/counts';

/**
 * One notice's reading session in a tab: the reader's intents (highlight, note,
 * status, delete, undo, re-attach) turned into storage calls and page marks.
 * The UI renders `state` and calls these methods; nothing here renders.
 */
export class PageSession {
  state: SessionState;
  private readonly layer: AnnotationLayer;
  private readonly byId = new Map<string, RedactedAnnotation>();
  private readonly listeners = new Set<(s: SessionState) => void>();
  /** The id this tab deleted last, for the toast's undo (after a reload, the trash list offers it). */
  private lastDeleted: string | null = null;

  constructor(
    private readonly index: TextIndex,
    private readonly directives: MarkedDirective[],
    private readonly store: PageStoreApi,
    duplicateChars: number | null,
    private readonly newId: () => string = randomId,
  ) {
    this.layer = new AnnotationLayer(index);
    this.state = initialState(directives, duplicateChars);
  }

  /** Highlights currently drawn on the page. */
  highlightCount(): number {
    return this.layer.placed.size;
  }

  subscribe(listener: (s: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(changes: Partial<SessionState>): void {
    // Counted on every change: one pass over this page's annotations, which is small beside a redraw.
    this.state = { ...this.state, ...changes, counts: annotationCounts(this.byId.values()) };
    for (const l of this.listeners) l(this.state);
  }

  /** Loads the page's annotations and places them; returns how many were orphaned. */
  async load(): Promise<number> {
    return this.place(await this.fetch());
  }

  /**
   * Places annotations already fetched: anchoring and drawing, synchronous, so it
   * can be timed apart from the round trip to storage.
   */
  place(all: RedactedAnnotation[]): number {
    // The reader's focus on a mark (back from its note) moves to the redrawn mark.
    const orphans = keepingPassageFocus(this.index.root, () => {
      for (const id of [...this.layer.placed.keys()]) this.layer.erase(id);
      return this.layer.render(all);
    });
    this.byId.clear();
    for (const a of all) this.byId.set(a.id, a);
    this.refreshDerived(orphans.map((o) => o.id));
    return orphans.length;
  }

  /** The page's annotations from storage (no page changes); the trash list is refreshed beside them. */
  fetch(): Promise<RedactedAnnotation[]> {
    void this.loadTrash();
    return this.store.listPage();
  }

  /** This page's trash, for the panel's list. A trash that cannot be read leaves the list as it was. */
  async loadTrash(): Promise<void> {
    const list = await this.store.listTrash().catch(() => null);
    if (list) this.set({ trash: list.map((a) => ({ id: a.id, kind: a.kind, quote: quoteOf(a), hasNote: a.hasNote, deletedAt: a.deletedAt })) });
  }

  private refreshDerived(orphanIds: string[] = this.state.orphans.map((o) => o.id)): void {
    const directiveState: SessionState['directiveState'] = {};
    const directiveOrphans: string[] = [];
    let pageNote: SessionState['pageNote'] = null;
    for (const a of this.byId.values()) {
      if (a.kind === 'page-note') pageNote = { id: a.id, hasNote: a.hasNote };
      if (a.kind !== 'directive' || !a.directive) continue;
      const d = findDirective(this.directives, a.directive);
      if (d) directiveState[d.index] = { id: a.id, status: a.status, hasNote: a.hasNote, due: a.due, lead: a.lead };
      else directiveOrphans.push(a.id);
    }
    const orphans = [...new Set([...orphanIds, ...directiveOrphans])]
      .map((id) => this.byId.get(id))
      .filter((a): a is RedactedAnnotation => Boolean(a))
      .map((a) => ({ id: a.id, kind: a.kind, quote: quoteOf(a), hasNote: a.hasNote }));
    this.set({ directiveState, pageNote, orphans });
  }

  /** Where the reader's selection is in the notice text, if it is in it. */
  selectionOffsets(): { start: number; end: number } | null {
    const sel = this.index.root.ownerDocument.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const o = rangeToOffsets(this.index, sel.getRangeAt(0));
    if (!o || !this.index.text.slice(o.start, o.end).trim()) return null;
    return o;
  }

  /** Shows the toolbar over a selection in the notice, hides it otherwise. */
  onSelectionChange(): void {
    const o = this.selectionOffsets();
    if (!o) return this.set({ toolbar: null });
    const rect = this.index.root.ownerDocument.getSelection()!.getRangeAt(0).getBoundingClientRect();
    this.set({ toolbar: { x: rect.left + rect.width / 2, y: rect.top, bottom: rect.bottom } });
  }

  async highlightSelection(color: Color = 'yellow'): Promise<string | null> {
    const o = this.selectionOffsets();
    if (!o) return null;
    // Let go of the selection now, not after saving: the reader may already be selecting the next passage.
    this.index.root.ownerDocument.getSelection()?.removeAllRanges();
    this.set({ toolbar: null });
    const d = directiveAt(this.directives, o.start);
    const saved = await this.guard(() =>
      this.store.saveAnnotation({
        id: this.newId(), page: this.store.page, kind: 'highlight', selectors: this.layer.describe(o.start, o.end),
        color, tags: [], ...(d ? { directive: refOf(d) } : {}),
      }),
    );
    if (!saved) return null;
    this.byId.set(saved.id, saved);
    this.layer.draw(saved, o.start, o.end);
    this.set({}); // the count
    return saved.id;
  }

  async noteSelection(): Promise<void> {
    const id = await this.highlightSelection('yellow');
    if (id) this.openNote(id);
  }

  openMenu(id: string, x: number, y: number): void {
    const a = this.byId.get(id);
    if (a) this.set({ menu: { id, x, y, color: a.color ?? 'yellow', hasNote: a.hasNote, confirming: false }, toolbar: null });
  }

  closeMenu(): void {
    this.set({ menu: null });
  }

  async recolor(id: string, color: Color): Promise<void> {
    const a = this.byId.get(id);
    if (!a) return;
    const saved = await this.guard(() => this.store.saveAnnotation(toInput(a, { color })));
    if (!saved) return;
    this.byId.set(id, saved);
    this.layer.update(saved);
    if (this.state.menu?.id === id) this.set({ menu: { ...this.state.menu, color } });
  }

  /** Deleting a highlight that carries a note asks first; every delete goes to the trash and can be undone. */
  async requestDelete(id: string): Promise<void> {
    const a = this.byId.get(id);
    if (a?.hasNote && !(this.state.menu?.id === id && this.state.menu.confirming)) {
      this.set({ menu: this.state.menu ? { ...this.state.menu, confirming: true } : null });
      return;
    }
    await this.delete(id);
  }

  async delete(id: string): Promise<void> {
    const removed = await this.guard(() => this.store.deleteAnnotation(id));
    if (!removed) return;
    this.lastDeleted = id;
    this.byId.delete(id);
    this.layer.erase(id);
    this.set({ menu: null, noteFrame: this.state.noteFrame?.id === id ? null : this.state.noteFrame, toast: { kind: 'deleted', undo: true } });
    this.refreshDerived(this.state.orphans.map((o) => o.id).filter((o) => o !== id));
    await this.loadTrash();
  }

  /** Undo: restores what this tab deleted last, else the page's latest deletion (the trash outlives a reload). */
  async undo(): Promise<void> {
    const id = this.lastDeleted ?? this.state.trash[0]?.id;
    if (id) await this.restore(id);
  }

  /** Puts a trashed annotation back exactly as it was, and places it on the page again. */
  async restore(id: string): Promise<void> {
    const saved = await this.guard(() => this.store.restoreFromTrash(id));
    if (!saved) return;
    if (this.lastDeleted === id) this.lastDeleted = null;
    this.set({ toast: null });
    await this.load();
  }

  /** A message for the reader that needs no action. */
  notify(kind: 'select-first' | 'use-sidebar'): void {
    this.set({ toast: { kind, undo: false } });
  }

  dismissToast(): void { this.set({ toast: null }); }

  async setStatus(index: number, status: DirectiveStatus | undefined): Promise<void> { await this.ensureDirectiveAnnotation(index, { status }); }

  /** The reader's correction of a directive's due date and lead unit; null: back to what the notice says. */
  async correctTask(index: number, task: DirectiveWrite<unknown>['task']): Promise<void> { await this.ensureDirectiveAnnotation(index, { task }); }

  async openDirectiveNote(index: number): Promise<void> {
    const id = await this.ensureDirectiveAnnotation(index, {});
    if (id) this.openNote(id);
  }

  /** Directive annotations are created and changed one request at a time, so fast changes never make two. */
  private directiveWrites: Promise<unknown> = Promise.resolve();

  private ensureDirectiveAnnotation(index: number, changes: Pick<DirectiveWrite<unknown>, 'status' | 'task'>): Promise<string | null> {
    const next = this.directiveWrites.then(() => this.writeDirectiveAnnotation(index, changes));
    this.directiveWrites = next.catch(() => null);
    return next;
  }

  private async writeDirectiveAnnotation(index: number, changes: Pick<DirectiveWrite<unknown>, 'status' | 'task'>): Promise<string | null> {
    const d = this.directives[index];
    if (!d) return null;
    const existing = this.state.directiveState[index];
    const current = existing && this.byId.get(existing.id);
    if (current && !('status' in changes) && !('task' in changes)) return current.id;
    const saved = await this.guard(() =>
      this.store.ensureDirectiveAnnotation(refOf(d), {
        ...changes,
        ...(current ? { existing: current } : { selectors: this.layer.describe(d.start, d.leadEnd), newId: this.newId }),
      }),
    );
    if (!saved) return null;
    this.byId.set(saved.id, saved);
    // The directive's state now names this annotation: a note opened again or a status set next reuses it.
    this.refreshDerived();
    return saved.id;
  }

  /** Opens the page note; a new one is only a draft: the note frame stores it once it has text. */
  openPageNote(): void {
    const id = this.state.pageNote?.id;
    if (id) this.openNote(id);
    else this.set({ noteFrame: { id: this.newId(), draft: 'page-note' }, menu: null, toolbar: null });
  }

  openNote(id: string): void {
    this.set({ noteFrame: { id }, menu: null, toolbar: null });
  }

  closeNote(): void {
    this.set({ noteFrame: null });
  }

  /** Moves an orphan onto the text the reader has selected. */
  async reattach(id: string): Promise<void> {
    const a = this.byId.get(id);
    const o = this.selectionOffsets();
    if (!a) return;
    if (!o) return this.set({ toast: { kind: 'select-first', undo: false } });
    const d = directiveAt(this.directives, o.start);
    const saved = await this.guard(() =>
      this.store.saveAnnotation(toInput(a, { selectors: this.layer.describe(o.start, o.end), ...(d ? { directive: refOf(d) } : {}) })),
    );
    if (!saved) return;
    this.byId.set(id, saved);
    this.layer.draw(saved, o.start, o.end);
    this.index.root.ownerDocument.getSelection()?.removeAllRanges();
    this.refreshDerived(this.state.orphans.map((x) => x.id).filter((x) => x !== id));
  }

  /** Another context changed this page's annotations: place them again. */
  async onRemoteChange(): Promise<void> {
    await this.load();
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (e) {
      this.set({ error: e instanceof Error ? e.message : String(e) });
      return null;
    }
  }
}

function quoteOf(a: RedactedAnnotation): string {
  for (const s of a.selectors) if (s.type === 'TextQuoteSelector') return s.exact;
  return a.directive?.lead ?? '';
}
