/**
 * What the open notices told the background about themselves, kept in memory
 * only (never on disk): the store does not keep a record of a notice merely
 * opened (no reading history; see repository.saveNotice), yet the side panel and
 * the popup of an open notice still want its title and outline, and an annotation
 * made from the side panel (a page note) must be able to create the notice's
 * record. Bounded, most recent last; lost when the service worker stops, which
 * is why the page also sends its facts with its own first annotation.
 */
import type { NoticeRecord } from '../model';
import type { NoticeInput } from './messages';

export class VisitMemory {
  private items = new Map<string, { facts: NoticeInput; at: string }>();
  /** Bodies of notices not stored yet (issue 16): bigger than facts, so fewer are kept. */
  private bodies = new Map<string, string>();

  constructor(
    private readonly max = 100,
    private readonly maxBodies = 10,
  ) {}

  /** The visit's body text, for the notice's first version when its first annotation stores it. */
  rememberBody(page: string, text: string): void {
    this.bodies.delete(page);
    this.bodies.set(page, text);
    if (this.bodies.size > this.maxBodies) this.bodies.delete(this.bodies.keys().next().value!);
  }

  body(page: string): string | undefined {
    return this.bodies.get(page);
  }

  remember(facts: NoticeInput, at: string): void {
    this.items.delete(facts.page);
    this.items.set(facts.page, { facts, at });
    if (this.items.size > this.max) this.items.delete(this.items.keys().next().value!);
  }

  facts(page: string): NoticeInput | undefined {
    return this.items.get(page)?.facts;
  }

  /** The notice as a record that was not stored: seen first and last at the visit. */
  record(page: string): NoticeRecord | null {
    const e = this.items.get(page);
    return e ? { ...e.facts, firstSeen: e.at, lastSeen: e.at } : null;
  }

  clear(): void {
    this.items.clear();
    this.bodies.clear();
  }
}
