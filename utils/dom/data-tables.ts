import type { TextIndex } from './text-index';
import { maskRanges } from '../text/mask-ranges';

/**
 * The text the directives are looked for in: the index's, with the cells of the data tables inside the notice left
 * out. A table's rows (a 政府信息公开年度报告's 一、本年新收… / （一）予以公开 / 1.属于国家秘密, a 任务分工表's
 * 1.完善…) are numbered as headings are, but they are the table's data, not what the notice directs; read as
 * headings they also break the runs of the body's own 一、二、三、 around them. A data table has two rows of two
 * cells at least; a layout table that holds the body (one cell for the body, one for a menu) is not inside it.
 */
export function directiveText(index: TextIndex, body: Element): string {
  const tables = index.root.getElementsByTagName('table');
  if (!tables.length) return index.text;
  const data = new Set<Element>();
  for (const table of Array.from(tables)) {
    if (!table.contains(body) && (isDataTable(table as HTMLTableElement) || isBoxTable(table as HTMLTableElement))) data.add(table);
  }
  if (!data.size) return index.text;
  const ranges: [number, number][] = [];
  const inData = new Map<Element, boolean>();
  for (let i = 0; i < index.nodes.length; i++) {
    const parent = index.nodes[i]!.parentElement;
    if (!parent) continue;
    let masked = inData.get(parent);
    if (masked === undefined) {
      const table = parent.closest('td, th')?.closest('table');
      inData.set(parent, (masked = Boolean(table && data.has(table))));
    }
    if (!masked) continue;
    const start = index.starts[i]!;
    const end = start + index.nodes[i]!.data.length;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === start) last[1] = end;
    else ranges.push([start, end]);
  }
  return maskRanges(index.text, ranges);
}

/** Two rows of two cells at least: a table of data, not one that lays out the page. */
export function isDataTable(table: HTMLTableElement): boolean {
  let rows = 0;
  for (const row of Array.from(table.rows ?? [])) if (row.cells.length >= 2 && ++rows >= 2) return true;
  return false;
}

/**
 * A plan's 专栏 box (「专栏2　产业数字化转型重点工程」, then its projects, 1. 2. 3.): a table of one column whose first cell
 * names the box. It lists projects beside the outline, not a level of it, though each row holds a single cell.
 */
export function isBoxTable(table: HTMLTableElement): boolean {
  const first = table.rows?.[0]?.cells[0];
  return Boolean(first && table.rows.length >= 2 && /^[\s\u3000]*专[\s\u3000]*栏[\s\u3000]*[\d０-９一二三四五六七八九十]*[\s\u3000：:]/.test(first.textContent ?? ''));
}
