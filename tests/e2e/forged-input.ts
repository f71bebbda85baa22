/**
 * The attack, never a way to drive the UI: the page's own hostile script (tests/fixtures/pages/hostile-input.js)
 * presses an element of ours it holds every way a script can. The hostile tests add that script to the page, hand it
 * the element, then do the same with the real mouse and keyboard, which must work where this did nothing
 * (utils/dom/trusted-input.ts drops it).
 */
import { fileURLToPath } from 'node:url';

/** The hostile script's file, for Playwright's and puppeteer's addScriptTag. */
export const HOSTILE_SCRIPT = fileURLToPath(new URL('../fixtures/pages/hostile-input.js', import.meta.url));

/**
 * Hands `el` to the page's hostile script. An arrow function with no inner names, so that its source runs as is in
 * the page's own world (Playwright's closed-root helper, puppeteer's $eval).
 */
export const forgeInput = (el: Element): boolean => (window as unknown as { forgeInput: (e: Element) => boolean }).forgeInput(el);
