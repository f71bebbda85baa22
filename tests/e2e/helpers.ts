import type { Page } from 'playwright-core';

/**
 * Selects the `occurrence`-th visible instance of `needle` in the notice body, the
 * way a reader's drag would leave it, and releases the real mouse button over its
 * end: the extension acts only on trusted input, as a reader's own mouseup is.
 */
export async function selectText(page: Page, needle: string, occurrence = 0, rootSelector = '#zoom'): Promise<void> {
  const end = await page.evaluate(
    ({ needle, occurrence, rootSelector }) => {
      const root = document.querySelector(rootSelector)!;
      // Match ignoring white space (paragraph breaks, tabs), as a reader's eye does.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const chars: { node: Text; offset: number }[] = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n.parentElement as Element).closest('[data-nl-duplicate]')) continue;
        const data = (n as Text).data;
        for (let i = 0; i < data.length; i++) {
          if (/\s/.test(data[i]!)) continue;
          chars.push({ node: n as Text, offset: i });
          text += data[i];
        }
      }
      const want = needle.replace(/\s+/g, '');
      let at = -1;
      for (let k = 0; k <= occurrence; k++) at = text.indexOf(want, at + 1);
      if (at < 0) return false;
      const s = chars[at]!;
      const last = chars[at + want.length - 1]!;
      const e = { node: last.node, offset: last.offset + 1 };
      s.node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      const rects = range.getClientRects();
      const r = rects[rects.length - 1] ?? range.getBoundingClientRect();
      return { x: Math.max(0, r.right - 1), y: r.top + r.height / 2 };
    },
    { needle, occurrence, rootSelector },
  );
  if (!end) throw new Error(`Text not found on the page: ${needle}`);
  // A release with no press first: the reader's selection stays as it is, and the page gets a trusted mouseup.
  await page.mouse.move(end.x, end.y);
  await page.mouse.up();
}

/** The text of each highlight on the page, by annotation id, in document order. */
export async function highlights(page: Page): Promise<{ id: string; text: string; color: string; hasNote: boolean }[]> {
  return page.evaluate(() => {
    const byId = new Map<string, { id: string; text: string; color: string; hasNote: boolean }>();
    for (const el of document.querySelectorAll('[data-nl-annotation]')) {
      const id = el.getAttribute('data-nl-annotation')!;
      const h = byId.get(id) ?? { id, text: '', color: el.getAttribute('data-nl-color') ?? '', hasNote: false };
      // One wrapper per text node; an overlapping highlight nests inside, so textContent is this highlight's text.
      h.text += el.textContent ?? '';
      h.hasNote ||= el.hasAttribute('data-nl-has-note');
      byId.set(id, h);
    }
    return [...byId.values()];
  });
}

/**
 * An init script (page.addInitScript, puppeteer's evaluateOnNewDocument) that records every value the root's
 * data-notice-lens takes from the page's start, in `window.__verdicts`: a reader would see "not a notice" flash by.
 * It runs before the page has a root element, so it watches the document and reads its root's changes.
 */
export const RECORD_VERDICTS = `(() => {
  const seen = [];
  Object.defineProperty(window, '__verdicts', { value: seen });
  new MutationObserver((records) => {
    for (const r of records) if (r.target === document.documentElement) seen.push(document.documentElement.getAttribute('data-notice-lens'));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-notice-lens'] });
})()`;
