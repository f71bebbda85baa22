/**
 * Shared set-up for the store tests: a fresh fake IndexedDB per test, a
 * controllable clock, senders for each kind of context, and sample records.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { NoticeRecord } from '../../utils/model';
import { lazyDb } from '../../utils/store/db';
import { createHandler } from '../../utils/store/handler';
import type { SenderLike } from '../../utils/store/callers';
import type { Change } from '../../utils/store/merge';
import type { AnnotationInput, NoticeInput, Reply, Request, RequestType, Result } from '../../utils/store/messages';
import { Repository } from '../../utils/store/repository';

export const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const RUNTIME = { id: EXT_ID, getURL: (p: string) => `chrome-extension://${EXT_ID}/${p.replace(/^\//, '')}` };

export const PAGE_A = 'https://www.gov.cn/zhengce/content/2025-01/02/content_1.htm';
export const PAGE_B = 'https://gxj.xa.gov.cn/zwgk/tzgg/2025/notice-2.html';

export const SIDE_PANEL: SenderLike = { id: EXT_ID, url: `chrome-extension://${EXT_ID}/sidepanel.html` };
/** The note frame: an extension page inside a website's tab. */
export const NOTE_FRAME: SenderLike = {
  id: EXT_ID,
  url: `chrome-extension://${EXT_ID}/note-frame.html`,
  tab: { id: 7, url: PAGE_A },
};

export function contentScript(url: string): SenderLike {
  return { id: EXT_ID, url, tab: { id: 3, url } };
}

export function freshIndexedDB(): void {
  globalThis.indexedDB = new IDBFactory();
}

export function makeClock(start = '2025-03-01T08:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    ms: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

/**
 * A fresh database, repository and handler; `published` records every change list.
 * `settings.rememberOpened` is the reader's option "remember the notices I open" (off, as by default).
 */
export function setup(settings: { rememberOpened?: boolean } = {}) {
  freshIndexedDB();
  const clock = makeClock();
  const getDb = lazyDb();
  const repo = new Repository(getDb, clock.now);
  const published: Change[][] = [];
  const options = { rememberOpened: settings.rememberOpened ?? false };
  const handle = createHandler({
    repo,
    runtime: RUNTIME,
    publish: (c) => published.push(c),
    clock: clock.ms,
    rememberOpened: async () => options.rememberOpened,
  });
  /** Sends a typed request as `sender` (the side panel by default). */
  const call = <T extends RequestType>(req: Extract<Request, { type: T }> & { type: T }, sender: SenderLike = SIDE_PANEL) =>
    handle(req, sender) as Promise<Reply<T, 'extension'>>;
  /** Sends a typed request as a content script, typed with redacted annotations. */
  const asContent = <T extends RequestType>(req: Extract<Request, { type: T }> & { type: T }, sender: SenderLike) =>
    handle(req, sender) as Promise<Reply<T, 'content'>>;
  /** Sends anything (for refusals). */
  const raw = (message: unknown, sender: SenderLike | undefined = SIDE_PANEL) => handle(message, sender);
  return { clock, getDb, repo, handle, call, asContent, raw, published, options };
}

export function value<V>(r: Result<V>): V {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function errorOf(r: Result<unknown>) {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value).slice(0, 200)}`);
  return r.error;
}

let n = 0;
export function annotation(overrides: Partial<AnnotationInput> = {}): AnnotationInput {
  n++;
  return {
    id: `a-${n.toString().padStart(4, '0')}`,
    page: PAGE_A,
    kind: 'highlight',
    selectors: [
      { type: 'TextQuoteSelector', exact: '加强安全生产', prefix: '一是', suffix: '工作。' },
      { type: 'TextPositionSelector', start: 10, end: 16 },
    ],
    color: 'yellow',
    note: `note ${n}`,
    tags: ['安全'],
    ...overrides,
  };
}

export function notice(overrides: Partial<NoticeInput> = {}): NoticeInput {
  return {
    page: PAGE_A,
    title: '关于加强安全生产工作的通知',
    site: 'www.gov.cn',
    source: '国务院办公厅',
    published: '2025-01-02',
    docNumber: '国办发〔2025〕1号',
    directives: [{ ordinal: '一是', level: 1, lead: '加强安全生产' }],
    ...overrides,
  };
}

export function noticeRecord(overrides: Partial<NoticeRecord> = {}): NoticeRecord {
  return {
    ...notice(),
    firstSeen: '2025-01-05T00:00:00.000Z',
    lastSeen: '2025-01-06T00:00:00.000Z',
    ...overrides,
  };
}
