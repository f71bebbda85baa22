/**
 * Change notifications. Each open tab and extension page keeps a port
 * (`runtime.connect({ name: PORT_NAME })`) to the background; after a committed
 * write the background posts `{ type: 'changed', page, ids }` to every port
 * subscribed to that page, so an edit in one tab shows in every other tab (and
 * the side panel) showing the same notice.
 *
 * A content script's port is subscribed to its own page, fixed when it
 * connects; it never hears about other pages. Extension pages choose pages (or
 * '*', everything) with a `subscribe` message. Ports from anyone else are
 * disconnected at once.
 */
import { normalizeNoticeUrl } from '../text/url';
import { identifyCaller, type RuntimeLike, type SenderLike } from './callers';
import type { Change } from './merge';
import { PORT_NAME, type ChangeMessage } from './messages';
import { LIMITS } from './validate';

/** The parts of a `runtime.Port` the hub uses. */
export interface PortLike {
  name: string;
  sender?: SenderLike;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

interface Subscription {
  /** Content scripts: their own page, unchangeable. */
  fixed: boolean;
  all: boolean;
  pages: Set<string>;
}

export class ChangeHub {
  private ports = new Map<PortLike, Subscription>();

  constructor(private readonly runtime: RuntimeLike) {}

  /** Number of connected ports (for tests and diagnostics). */
  get size(): number {
    return this.ports.size;
  }

  /** Takes a newly connected port; returns false (and disconnects it) if it is not ours. */
  connect(port: PortLike): boolean {
    if (port.name !== PORT_NAME) return false; // someone else's port: not ours to judge
    const caller = identifyCaller(port.sender, this.runtime);
    // The note frame (framed into a web page) hears nothing: it reads its one annotation itself.
    if (!caller || caller.kind === 'framed' || (caller.kind === 'content' && caller.page === null)) {
      port.disconnect();
      return false;
    }
    const sub: Subscription =
      caller.kind === 'content'
        ? { fixed: true, all: false, pages: new Set([caller.page!]) }
        : { fixed: false, all: false, pages: new Set() };
    this.ports.set(port, sub);
    port.onDisconnect.addListener(() => this.ports.delete(port));
    port.onMessage.addListener((message) => this.onMessage(sub, message));
    return true;
  }

  private onMessage(sub: Subscription, message: unknown): void {
    if (sub.fixed || typeof message !== 'object' || message === null) return;
    const m = message as { type?: unknown; pages?: unknown };
    if (m.type !== 'subscribe') return;
    if (m.pages === '*') {
      sub.all = true;
      sub.pages.clear();
    } else if (Array.isArray(m.pages)) {
      sub.all = false;
      sub.pages = new Set(
        m.pages
          .slice(0, LIMITS.pagesPerRequest)
          .filter((p): p is string => typeof p === 'string')
          .map(normalizeNoticeUrl),
      );
    }
  }

  /** Posts each change to the ports subscribed to its page. */
  publish(changes: Change[]): void {
    for (const [port, sub] of this.ports) {
      for (const change of changes) {
        if (!sub.all && !sub.pages.has(change.page)) continue;
        const message: ChangeMessage = { type: 'changed', page: change.page, ids: change.ids };
        try {
          port.postMessage(message);
        } catch {
          this.ports.delete(port); // closed without telling us
          break;
        }
      }
    }
  }
}
