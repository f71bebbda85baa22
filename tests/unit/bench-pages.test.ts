import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cnNumber,
  columnListPage,
  formalNoticePage,
  govHomepage,
  htmlText,
  longNoticePage,
  prng,
  sentencePool,
  visibleChars,
} from '../bench/pages';
import { FIXTURES } from './helpers/load-page';

// The bench's page generators (tests/bench/pages.ts): deterministic, the sizes
// and shapes the bench rows promise. No timing here.

const sample = readFileSync(join(FIXTURES, 'pages/sample-notice.html'), 'utf8');
const sampleText = htmlText(sample.slice(sample.indexOf('<div id="zoom"'), sample.indexOf('<div class="share">')));
const census = readFileSync(join(FIXTURES, 'corpus/texts/gov-census-5.txt'), 'utf8');
const pool = sentencePool([sampleText, census]);

const zoom = (html: string) => html.slice(html.indexOf('<div id="zoom"'), html.indexOf('<div class="share">'));
const paragraphs = (html: string) => [...zoom(html).matchAll(/<p>(.*?)<\/p>/g)].map((m) => htmlText(m[1]!));

describe('bench page generators', () => {
  it('draws sentences from the real text, without numbering markers at their start', () => {
    expect(pool.length).toBeGreaterThanOrEqual(30);
    expect(new Set(pool).size).toBe(pool.length);
    for (const s of pool) {
      expect((sampleText + census).replace(/\s+/g, '')).toContain(s.replace(/\s+/g, ''));
      expect(s).toMatch(/[。！？；]$/);
      expect(s).not.toMatch(/^(?:[一二三四五六七八九十]+[要是、]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[.．、])/);
    }
  });

  it('is deterministic', () => {
    expect(formalNoticePage(pool).html).toBe(formalNoticePage(pool).html);
    expect(longNoticePage(pool, 30_000, true, 'x.html').html).toBe(longNoticePage(pool, 30_000, true, 'x.html').html);
    expect(columnListPage(50).html).toBe(columnListPage(50).html);
    const a = prng(7);
    const b = prng(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('writes Chinese numerals', () => {
    expect([1, 10, 11, 20, 35, 99].map(cnNumber)).toEqual(['一', '十', '十一', '二十', '三十五', '九十九']);
  });

  it('makes a formal notice of about 20k characters with four heading levels in order', () => {
    const page = formalNoticePage(pool, 20_000);
    expect(page.bodyChars).toBeGreaterThan(19_500);
    expect(page.bodyChars).toBeLessThan(20_500);
    expect(visibleChars(paragraphs(page.html).join(''))).toBe(page.bodyChars);
    const markers = paragraphs(page.html)
      .map((p) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/.exec(p)?.[0])
      .filter(Boolean);
    expect(markers.slice(0, 6)).toEqual(['一、', '（一）', '1.', '（1）', '（2）', '2.']);
    expect(markers).toContain('五、');
    expect(markers).toContain('（三）');
    expect(page.html).toContain('name="ArticleTitle"');
    expect(page.html).toContain('发文字号');
  });

  it('makes a long notice of the size asked, with varied paragraphs', () => {
    const page = longNoticePage(pool, 200_000, false, 'long.html');
    expect(page.bodyChars).toBeGreaterThanOrEqual(200_000);
    expect(page.bodyChars).toBeLessThan(202_000);
    const paras = paragraphs(page.html).filter((p) => p.trim());
    // Varied: almost no paragraph repeats word for word.
    expect(new Set(paras).size / paras.length).toBeGreaterThan(0.95);
    expect(paras.some((p) => /^一[是要]/.test(p) && /二[是要]/.test(p))).toBe(true);
    expect(paras.some((p) => /^（八）/.test(p))).toBe(true);
    expect(paras.some((p) => /^十二、/.test(p))).toBe(true);
  });

  it('prints the duplicated body twice in one container, the second copy starting mid-paragraph', () => {
    const once = longNoticePage(pool, 20_000, false, 'a.html');
    const twice = longNoticePage(pool, 20_000, true, 'b.html');
    expect(twice.bodyChars).toBe(2 * once.bodyChars);
    const squash = (s: string) => s.replace(/\s+/g, '');
    const a = squash(paragraphs(once.html).join(''));
    expect(squash(paragraphs(twice.html).join(''))).toBe(a + a);
    expect(zoom(twice.html).match(/<div /g)).toHaveLength(1);
    const paras = paragraphs(twice.html);
    const first = paragraphs(once.html)[0]!;
    const joined = paras.find((p) => p.endsWith(first) && p !== first);
    expect(joined).toBeDefined();
  });

  it('makes a column page with 500 dated links and a homepage of many link blocks, neither with a prose body', () => {
    const column = columnListPage(500).html;
    expect(column.match(/<li><a [^>]+>[^<]+<\/a><span>\d{4}-\d{2}-\d{2}<\/span><\/li>/g)).toHaveLength(500);
    expect(column).not.toContain('ArticleTitle');
    const home = govHomepage().html;
    expect((home.match(/<a /g) ?? []).length).toBeGreaterThan(300);
    expect((home.match(/<div class="block">/g) ?? []).length).toBeGreaterThanOrEqual(20);
    expect(home).toContain('网站标识码');
  });
});
