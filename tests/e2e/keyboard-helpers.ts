/**
 * Keyboard tests' helpers: the background's own command event (headless Chromium does not turn key presses
 * into extension commands), and what has the focus inside the closed UI root.
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../tools/browser';
import { closedUi } from './closed-root';

/** Fires chrome.commands.onCommand in the service worker, as Chrome does for Alt+Shift+N and the others. */
export function dispatchCommand(browser: ExtensionBrowser, command: string): Promise<void> {
  return browser.worker.evaluate(async (command) => {
    type Commands = { onCommand: { hasListeners(): boolean; dispatch(command: string, tab?: unknown): void } };
    type Tabs = { query(q: object): Promise<unknown[]> };
    const c = (globalThis as unknown as { chrome: { commands: Commands; tabs: Tabs } }).chrome;
    if (!c.commands.onCommand.hasListeners()) throw new Error('the background registered no commands listener');
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    c.commands.onCommand.dispatch(command, tab);
  }, command);
}

/**
 * The focused control in the UI, named for assertions: `item:3` (outline row of directive 3), its
 * `data-nl-action` or `data-nl-field`, `launcher`, `frame` (the note editor), or null (focus not in the UI).
 */
export function focusedInUi(page: Page): Promise<string | null> {
  // Any element of the root will do: the first one.
  return closedUi(page).evaluate('*', (any) => {
    const a = (any.getRootNode() as ShadowRoot).activeElement;
    if (!a) return null;
    const item = a.getAttribute('data-nl-outline-item');
    if (item !== null) return `item:${item}`;
    if (a.classList.contains('nl-launcher')) return 'launcher';
    if (a.tagName === 'IFRAME') return 'frame';
    return a.getAttribute('data-nl-action') ?? a.getAttribute('data-nl-field') ?? a.tagName.toLowerCase();
  });
}

/** The directive or highlight the page's own focus is on (`directive:3`, `annotation:<id>`), or its tag name. */
export function focusedInPage(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (!a) return null;
    if (a.hasAttribute('data-nl-directive')) return `directive:${a.getAttribute('data-nl-directive')}`;
    if (a.hasAttribute('data-nl-annotation')) return `annotation:${a.getAttribute('data-nl-annotation')}`;
    return a.tagName.toLowerCase();
  });
}
