/**
 * The string catalog (utils/i18n): every key in both languages with the same placeholders, English plural
 * forms, every key used by the code, and no code outside the catalog choosing words by language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickLang, translate, translator, type MessageKey } from '../../utils/i18n';
import { en } from '../../utils/i18n/catalog.en';
import { zh } from '../../utils/i18n/catalog.zh';
import { FIXTURES } from './helpers/load-page';

const ROOT = join(FIXTURES, '../..');
const KEYS = Object.keys(zh) as MessageKey[];
const HAN = /[\u3400-\u9fff]/;
/** Entries whose Chinese has no Han character on purpose: a language tag, a separator, a label pattern. */
const NOT_HAN = new Set<MessageKey>(['htmlLang', 'listSep', 'mdLabelled', 'bkAtPath', 'colorWithMeaning', 'taskGroup']);
/** A line without its comment (// …, /* …, or a doc-comment line starting with *). */
const code = (line: string) => line.replace(/\/\/.*$|\/\*.*$|^\s*\*.*$/, '');
const names = (pattern: string) => [...new Set([...pattern.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}
const CODE = ['utils', 'components', 'entrypoints'].flatMap((d) => sources(join(ROOT, d)));

describe('the string catalog', () => {
  it('has the same keys in Chinese and English', () => {
    expect(KEYS.length).toBeGreaterThanOrEqual(200);
    expect(Object.keys(en).sort()).toEqual([...KEYS].sort());
  });

  it('has every string in both languages, Chinese in Chinese and English without Chinese characters', () => {
    expect(KEYS.length).toBeGreaterThan(0);
    for (const key of KEYS) {
      expect(zh[key].trim(), `${key} (zh)`).not.toBe('');
      expect(en[key].trim(), `${key} (en)`).not.toBe('');
      if (!NOT_HAN.has(key)) expect(zh[key], key).toMatch(HAN);
      expect(en[key], key).not.toMatch(HAN);
    }
  });

  it('takes the same placeholder names in both languages', () => {
    expect(KEYS.length).toBeGreaterThan(0);
    let withParams = 0;
    for (const key of KEYS) {
      expect(names(en[key]), key).toEqual(names(zh[key]));
      if (names(zh[key]).length) withParams++;
    }
    expect(withParams, 'messages with placeholders').toBeGreaterThanOrEqual(45);
  });

  it('writes Chinese without plural forms', () => {
    const plurals = KEYS.filter((key) => /plural/.test(en[key]));
    expect(plurals.length).toBeGreaterThanOrEqual(12);
    for (const key of KEYS) expect(zh[key], key).not.toMatch(/plural|#/);
  });

  it('has every key used by the code', () => {
    const code = CODE.filter((f) => !/catalog\.(zh|en)\.ts$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(code.length).toBeGreaterThan(100_000);
    const unused = KEYS.filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});

describe('words chosen by language live in the catalog only', () => {
  it('no code outside utils/i18n compares a language', () => {
    const outside = CODE.filter((f) => !f.includes(join('utils', 'i18n')));
    expect(outside.length).toBeGreaterThan(100);
    const switches = outside.filter((f) => /\blang\s*[!=]==|[!=]==\s*'(zh|en)'|'(zh|en)'\s*[!=]==|message_(zh|en)/.test(readFileSync(f, 'utf8')));
    expect(switches).toEqual([]);
  });

  it('no component or entrypoint writes Chinese text of its own (comments aside)', () => {
    const ui = CODE.filter((f) => /[/\\](components|entrypoints)[/\\]/.test(f));
    expect(ui.length).toBeGreaterThan(40);
    const offenders = ui.filter((f) => readFileSync(f, 'utf8').split('\n').some((line) => HAN.test(code(line))));
    expect(offenders).toEqual([]);
  });

  it('finds a switch where there is one (the checks above can fail)', () => {
    expect(/\blang\s*[!=]==|[!=]==\s*'(zh|en)'/.test("const m = lang === 'zh' ? a : b;")).toBe(true);
    expect(HAN.test(code("<p>{'保存失败'}</p> // 注"))).toBe(true);
    expect(HAN.test(code('  /** 注释 */'))).toBe(false);
  });
});

describe('translate', () => {
  it('fills named placeholders', () => {
    expect(translate('zh', 'duplicateHidden', { count: 1033 })).toBe('已隐藏重复正文（1033 字）');
    expect(translate('en', 'duplicateHidden', { count: 1033 })).toBe('Duplicated body hidden (1033 characters)');
    expect(translate('zh', 'spCounts', { directives: 6, highlights: 3, orphans: 1 })).toBe('部署事项 6 项 · 划线 3 处 · 未定位 1 处');
    expect(translate('en', 'libImportDone', { added: 5, updated: 2, unchanged: 0, notices: 3 })).toBe('Imported: 5 added, 2 updated, 0 unchanged; 3 notice records.');
  });

  it('says "1 item" and "2 items" in English, and has one form in Chinese', () => {
    const t = translator('en');
    expect(t('directiveCount', { count: 1 })).toBe('1 item');
    expect(t('directiveCount', { count: 2 })).toBe('2 items');
    expect(t('directiveCount', { count: 0 })).toBe('0 items');
    expect(t('libShown', { count: 1 })).toBe('1 notice');
    expect(t('libShown', { count: 3 })).toBe('3 notices');
    expect(t('libCount', { count: 1 })).toBe('1 annotation');
    expect(t('libExported', { count: 1 })).toBe('Exported 1 notice.');
    expect(t('duplicateHidden', { count: 1 })).toBe('Duplicated body hidden (1 character)');
    expect(t('spCounts', { directives: 1, highlights: 2, orphans: 0 })).toBe('1 directive · 2 highlights · 0 not found on the page');
    expect(t('libWipeWarning', { annotations: 1, notices: 1 })).toBe('This permanently deletes 1 annotation and 1 notice record. It cannot be undone.');
    expect(translate('zh', 'directiveCount', { count: 1 })).toBe('1 项');
    expect(translate('zh', 'directiveCount', { count: 2 })).toBe('2 项');
  });

  it('takes only the parameters a message names (checked by tsc)', () => {
    const t = translator('en');
    // @ts-expect-error jumpTo takes { target }
    expect(t('jumpTo', { where: '一要' })).toBe('Jump to ');
    // @ts-expect-error appName takes no parameters
    expect(t('appName', { count: 1 })).toBe('Notice Lens');
    expect(t('jumpTo', { target: '一要' })).toBe('Jump to 一要');
  });

  it('leaves a missing parameter empty rather than writing "undefined"', () => {
    expect(translate('en', 'jumpTo')).toBe('Jump to ');
  });

  it('puts a value in as it is, with no second round of placeholders', () => {
    expect(translate('en', 'saveFailed', { reason: '{count} # <b>' })).toBe('Could not save: {count} # <b>');
  });

  it('gives a translator bound to one language', () => {
    const t = translator('zh');
    expect(t('appName')).toBe('公文批注');
    expect(t('libShown', { count: 12 })).toBe('12 篇');
    expect(translator('en')('appName')).toBe('Notice Lens');
    expect(translator('en')('htmlLang')).toBe('en');
    expect(t('htmlLang')).toBe('zh-CN');
  });
});

describe('pickLang', () => {
  it('gives Chinese for every Chinese locale', () => {
    for (const l of ['zh', 'zh-CN', 'zh-TW', 'zh_CN', 'zh-Hans-CN', 'ZH-cn']) expect(pickLang(l), l).toBe('zh');
  });

  it('gives English for anything else, also locales that merely start with "zh" letters', () => {
    for (const l of ['en', 'en-US', 'fr-FR', 'ja', '', undefined, 'zha', 'zhx-CN']) expect(pickLang(l), String(l)).toBe('en');
  });
});
