/**
 * What a notice's facts are read from (FactsSource, gathered by detection), as plain data that can cross to the
 * background (FactsInput, ../facts/lines.ts): the page's title and host, and its title area's lines without
 * their elements. Reading `area.body` walks the body's first 80 lines, here, in the page.
 */
import type { FactArea, FactLine, FactsInput } from '../facts/lines';
import type { Line } from './title-area';
import type { FactsSource } from './signals';

const plain = ({ text, written, chars, links, cell, block }: Line): FactLine => ({ text, written, chars, links, cell, block });

export function factsInputOf(source: FactsSource): FactsInput {
  const { doc, meta, area, titleLine, dateLine, info, shell } = source;
  const lines: FactArea = {
    before: area.before.map(plain),
    after: area.after.map(plain),
    body: area.body.map(plain),
    end: area.end.map(plain),
    following: area.following.map(plain),
  };
  return {
    title: doc.title,
    host: doc.location?.hostname ?? '',
    meta: { ...meta },
    area: lines,
    titleLine: titleLine ? plain(titleLine) : null,
    dateLine: dateLine ? plain(dateLine) : null,
    info: [...info],
    ...(shell ? { shell: factsInputOf(shell) } : {}),
  };
}
