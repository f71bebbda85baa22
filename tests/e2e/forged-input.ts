/**
 * The attack, never a way to drive the UI: everything a notice page's own script can do to an element of ours it
 * holds — `element.click()` and dispatched (untrusted) pointer, mouse and keyboard events, Enter included. The
 * hostile tests run it in the page, then do the same with the real mouse and keyboard, which must work where this
 * did nothing (utils/dom/trusted-input.ts drops it). An arrow function with no inner names, so that its source
 * runs as is in the page (Playwright's closed-root helper, puppeteer's $eval).
 */
export const forgeInput = (el: Element): boolean => {
  if (el instanceof HTMLElement) el.click();
  el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
  el.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true }));
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
  for (const type of ['keydown', 'keyup']) el.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
  return true;
};
