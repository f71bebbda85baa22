import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, safeFileName, truncateUtf8, uniqueFileName } from '../../utils/export';
import { utf8Length } from '../../utils/text/utf8';

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** What Windows, macOS and Linux all accept. */
function expectPortable(name: string) {
  expect(name).toMatch(/\.md$/);
  expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f]/);
  expect(name).not.toMatch(/^[ .]/);
  const stem = name.slice(0, -3);
  expect(stem).not.toMatch(/[ .]$/);
  expect(stem.split('.')[0]).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
  expect(bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
  expect(name).toBe(name.normalize('NFC'));
  expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
}

describe('safeFileName', () => {
  it('keeps Chinese titles as they are and adds .md', () => {
    expect(safeFileName('关于印发《2024年工作要点》的通知', 'x')).toBe('关于印发《2024年工作要点》的通知.md');
  });

  it('replaces characters Windows forbids and path separators', () => {
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j', 'x')).toBe('a_b_c_d_e_f_g_h_i_j.md');
    expect(safeFileName('../../etc/passwd', 'x')).toBe('_.._etc_passwd.md');
    expectPortable(safeFileName('../../etc/passwd', 'x'));
  });

  it('removes control, invisible and bidi characters and folds whitespace', () => {
    expect(safeFileName('a\u0000b\tc\nd\u202eexe.md\u200b', 'x')).toBe('ab c dexe.md.md');
    expect(safeFileName('  many   spaces  ', 'x')).toBe('many spaces.md');
  });

  it('strips trailing dots and spaces and leading dots', () => {
    expect(safeFileName('通知...  ', 'x')).toBe('通知.md');
    expect(safeFileName('.hidden', 'x')).toBe('hidden.md');
  });

  it('avoids reserved device names, also with extensions and any case', () => {
    for (const n of ['CON', 'prn', 'Aux', 'nul', 'COM1', 'com9', 'LPT1', 'lpt9', 'CON.txt', 'nul.tar', 'COM¹']) {
      const name = safeFileName(n, 'x');
      expect(name.startsWith('_'), n).toBe(true);
      expectPortable(name);
    }
    expect(safeFileName('CONSOLE', 'x')).toBe('CONSOLE.md');
    expect(safeFileName('COM10', 'x')).toBe('COM10.md');
  });

  it('falls back when the title has nothing usable', () => {
    expect(safeFileName('', 'www.gov.cn')).toBe('www.gov.cn.md');
    expect(safeFileName('???', 'www.gov.cn')).toBe('_.md');
    expect(safeFileName(' ... ', '')).toBe('untitled.md');
    expect(safeFileName('\u200b\u202e', '')).toBe('untitled.md');
  });

  it('limits names to ~120 UTF-8 bytes without cutting a character', () => {
    const zh = '国务院办公厅关于进一步优化政务服务提升行政效能推动高效办成一件事的指导意见'.repeat(4);
    const name = safeFileName(zh, 'x');
    expectPortable(name);
    expect(bytes(name)).toBeGreaterThan(MAX_NAME_BYTES - 4);
    expect(zh.startsWith(name.slice(0, -3))).toBe(true);
    const emoji = safeFileName('👨‍👩‍👧'.repeat(30), 'x');
    expectPortable(emoji);
    expect(emoji.slice(0, -3)).toBe('👨‍👩‍👧'.repeat(Math.floor(117 / bytes('👨‍👩‍👧'))));
    expect(safeFileName('a'.repeat(300), 'x')).toBe(`${'a'.repeat(117)}.md`);
  });

  it('normalizes to NFC (macOS decomposes names)', () => {
    expect(safeFileName('Cafe\u0301', 'x')).toBe('Caf\u00e9.md');
  });

  it('is portable for a batch of hostile titles', () => {
    const titles = ['# T: "q" <script>', '---', ' . ', 'a/b\\c', 'CON ', 'x\u0000y', '\ud800lone', '🎉'.repeat(80), 'lpt3.', '|'.repeat(9)];
    for (const t of titles) expectPortable(safeFileName(t, 'fallback'));
  });
});

describe('helpers', () => {
  it('utf8Length matches TextEncoder', () => {
    for (const s of ['', 'abc', '中文', '🎉', 'é', 'a中🎉é', '\ud800a', 'a\udc00', '\ud800']) expect(utf8Length(s), JSON.stringify(s)).toBe(bytes(s));
  });

  it('truncateUtf8 never splits a character or an emoji sequence', () => {
    expect(truncateUtf8('中文字', 7)).toBe('中文');
    expect(truncateUtf8('a🎉', 4)).toBe('a');
    expect(truncateUtf8('e\u0301e\u0301', 4)).toBe('e\u0301');
  });

  it('uniqueFileName adds (2), (3) … and compares case-insensitively', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('通知', '.md', taken)).toBe('通知.md');
    expect(uniqueFileName('通知', '.md', taken)).toBe('通知 (2).md');
    expect(uniqueFileName('通知', '.md', taken)).toBe('通知 (3).md');
    expect(uniqueFileName('Notice', '.md', taken)).toBe('Notice.md');
    expect(uniqueFileName('NOTICE', '.md', taken)).toBe('NOTICE (2).md');
    const long = '长'.repeat(60);
    const a = uniqueFileName(long, '.md', taken);
    const b = uniqueFileName(long, '.md', taken);
    expect(a).not.toBe(b);
    expect(bytes(b)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(b.endsWith(' (2).md')).toBe(true);
  });
});
