import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Annotation, NoticeRecord } from '../../utils/model';
import { errorInfo, type StoreApi } from '../../utils/store/api';
import type { StoreErrorInfo } from '../../utils/store/messages';
import { tabOrphanIds, tabStatus } from '../../utils/tab-client';
import type { TabStatus } from '../../utils/tab-protocol';
import { isHttpUrl, normalizeNoticeUrl } from '../../utils/text/url';

type NoticeView =
  | { phase: 'loading' }
  /** No notice to show: Notice Lens is not running there (status null) or the page is not a notice. */
  | { phase: 'none'; status: TabStatus | null }
  | { phase: 'ready'; tabId: number; page: string; status: TabStatus | null; notice: NoticeRecord | null; annotations: Annotation[]; orphans: Set<string>; error: StoreErrorInfo | null };

/** A request's value or its error, so one failing request leaves the other's value shown. */
const settled = <T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: StoreErrorInfo }> =>
  p.then((value) => ({ ok: true as const, value }), (e: unknown) => ({ ok: false as const, error: errorInfo(e) }));

/** The page key of a tab: what its content script reports, else its URL when the browser shows it to us. */
async function pageOf(tabId: number, status: TabStatus | null): Promise<string | null> {
  if (status?.page) return status.page;
  const url = await browser.tabs.get(tabId).then((t) => t.url, () => undefined);
  return url && isHttpUrl(url) ? normalizeNoticeUrl(url) : null;
}

/**
 * Everything the side panel shows for one tab, kept current: refetched when the
 * tab loads a page and whenever any context writes to this notice (change
 * notifications). Orphans come from the tab, which alone knows what anchored.
 */
export function useTabNotice(store: StoreApi, tabId: number | null, loads: number): NoticeView {
  const [view, setView] = useState<NoticeView>({ phase: 'loading' });
  const generation = useRef(0);

  useEffect(() => {
    const gen = ++generation.current;
    const current = () => gen === generation.current;
    let stop: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setView({ phase: 'loading' });
    if (tabId === null) return;

    void (async () => {
      let status = await tabStatus(tabId, 5);
      const page = await pageOf(tabId, status);
      if (!current()) return;
      if (!page) return setView({ phase: 'none', status });

      const load = async () => {
        const [n, list, orphans, fresh] = await Promise.all([
          settled(store.getNotice(page)),
          settled(store.listPage(page)),
          tabOrphanIds(tabId),
          tabStatus(tabId),
        ]);
        if (!current()) return;
        status = fresh ?? status; // counts change as the reader highlights
        const notice = n.ok ? n.value : null;
        const annotations = list.ok ? list.value : [];
        if (!status?.notice && !notice && annotations.length === 0) return setView({ phase: 'none', status });
        const error = !n.ok ? n.error : !list.ok ? list.error : null;
        setView({ phase: 'ready', tabId, page, status, notice, annotations, orphans: new Set(orphans), error });
      };
      await load();
      // The tab re-anchors after a change too; ask again once it has had a moment.
      const onChange = () => {
        void load();
        clearTimeout(timer);
        timer = setTimeout(() => void load(), 600);
      };
      if (current()) stop = store.subscribe([page], onChange, { onReconnect: onChange });
    })();

    return () => {
      generation.current++;
      clearTimeout(timer);
      stop?.();
    };
  }, [store, tabId, loads]);

  return view;
}
