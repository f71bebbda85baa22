import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, queryLibrary } from '../../utils/library';
import { foldForSearch } from '../../utils/text/fold';
import { A, B, C, D, annotations, entries } from './library-fixture';

const index = buildLibraryIndex(entries, annotations);
const pages = (text: string) => queryLibrary(index, { text }).map((r) => r.notice.page);
const hitIds = (text: string, page: string) =>
  queryLibrary(index, { text }).find((r) => r.notice.page === page)?.hits.map((a) => a.id);

describe('folding', () => {
  it('folds width and case, and drops white space inside Chinese text only', () => {
    expect(foldForSearch('２０２４年ＡＢＣ')).toBe('2024年abc');
    expect(foldForSearch('全 体\n干　部')).toBe('全体干部');
    expect(foldForSearch('Flood   Guidance\tfor')).toBe('flood guidance for');
    expect(foldForSearch('  “最多 跑一次” ')).toBe('“最多跑一次”');
    expect(foldForSearch('a\u0000b\u200bc')).toBe('abc');
  });

});

describe('query terms', () => {
  it('splits a query on any white space into folded terms that must all be found', () => {
    expect(pages('秦岭')).toEqual(expect.arrayContaining([A, B]));
    expect(pages(' 秦岭  搬迁　秦岭 ')).toEqual([A]); // B has 秦岭 but not 搬迁
    expect(pages('FLOOD plans')).toEqual([C]);
  });

  it('treats a query of white space as no query', () => {
    expect(pages('').length).toBeGreaterThan(2);
    expect(pages('   ')).toEqual(pages(''));
  });
});

describe('searching', () => {
  it('finds Chinese substrings without word splitting, in quotes, notes and titles', () => {
    expect(pages('扛起')).toEqual([A]); // inside a quote, mid-word
    expect(pages('报送台账')).toEqual([A]); // in a note
    expect(pages('干部大会')).toEqual([A]); // in the title and the page note
    expect(pages('春节假期')).toEqual([B]); // title only
  });

  it('matches across a line break or a space the page put inside a quote', () => {
    expect(hitIds('幸福路地区大企业', A)).toEqual(['id-002']);
    expect(pages('安排部署下阶段')).toEqual([A]); // the title has a space there
  });

  it('folds full-width digits and letter case both ways', () => {
    expect(pages('2024年春节')).toEqual([B]); // title is written with full-width digits
    expect(pages('ＦＬＯＯＤ')).toEqual([C]);
    expect(pages('check THE council')).toEqual([C]);
  });

  it('searches tags, the document number and the site', () => {
    expect(pages('假期').sort()).toEqual([B]);
    expect(pages('国办发明电')).toEqual([B]);
    expect(pages('GOV.UK')).toEqual([C]);
  });

  it('needs every term, from the notice or any of its annotations', () => {
    expect(pages('秦岭 搬迁')).toEqual([A]);
    expect(pages('秦岭 假期')).toEqual([B]);
    expect(pages('秦岭 flood')).toEqual([]);
  });

  it('returns the annotations that matched, in reading order, or all of them when only the title did', () => {
    expect(hitIds('秦岭', A)).toEqual(['id-001']);
    expect(hitIds('搬迁 干部大会', A)).toEqual(['id-002', 'id-005']);
    expect(hitIds('春节假期', B)).toEqual(['id-006', 'id-007']);
  });

  it('keeps notices missing a record reachable, by their URL', () => {
    expect(pages('news.example.com')).toEqual([D]);
    expect(pages('一句话')).toEqual([D]);
  });

  it('an empty query lists every notice, with its total', () => {
    const all = queryLibrary(index, {});
    expect(all.map((r) => r.notice.page).sort()).toEqual([A, B, C, D].sort());
    expect(all.find((r) => r.notice.page === A)!.total).toBe(5);
  });

  it('finds nothing for text that is not there, and treats regex characters literally', () => {
    expect(pages('不存在的文字')).toEqual([]);
    expect(pages('.*')).toEqual([]);
    expect(pages('(')).toEqual([]);
  });

  it('a term cannot match across two annotations', () => {
    // "责任" ends one quote, "每周" starts the next.
    expect(pages('责任每周')).toEqual([]);
  });
});
