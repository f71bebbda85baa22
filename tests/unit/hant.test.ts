import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasHant, toHans } from '../../utils/text/hant';

describe('reading Traditional characters as the rules write them', () => {
  it('folds the words of a Taiwan 公告 and keeps every offset', () => {
    const page = '經濟部公告　發布日期：中華民國113年5月10日　經授能字第11320012340號　說明：一、關於第 1 條';
    const read = toHans(page);
    expect(read).toBe('经济部公告　发布日期：中华民国113年5月10日　经授能字第11320012340号　说明：一、关于第 1 条');
    expect(read.length).toBe(page.length);
  });
  it('folds the Hong Kong variants too (爲, 衞, 綫)', () => {
    expect(toHans('爲保障公眾衞生，熱綫')).toBe('为保障公众卫生，热线');
  });
  it('gives back a Simplified or English text as it is, the same string', () => {
    const s = '关于做好2024年防汛工作的通知 Notice of decision';
    expect(toHans(s)).toBe(s);
    expect(hasHant(s)).toBe(false);
    expect(hasHant('發文字號')).toBe(true);
  });
  it('folds the one table character a Simplified notice may hold, and only it, twice in a row alike', () => {
    const s = '取得显著成效。各区县要显著提升服务水平，并于2024年底前完成。';
    expect(toHans(s)).toBe('取得显着成效。各区县要显着提升服务水平，并于2024年底前完成。');
    expect(toHans(s)).toBe(toHans(s));
  });
  it('maps each Traditional character to one Simplified character that is not folded again', () => {
    const source = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../utils/text/hant.ts'), 'utf8');
    const pairs = source.split('const PAIRS =')[1]!.split(';')[0]!.replace(/[\s'+]/g, '');
    expect(pairs.length % 2).toBe(0);
    expect(pairs.length / 2).toBeGreaterThan(500);
    const keys = new Set<string>();
    for (let i = 0; i < pairs.length; i += 2) keys.add(pairs[i]!);
    for (let i = 0; i < pairs.length; i += 2) {
      const [from, to] = [pairs[i]!, pairs[i + 1]!];
      expect(from).not.toBe(to);
      expect(keys.has(to), `${from} → ${to} is folded again`).toBe(false);
      expect(toHans(from)).toBe(to);
    }
  });
});
