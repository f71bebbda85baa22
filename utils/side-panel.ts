/**
 * Opening the side panel (Chrome) or sidebar (Firefox) for a tab. Both browsers
 * only allow it in direct response to a user action, so callers must call this
 * synchronously from the click (or message) handler, before awaiting anything.
 */
import { browser } from 'wxt/browser';

interface SidebarAction {
  open(): Promise<void>;
}

export function openSidePanel(tabId: number | undefined, windowId?: number): Promise<boolean> {
  const sidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } }).sidePanel;
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  try {
    if (sidePanel && (tabId !== undefined || windowId !== undefined)) {
      return sidePanel.open(tabId !== undefined ? { tabId } : { windowId }).then(() => true, () => false);
    }
    if (sidebar) return sidebar.open().then(() => true, () => false);
  } catch {
    // Thrown synchronously when the gesture is missing in some versions.
  }
  return Promise.resolve(false);
}

/** Chrome: the toolbar button keeps opening the popup; the panel opens from the popup or the page. */
export function configureSidePanel(): void {
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  try {
    void sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => {});
  } catch {
    // Not available (Firefox has a sidebar instead; test doubles): nothing to configure.
  }
}
