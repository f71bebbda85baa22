/**
 * A page whose content is a table of figures (统计局's 主要经济指标, a 物价监测 or 空气质量 table, 财政收支): its
 * data tables hold most of its main block, and around them stand a caption, a 单位 line, a 注 — no sentences to
 * speak of and nothing announced. A 公示 or 通告 built on a table has its preface, its 公示时间 and 监督电话, its
 * requirements: words that announce, which a table of figures never carries.
 */
import { blockLines, sentenceProse } from './block-lines';
import { isDataTable } from './data-tables';
import { PROSE_BODY } from '../text/notice-score';

const ANNOUNCING = /公示|公告|通告|通知|特此|现将|如下[：:]|监督电话|举报电话|联系电话|请[^。\n]{0,20}(?:于|在|到|向|拨打|联系)/;
const chars = (s: string) => s.replace(/\s+/g, '').length;

export function isTablePage(root: Element | null): boolean {
  if (!root) return false;
  const tables = new Set<Element>(Array.from(root.getElementsByTagName('table')).filter((t) => !t.contains(root) && isDataTable(t as unknown as HTMLTableElement)));
  if (!tables.size) return false;
  let inTables = 0;
  for (const t of tables) inTables += chars(t.textContent ?? '');
  // Native counts first: a notice whose tables hold less than half its text is answered without a walk.
  if (inTables * 2 <= chars(root.textContent ?? '')) return false;
  const outside = blockLines(root, (el) => tables.has(el)).join('\n');
  return inTables > chars(outside) && sentenceProse(outside) < PROSE_BODY && !ANNOUNCING.test(outside);
}
