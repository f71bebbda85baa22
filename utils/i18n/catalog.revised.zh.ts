/**
 * The words of a revised visit (issue 16, the in-page banner), apart from catalog.zh.ts so that the engineers of
 * the parts edit their own files; spread into the catalog like every other key. Chinese has no plural
 * forms (see catalog.zh.ts).
 */
export const revisedZh = {
  revSince: '本通知自 {date} 以来有改动：新增 {inserted} 处，修改 {changed} 处，删除 {deleted} 处',
  revDeletedTitle: '已删除的内容',
  revHideMarks: '隐藏改动标记',
  revShowMarks: '显示改动标记',
} as const;
