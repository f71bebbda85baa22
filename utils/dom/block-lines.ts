/**
 * A block's text as lines, and how much of it is sentences: what tells a body of prose from a block of labels or
 * figures that happens to hold as many characters (an interview's preview, a statistics table's captions).
 */
import { textIndexSteps } from './text-index';
import { drain } from '../page/chunk';

/** Characters (white space left out) of the lines that hold a sentence: a 。！？.!?; at a sentence's end, or 40 characters. */
export function sentenceProse(text: string): number {
  let n = 0;
  for (const line of text.split('\n')) {
    const t = line.replace(/\s+/g, '');
    if (t.length >= 40 || /[。！？；!?;]|\.(?:$|["'”’)）])/.test(t)) n += t.length;
  }
  return n;
}

/**
 * The element's text a line per block, as the text index breaks it (./text-index.ts: the same blocks and <br>s as
 * innerText, without asking for layout), hidden parts and the elements `leaveOut` names left out.
 */
export function blockLines(root: Element, leaveOut?: (el: Element) => boolean): string[] {
  return drain(textIndexSteps(root, { skip: leaveOut })).text.split('\n').filter((line) => line.trim());
}
