/**
 * Words in Simplified Chinese and English, from one catalog (catalog.zh.ts, catalog.en.ts). The browser's UI
 * locale decides (anything that is not Chinese gets English); tests call `translator(lang)` with the language
 * they want. This module and the catalog are the only code that looks at the language.
 */
import { en } from './catalog.en';
import { zh, type MessageKey } from './catalog.zh';
import { fill, type Params } from './format';

export type Lang = 'zh' | 'en';
export type { MessageKey, Params };

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { zh, en };
const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};
/** Made on first use: most pages never show a counted noun. */
const rulesFor = (lang: Lang) => (pluralRules[lang] ??= new Intl.PluralRules(CATALOGS[lang].htmlLang));

/** The placeholder names a message takes, read from the Chinese pattern's type (it has no plural syntax). */
type Names<S> = S extends `${string}{${infer N}}${infer R}` ? N | Names<R> : never;
type ParamsOf<K extends MessageKey> = Names<(typeof zh)[K]>;
type ArgsOf<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: Record<ParamsOf<K>, string | number>];

/** A key whose message takes no parameters (labels chosen from a table, e.g. a colour's name). */
export type PlainKey = { [K in MessageKey]: [ParamsOf<K>] extends [never] ? K : never }[MessageKey];

export function pickLang(locale: string | undefined): Lang {
  return locale && /^zh\b|^zh[-_]/i.test(locale) ? 'zh' : 'en';
}

/** One message in one language; a missing parameter is left empty rather than written "undefined". */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(CATALOGS[lang][key], params, rulesFor(lang));
}

/** `t('libShown', { count: 3 })`: the parameters a message takes are checked against the catalog. */
export type Translate = <K extends MessageKey>(key: K, ...params: ArgsOf<K>) => string;

export function translator(lang: Lang): Translate {
  return (key, ...params) => translate(lang, key, params[0]);
}
