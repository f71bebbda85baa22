/**
 * UI strings in Simplified Chinese and English. The browser's UI locale decides;
 * anything that is not Chinese gets English.
 */
export type Lang = 'zh' | 'en';

const MESSAGES = {
  appName: { zh: '公文批注', en: 'Notice Lens' },
  outline: { zh: '部署事项', en: 'Directives' },
  noDirectives: { zh: '未发现编号事项', en: 'No numbered directives found' },
  duplicateHidden: { zh: '已隐藏重复正文（{0} 字）', en: 'Duplicated body hidden ({0} characters)' },
  showDuplicate: { zh: '显示重复内容', en: 'Show duplicate' },
  hideDuplicate: { zh: '再次隐藏', en: 'Hide again' },
  collapse: { zh: '收起', en: 'Collapse' },
  expand: { zh: '展开公文批注面板', en: 'Open Notice Lens panel' },
  jumpTo: { zh: '跳转到 {0}', en: 'Jump to {0}' },
  directiveCount: { zh: '{0} 项', en: '{0} items' },
  highlight: { zh: '划线', en: 'Highlight' },
  addNote: { zh: '批注', en: 'Note' },
  colorYellow: { zh: '黄色', en: 'Yellow' },
  colorGreen: { zh: '绿色', en: 'Green' },
  colorBlue: { zh: '蓝色', en: 'Blue' },
  colorPink: { zh: '粉色', en: 'Pink' },
  colorPurple: { zh: '紫色', en: 'Purple' },
  editNote: { zh: '编辑批注', en: 'Edit note' },
  delete: { zh: '删除', en: 'Delete' },
  confirmDeleteWithNote: { zh: '这条划线带有批注，确定删除？', en: 'This highlight has a note. Delete it?' },
  confirm: { zh: '确定删除', en: 'Delete' },
  cancel: { zh: '取消', en: 'Cancel' },
  deleted: { zh: '已删除划线', en: 'Highlight deleted' },
  undo: { zh: '撤销', en: 'Undo' },
  close: { zh: '关闭', en: 'Close' },
  statusTodo: { zh: '待办', en: 'To do' },
  statusDoing: { zh: '进行中', en: 'In progress' },
  statusDone: { zh: '已完成', en: 'Done' },
  statusNone: { zh: '设状态', en: 'Status' },
  directiveNote: { zh: '事项批注', en: 'Directive note' },
  pageNote: { zh: '页面笔记', en: 'Page note' },
  orphans: { zh: '未能定位的划线（{0}）', en: 'Highlights not found on the page ({0})' },
  reattach: { zh: '重新定位到所选文字', en: 'Re-attach to selection' },
  selectFirst: { zh: '请先在正文中选择文字', en: 'Select text in the notice first' },
  hasNote: { zh: '有批注', en: 'has a note' },
  saveFailed: { zh: '保存失败：{0}', en: 'Could not save: {0}' },
  noteFrameTitle: { zh: '批注', en: 'Note' },
  notePlaceholder: { zh: '写下批注…（仅保存在本机扩展中）', en: 'Write a note… (kept only in this browser\'s extension storage)' },
  tags: { zh: '标签（用逗号分隔）', en: 'Tags (comma separated)' },
  saved: { zh: '已保存', en: 'Saved' },
  saving: { zh: '保存中…', en: 'Saving…' },
  color: { zh: '颜色', en: 'Colour' },
  status: { zh: '状态', en: 'Status' },
  quote: { zh: '原文', en: 'Quote' },
  notFound: { zh: '找不到这条批注，可能已被删除。', en: 'This annotation no longer exists.' },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function pickLang(locale: string | undefined): Lang {
  return locale && /^zh\b|^zh[-_]/i.test(locale) ? 'zh' : 'en';
}

export function translate(lang: Lang, key: MessageKey, ...args: (string | number)[]): string {
  return MESSAGES[key][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

export function translator(lang: Lang): Translate {
  return (key, ...args) => translate(lang, key, ...args);
}
