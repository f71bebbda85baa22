/**
 * Only the reader's own input may act. A page script can dispatch any event it
 * likes (`dispatchEvent`, `element.click()`), but the browser marks those
 * `isTrusted: false`; real mouse, keyboard and touch input is always trusted.
 */

/** The kinds of input the in-page UI reacts to: every one that a page script could forge to press, type or choose. */
const UI_INPUT_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'submit', 'reset',
] as const;

/** Wraps a listener so that an untrusted (script-made) event does nothing. */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/**
 * Stops every untrusted input event at `root` (capture phase), before it reaches
 * any element inside it: one guard for every control of a UI, present and future,
 * instead of a check in each handler. Returns the function that removes the guard.
 */
export function dropUntrustedInput(root: EventTarget, types: readonly string[] = UI_INPUT_EVENTS): () => void {
  const drop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of types) root.addEventListener(type, drop, { capture: true });
  return () => {
    for (const type of types) root.removeEventListener(type, drop, { capture: true });
  };
}
