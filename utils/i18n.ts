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
