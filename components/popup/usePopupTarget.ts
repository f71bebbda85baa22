import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteState, type SiteState } from '../../utils/enable-site';
import { siteApis } from '../../utils/site-apis';
import { tabStatus } from '../../utils/tab-client';
import type { TabStatus } from '../../utils/tab-protocol';
import { isHttpUrl, normalizeNoticeUrl } from '../../utils/text/url';

interface PopupTarget {
  loading: boolean;
  tabId: number | null;
  windowId?: number;
  /** Visible when the reader opened the popup from the toolbar (activeTab) or the site is enabled. */
  url?: string;
  status: TabStatus | null;
  /** The notice's storage key: reported by the content script, else from the URL; '' when unknown. */
  page: string;
  site: SiteState;
}

/** The tab the popup acts on: `?tab=<id>` when opened as a page (tests), else the active tab. */
export function usePopupTarget(refresh: number): PopupTarget {
  const [target, setTarget] = useState<PopupTarget>({ loading: true, tabId: null, status: null, page: '', site: 'unsupported' });
  useEffect(() => {
    let live = true;
    void (async () => {
      const pinned = Number(new URLSearchParams(location.search).get('tab'));
      const tab = Number.isInteger(pinned) && pinned > 0
        ? await browser.tabs.get(pinned).catch(() => undefined)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab?.id) return live && setTarget({ loading: false, tabId: null, status: null, page: '', site: 'unsupported' });
      const [status, site] = await Promise.all([tabStatus(tab.id, 2), siteState(siteApis(), tab.url)]);
      const page = status?.page || (status && tab.url && isHttpUrl(tab.url) ? normalizeNoticeUrl(tab.url) : '');
      if (live) setTarget({ loading: false, tabId: tab.id, windowId: tab.windowId, url: tab.url, status, page, site });
    })();
    return () => {
      live = false;
    };
  }, [refresh]);
  return target;
}
