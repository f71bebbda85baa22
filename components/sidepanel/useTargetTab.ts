import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

interface TargetTab {
  /** The tab whose notice is shown; null while unknown or after it closed. */
  tabId: number | null;
  /** Bumped whenever that tab finished loading a page (navigation, reload): time to refetch. */
  loads: number;
}

function intParam(name: string): number | null {
  const v = Number(new URLSearchParams(location.search).get(name));
  return Number.isInteger(v) && v > 0 ? v : null;
}

/**
 * Which tab the side panel describes. In the browser's side panel / sidebar:
 * the active tab of the panel's own window, following tab switches. Opened as an
 * ordinary page (tests, or a pinned view), `?tab=<id>` fixes the tab and
 * `?window=<id>` follows that window's active tab, because such a page has no
 * "current tab" of its own.
 */
export function useTargetTab(): TargetTab {
  const [state, setState] = useState<TargetTab>({ tabId: intParam('tab'), loads: 0 });

  useEffect(() => {
    const pinned = intParam('tab');
    let windowId = intParam('window');
    let current = pinned;
    let live = true;
    const show = (tabId: number | null) => {
      current = tabId;
      if (live) setState((s) => ({ tabId, loads: s.loads + 1 }));
    };

    if (pinned === null) {
      void (async () => {
        windowId ??= (await browser.windows.getCurrent()).id ?? null;
        const [tab] = await browser.tabs.query(windowId === null ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
        show(tab?.id ?? null);
      })();
    }

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned === null && info.windowId === windowId) show(info.tabId);
    };
    // Without the "tabs" permission the URL is not reported, but the loading status is.
    const onUpdated = (tabId: number, info: { status?: string; url?: string }) => {
      if (tabId === current && (info.status === 'complete' || info.url !== undefined)) show(tabId);
    };
    const onRemoved = (tabId: number) => {
      if (tabId === current) show(null);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, []);

  return state;
}
