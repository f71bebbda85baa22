/** Fixed words of the exported Markdown, in the two export languages. */
import { translator, type Lang } from '../i18n';

export type ExportLang = Lang;

export interface ExportLabels {
  directives: string;
  otherHighlights: string;
  pageNote: string;
  source: string;
  /** 来源 (the record's `source`) */
  issuer: string;
  /** 发文机关 (the record's `issuer`) */
  authority: string;
  written: string;
  published: string;
  docNumber: string;
  tags: string;
  note: string;
  inProgress: string;
  notOnPage: string;
  noQuote: string;
  untitled: string;
  listSep: string;
  combinedTitle: string;
  citation: string;
  /** Label of a highlight colour's meaning (the reader names what each colour means). */
  marked: string;
  backLinkTitle: string;
}

/** The export's words from the string catalog (md* keys): the golden Markdown files pin them. */
export function labelsFor(lang: ExportLang): ExportLabels {
  const t = translator(lang);
  return {
    directives: t('mdDirectives'),
    otherHighlights: t('mdOtherHighlights'),
    pageNote: t('mdPageNote'),
    source: t('mdSource'),
    issuer: t('mdIssuer'),
    authority: t('mdAuthority'),
    written: t('mdWritten'),
    published: t('mdPublished'),
    docNumber: t('mdDocNumber'),
    tags: t('mdTags'),
    note: t('mdNote'),
    inProgress: t('mdInProgress'),
    notOnPage: t('mdNotOnPage'),
    noQuote: t('mdNoQuote'),
    untitled: t('mdUntitled'),
    listSep: t('listSep'),
    combinedTitle: t('mdCombinedTitle'),
    citation: t('mdCitation'),
    marked: t('mdMarked'),
    backLinkTitle: t('mdBackLinkTitle'),
  };
}

/** `label：value` in Chinese, `Label: value` in English. */
export function labelled(lang: ExportLang, label: string, value: string): string {
  return translator(lang)('mdLabelled', { label, value });
}
