/**
 * A block's text as lines, and how much of it is sentences: what tells a body of prose from a block of labels or
 * figures that happens to hold as many characters (an interview's preview, a statistics table's captions).
 */
import { isSkipped } from './text-index';

/** Characters (white space left out) of the lines that hold a sentence: a 。！？.!?; at a sentence's end, or 40 characters. */
export function sentenceProse(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) {
    const t = line.replace(/\s+/g, '');
    if (t.length >= 40 || /[。！？；!?;]|\.(?:$|["'”’)）])/.test(t)) n += t.length;
  }
  return n;
}

const LINE_BREAKING = new Set(['p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'aside', 'blockquote', 'pre', 'form', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The element's text a line per block (as innerText breaks it, without asking for layout), hidden parts and the
 * elements `leaveOut` names left out.
 */
export function blockLines(root: Element, leaveOut?: (el: Element) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line);
    line = '';
  };
  // Depth-first without recursion: a page may nest thousands deep. A negative entry marks leaving a block.
  const stack: (Node | -1)[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === -1) {
      flush();
      continue;
    }
    if (n.nodeType === 3) {
      line += (n as Text).data;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el !== root && (isSkipped(el) || leaveOut?.(el))) continue;
    if (LINE_BREAKING.has(el.localName)) {
      flush();
      stack.push(-1);
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  flush();
  return lines;
}
