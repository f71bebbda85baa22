/**
 * utils/i18n.ts: every UI string exists in Chinese and in English, says something, and takes the same
 * placeholders in both; the browser's locale picks the language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pickLang, translate, translator, type MessageKey } from '../../utils/i18n';
import { FIXTURES } from './helpers/load-page';

// The catalog is not exported (the app reaches it only through translate), so its keys are read from the
// source: one `key: { zh: '…', en: '…' },` line per string. The count check below fails if an entry is
// ever written so that this reading misses it.
const SOURCE = readFileSync(join(FIXTURES, '../../utils/i18n.ts'), 'utf8');
const KEYS = [...SOURCE.matchAll(/^ {2}(\w+): \{ zh: /gm)].map((m) => m[1] as MessageKey);

const placeholders = (s: string) => [...s.matchAll(/\{(\d)\}/g)].map((m) => m[1]).sort();
const HAN = /[\u3400-\u9fff]/;

describe('the string catalog', () => {
  it('is read whole: one key per entry, none twice', () => {
    expect(KEYS.length).toBeGreaterThanOrEqual(150);
    expect(KEYS.length).toBe(SOURCE.split('{ zh:').length - 1);
    expect(new Set(KEYS).size).toBe(KEYS.length);
  });

  it('has every string in both languages, none empty', () => {
    expect(KEYS.length).toBeGreaterThan(0);
    for (const key of KEYS) {
      expect(translate('zh', key).trim(), `${key} (zh)`).not.toBe('');
      expect(translate('en', key).trim(), `${key} (en)`).not.toBe('');
    }
  });

  it('writes Chinese in Chinese and English without Chinese characters', () => {
    expect(KEYS.length).toBeGreaterThan(0);
    for (const key of KEYS) {
      expect(translate('zh', key), key).toMatch(HAN);
      expect(translate('en', key), key).not.toMatch(HAN);
    }
  });

  it('takes the same placeholders in both languages', () => {
    expect(KEYS.length).toBeGreaterThan(0);
    const raw = (lang: 'zh' | 'en', key: MessageKey) => translate(lang, key, ...['{0}', '{1}', '{2}', '{3}']);
    let withArgs = 0;
    for (const key of KEYS) {
      const zh = placeholders(raw('zh', key));
      expect(placeholders(raw('en', key)), key).toEqual(zh);
      if (zh.length) withArgs++;
    }
    expect(withArgs, 'strings with placeholders').toBeGreaterThanOrEqual(20);
  });
});

describe('translate', () => {
  it('fills placeholders in order', () => {
    expect(translate('zh', 'duplicateHidden', 1033)).toBe('已隐藏重复正文（1033 字）');
    expect(translate('en', 'duplicateHidden', 1033)).toBe('Duplicated body hidden (1033 characters)');
    expect(translate('zh', 'spCounts', 6, 3, 1)).toBe('部署事项 6 项 · 划线 3 处 · 未定位 1 处');
    expect(translate('en', 'libImportDone', 5, 2, 0, 3)).toBe('Imported: 5 added, 2 updated, 0 unchanged; 3 notice records.');
  });

  it('leaves a missing argument empty rather than writing "undefined"', () => {
    expect(translate('en', 'jumpTo')).toBe('Jump to ');
  });

  it('puts text in as it is, with no second round of placeholders', () => {
    expect(translate('en', 'saveFailed', '{1} <b>')).toBe('Could not save: {1} <b>');
  });

  it('gives a translator bound to one language', () => {
    const t = translator('zh');
    expect(t('appName')).toBe('公文批注');
    expect(t('libShown', 12)).toBe('12 篇');
    expect(translator('en')('appName')).toBe('Notice Lens');
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
