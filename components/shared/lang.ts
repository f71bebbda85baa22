import { browser } from 'wxt/browser';
import { pickLang, translator, type Lang, type Translate } from '../../utils/i18n';

/** The browser's UI language decides (Chinese, else English); the page's own lang follows for screen readers. */
export function setupLang(): { lang: Lang; t: Translate } {
  const lang = pickLang(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const t = translator(lang);
  document.documentElement.lang = t('htmlLang');
  return { lang, t };
}
