/**
 * `text` with the characters of `ranges` ([start, end), ascending, not overlapping) turned into spaces, line
 * breaks kept: the same offsets, so what is found in the masked text marks the original, but nothing inside the
 * ranges can be read as a marker (a masked line is a blank one).
 */
export function maskRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  if (!ranges.length) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}
