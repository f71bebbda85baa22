import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, queryLibrary, type LibraryQuery } from '../../utils/library';
import { A, B, C, D, annotations, entries, notices } from './library-fixture';

const index = buildLibraryIndex(entries, annotations);
const pages = (q: LibraryQuery) => queryLibrary(index, q).map((r) => r.notice.page);
const hits = (q: LibraryQuery, page: string) => queryLibrary(index, q).find((r) => r.notice.page === page)?.hits.map((a) => a.id);

describe('facets', () => {
  it('lists the sites, tags, colours and statuses present', () => {
    expect(index.facets.sites).toEqual(['GOV.UK', 'news.example.com', '中国政府网', '西安市工业和信息化局']);
    expect(index.facets.tags[0]).toBe('秦岭'); // most used first
    expect([...index.facets.tags].sort()).toEqual(['其他', '假期', '搬迁', '秦岭'].sort());
    expect(index.facets.colors).toEqual(['yellow', 'green', 'blue', 'pink']);
    // The stale "todo" is superseded by a newer "done" for the same directive.
    expect(index.facets.statuses).toEqual(['doing', 'done']);
  });
});

describe('filters', () => {
  it('by site', () => {
    expect(pages({ site: '中国政府网' })).toEqual([B]);
    expect(pages({ site: 'news.example.com' })).toEqual([D]);
  });

  it('by tag, showing only the tagged annotations', () => {
    expect(pages({ tag: '秦岭' }).sort()).toEqual([A, B].sort());
    expect(hits({ tag: '秦岭' }, A)).toEqual(['id-001']);
  });

  it('by colour, highlights only', () => {
    expect(pages({ color: 'green' }).sort()).toEqual([A, C].sort());
    expect(hits({ color: 'green' }, C)).toEqual(['id-008']);
    expect(pages({ color: 'purple' })).toEqual([]);
  });

  it('by directive status, ignoring a status that a newer annotation replaced', () => {
    expect(pages({ status: 'done' })).toEqual([A]);
    expect(hits({ status: 'done' }, A)).toEqual(['id-004']);
    expect(pages({ status: 'doing' })).toEqual([B]);
    expect(pages({ status: 'todo' })).toEqual([]);
  });

  it('by date, inclusive, on the publication date; undated notices drop out of a date filter', () => {
    expect(pages({ from: '2023-10-25', to: '2024-01-15' }).sort()).toEqual([B, C].sort());
    expect(pages({ from: '2024-01-16' })).toEqual([]);
    expect(pages({ to: '2018-09-05' })).toEqual([A]);
  });

  it('combines filters and search', () => {
    expect(pages({ tag: '秦岭', text: '假期' })).toEqual([B]);
    // The term must be in an annotation that passes the filters (or in the notice).
    expect(pages({ color: 'green', text: '台账' })).toEqual([]);
    expect(pages({ color: 'yellow', text: '台账' })).toEqual([A]);
    expect(pages({ site: 'GOV.UK', text: '秦岭' })).toEqual([]);
  });
});

describe('sorting', () => {
  it('recent: latest annotation or visit first', () => {
    // C: its annotation was modified 2024-01-08 but its notice was seen 2024-01-20; A was seen 2024-03-01.
    expect(pages({ sort: 'recent' })).toEqual([A, B, C, D]);
  });

  it('title: Chinese by pinyin, then Latin titles, a notice without title by its URL', () => {
    const titles = queryLibrary(index, { sort: 'title' }).map((r) => r.notice.title || r.notice.page);
    // guó (国) < shì (市); the pinyin collation puts Han before Latin.
    expect(titles).toEqual([notices[1]!.title, notices[0]!.title, notices[2]!.title, D]);
  });

  it('date: newest publication first, undated last', () => {
    expect(pages({ sort: 'date' })).toEqual([C, B, A, D]);
  });
});

describe('determinism', () => {
  it('gives the same results whatever order the store returned things in', () => {
    const shuffled = buildLibraryIndex([...entries].reverse(), [...annotations].reverse());
    for (const sort of ['recent', 'title', 'date'] as const) {
      for (const q of [{}, { text: '秦岭' }, { tag: '秦岭' }, { color: 'green' as const }]) {
        const a = queryLibrary(index, { ...q, sort }).map((r) => [r.notice.page, r.hits.map((h) => h.id)]);
        const b = queryLibrary(shuffled, { ...q, sort }).map((r) => [r.notice.page, r.hits.map((h) => h.id)]);
        expect(b).toEqual(a);
      }
    }
  });

  it('breaks ties by page, so equal keys never swap', () => {
    const same = entries.map((e) => ({ ...e, notice: { ...e.notice!, title: 'Same', published: '', lastSeen: '2020-01-01T00:00:00.000Z' } }));
    const ix = buildLibraryIndex(same, []);
    const order = queryLibrary(ix, { sort: 'title' }).map((r) => r.notice.page);
    expect(order).toEqual([...order].sort());
    expect(queryLibrary(ix, { sort: 'date' }).map((r) => r.notice.page)).toEqual(order);
  });
});
