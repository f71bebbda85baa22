/**
 * The change marks of a revised notice as the reader sees them: runs of neighbouring `[data-nl-change]` wrappers
 * of one kind, joined, as [kind, text] pairs. Run in the page (`page.evaluate(changeMarksInPage)`, Playwright or
 * puppeteer), so it refers to nothing outside itself.
 */
export const changeMarksInPage = (): [string, string][] => {
  const out: [string, string][] = [];
  let last: Element | null = null;
  for (const el of document.querySelectorAll('[data-nl-change]')) {
    const kind = el.getAttribute('data-nl-change')!;
    const between = document.createRange();
    if (last) {
      between.setStartAfter(last);
      between.setEndBefore(el);
    }
    const prev = out[out.length - 1];
    if (prev && last && prev[0] === kind && between.toString() === '') prev[1] += el.textContent;
    else out.push([kind, el.textContent ?? '']);
    last = el;
  }
  return out;
};
