/**
 * The words of comparing a notice's versions (issue 16: the side panel's diff, the library's mark and filter,
 * the Markdown export's revision lines, the orphan lists' "removed" line), apart from catalog.zh.ts so that the
 * engineers of the issue's parts edit their own files; spread into the catalog like every other key.
 */
export const versionsZh = {
  verTitle: '版本对比',
  verCount: '{count} 个版本',
  verHint: '网站在原网址上修改过这篇公文。选择两个版本，查看改了哪些字词。',
  verFrom: '旧版本',
  verTo: '新版本',
  verOption: '第 {n} 版 · {time}',
  verSame: '这两个版本的正文相同（空格和全角半角不计）。',
  verSummary: '新增 {inserted} 处，修改 {changed} 处，删除 {deleted} 处',
  verInsertedLabel: '新增：',
  verDeletedLabel: '删除：',
  verSkipped: '……（未改动 {count} 字）……',
  verRevised: '有改动',
  verRevisedTitle: '这篇公文在网站上被修改过（{count} 个版本）',
  verRevisedOnly: '只看有改动的公文',
  verOrphanDeleted: '原文已于 {date} 删除',
  verOrphanChanged: '原文已于 {date} 修改',
  mdRevisedSince: '本通知自 {date} 以来有改动：新增 {inserted} 处，修改 {changed} 处，删除 {deleted} 处。',
  mdChangesTitle: '改动',
  mdChangeInserted: '新增：',
  mdChangeChanged: '修改（原为“{before}”）：',
  mdChangeDeleted: '删除：',
  libExportChanges: '导出时附上改动内容',
} as const;
