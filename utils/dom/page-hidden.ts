/**
 * Text the page's own stylesheet hides is not on the reader's screen: a CMS that prints the article twice, once for
 * phones and once for desktops, hides one with a media query or a class (`.m-art{display:none}`), and a print copy
 * waits under `display:none` for the 打印 button. Such a copy is neither the notice nor a duplicate to collapse: it is
 * left out of the text the analysis reads. Asking the computed style costs, so only containers that CSS can target
 * (with attributes) and that hold elements are asked; an inline `style` or `hidden` is isSkipped's (text-index.ts).
 */
export function hiddenByPageStyle(el: Element): boolean {
  if (!el.firstElementChild || !el.hasAttributes()) return false;
  return el.ownerDocument.defaultView?.getComputedStyle(el).display === 'none';
}

/** Whether `el` is rendered at all (not under display: none): asked of the one element the body finder picked. */
export function isRendered(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

/** hiddenByPageStyle, each element asked once: the analysis walks its scope twice, around its own changes. */
export function pageHiddenMemo(): (el: Element) => boolean {
  const seen = new Map<Element, boolean>();
  return (el) => {
    let hidden = seen.get(el);
    if (hidden === undefined) seen.set(el, (hidden = hiddenByPageStyle(el)));
    return hidden;
  };
}
