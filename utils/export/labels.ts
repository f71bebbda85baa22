/** Fixed words of the exported Markdown, in the two export languages. */

export type ExportLang = 'zh' | 'en';

export interface ExportLabels {
  directives: string;
  otherHighlights: string;
  pageNote: string;
  source: string;
  issuer: string;
  published: string;
  docNumber: string;
  tags: string;
  colour: string;
  note: string;
  inProgress: string;
  notOnPage: string;
  noQuote: string;
  untitled: string;
  listSep: string;
  combinedTitle: string;
  colours: Record<string, string>;
}

const ZH: ExportLabels = {
  directives: '部署事项',
  otherHighlights: '其他划线',
  pageNote: '页面笔记',
  source: '原文',
  issuer: '来源',
  published: '发布日期',
  docNumber: '文号',
  tags: '标签',
  colour: '颜色',
  note: '笔记',
  inProgress: '（进行中）',
  notOnPage: '（页面上已找不到）',
  noQuote: '（无原文）',
  untitled: '无标题',
  listSep: '、',
  combinedTitle: '公文批注导出',
  colours: { yellow: '黄', green: '绿', blue: '蓝', pink: '粉', purple: '紫' },
};

const EN: ExportLabels = {
  directives: 'Directives',
  otherHighlights: 'Other highlights',
  pageNote: 'Page note',
  source: 'Source',
  issuer: 'Issuer',
  published: 'Published',
  docNumber: 'Document No.',
  tags: 'Tags',
  colour: 'Colour',
  note: 'Note',
  inProgress: ' (in progress)',
  notOnPage: ' (no longer on the page)',
  noQuote: '(no quote)',
  untitled: 'Untitled',
  listSep: ', ',
  combinedTitle: 'Notice Lens export',
  colours: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' },
};

export function labelsFor(lang: ExportLang): ExportLabels {
  return lang === 'en' ? EN : ZH;
}

/** `label：value` in Chinese, `Label: value` in English. */
export function labelled(lang: ExportLang, label: string, value: string): string {
  return lang === 'en' ? `${label}: ${value}` : `${label}：${value}`;
}
