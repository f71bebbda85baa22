import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, queryLibrary, type LibraryQuery } from '../../utils/library';
import { COLORS, type Annotation, type NoticeRecord } from '../../utils/model';

// 20,000 annotations on 2,000 notices: filler generated from a fixed seed out of words that none of the
// queries below looks for, and a few planted annotations that each query must find. So every expected
// answer is written out by hand: the planted notices, and nothing else. (No timing asserted here:
// `npm run bench` measures the per-keystroke cost.)
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const FILLER_WORDS = ['作风', '大排查', '指标', '项目', '企业', '搬迁', '安全生产', '营商环境', 'river', 'report'];
const FILLER_TAGS = ['督查', '整改', '报送'];

const N = 2000;
const PER = 10;
const pageOf = (i: number) => `https://site${i % 7}.gov.cn/a/${i}.html`;
const noticeNumber = (page: string) => Number(/\/a\/(\d+)\.html$/.exec(page)![1]);

function filler() {
  const rand = prng(7);
  const pick = <T>(l: readonly T[]) => l[Math.floor(rand() * l.length)]!;
  const text = (k: number) => Array.from({ length: k }, () => pick(FILLER_WORDS)).join(rand() < 0.2 ? ' ' : '');
  const notices: NoticeRecord[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < N; i++) {
    const page = pageOf(i);
    const day = `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`;
    notices.push({ page, title: `关于${text(3)}的通知`, site: `站点${i % 7}`, source: '', published: day, docNumber: '', directives: [], firstSeen: `${day}T00:00:00.000Z`, lastSeen: `${day}T01:00:00.000Z` });
    for (let k = 0; k < PER; k++) {
      const kind = k % 5 === 4 ? 'directive' : 'highlight';
      annotations.push({
        id: `n${i}-a${k}`, page, kind, note: rand() < 0.5 ? text(4) : '', tags: rand() < 0.3 ? [pick(FILLER_TAGS)] : [],
        selectors: [{ type: 'TextQuoteSelector', exact: text(6), prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: k * 50, end: k * 50 + 10 }],
        // Filler directives are never "doing": only the planted ones are.
        ...(kind === 'highlight' ? { color: pick(COLORS) } : { status: pick(['todo', 'done'] as const), directive: { ordinal: `${k}`, index: k, lead: `${k}` } }),
        created: `${day}T02:00:00.000Z`, modified: `${day}T0${3 + (k % 6)}:00:00.000Z`,
      });
    }
  }
  return { notices, annotations };
}

function library() {
  const { notices, annotations } = filler();
  const ann = (i: number, k: number) => annotations[i * PER + k]!;
  const set = (i: number, k: number, p: Partial<Annotation>) => Object.assign(ann(i, k), p);
  /** Replaces the quote of annotation k of notice i, keeping its position. */
  const quote = (i: number, k: number, exact: string): Annotation['selectors'] => [
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    ...ann(i, k).selectors.filter((s) => s.type !== 'TextQuoteSelector'),
  ];

  // 秦岭: a highlight's quote on notice 17 (2012-09-17), the title of notice 1503 (2013-01-13).
  set(17, 2, { selectors: quote(17, 2, '坚决打好秦岭保卫战') });
  notices[1503]!.title = '关于秦岭保卫战的通知';
  // 整治: a note on notice 17 only, in another annotation than its 秦岭.
  set(17, 6, { note: '散乱污企业整治' });
  // flood and plan together on notice 640 only; notice 641 has flood alone.
  set(640, 1, { note: 'Flood Plan for the river' });
  set(641, 1, { note: 'a flood report' });
  // The tag 考核 on notices 900 and 901.
  set(900, 1, { tags: ['考核'] });
  set(901, 3, { tags: ['考核', '督查'] });
  // 进度 in a pink highlight on notice 300, in a blue one on notice 301.
  set(300, 0, { color: 'pink', selectors: quote(300, 0, '抓好指标进度') });
  set(301, 0, { color: 'blue', selectors: quote(301, 0, '抓好指标进度') });
  // "doing" on notices 3 and 10 (站点3) and 11 (站点4); on notice 17 (站点3) a stale "doing" that a newer
  // annotation of the same directive (index 4, modified at 07:00 against 06:00) has set to done.
  set(3, 4, { status: 'doing' });
  set(10, 9, { status: 'doing' });
  set(11, 4, { status: 'doing' });
  set(17, 4, { status: 'done' });
  set(17, 9, { status: 'doing', directive: { ordinal: '4', index: 4, lead: '4' } });
  // 改革 on notice 12 (published 2022-04-12) and notice 30 (2010-04-10).
  set(12, 0, { note: '深化改革' });
  set(30, 0, { note: '深化改革' });
  return { notices, annotations };
}

describe('the library index at scale', () => {
  const { notices, annotations } = library();
  const index = buildLibraryIndex(notices.map((n) => ({ page: n.page, notice: n, count: PER })), annotations);
  const found = (q: LibraryQuery) => queryLibrary(index, q).map((r) => noticeNumber(r.notice.page));

  it('indexes 20,000 annotations on 2,000 notices', () => {
    expect(index.annotations).toHaveLength(20_000);
    expect(index.notices).toHaveLength(2_000);
  });

  it('finds a word in a quote and in a title, most recent first', () => {
    expect(found({ text: '秦岭' })).toEqual([1503, 17]);
    const [title, quote] = queryLibrary(index, { text: '秦岭' });
    expect(title!.hits, 'a title match shows all of the notice\'s annotations').toHaveLength(10);
    expect(quote!.hits.map((a) => a.id)).toEqual(['n17-a2']);
    expect(quote!.total).toBe(10);
  });

  it('finds any substring, across the words a reader would see', () => {
    expect(found({ text: '岭保' })).toEqual([1503, 17]);
  });

  it('needs every term, each anywhere in the notice', () => {
    expect(found({ text: '秦岭 整治' })).toEqual([17]);
    expect(queryLibrary(index, { text: '秦岭 整治' })[0]!.hits.map((a) => a.id)).toEqual(['n17-a2', 'n17-a6']);
  });

  it('ignores case and full-width forms', () => {
    expect(found({ text: 'FLOOD plan' })).toEqual([640]);
    expect(found({ text: 'ｆｌｏｏｄ' }).sort()).toEqual([640, 641]);
  });

  it('filters by tag, and searches tags as text', () => {
    expect(found({ tag: '考核' }).sort()).toEqual([900, 901]);
    expect(found({ text: '考核' }).sort()).toEqual([900, 901]);
  });

  it('combines a colour filter with a search in the highlights of that colour', () => {
    expect(found({ color: 'pink', text: '进度' })).toEqual([300]);
    expect(found({ text: '进度' }).sort()).toEqual([300, 301]);
  });

  it('filters by a directive\'s current status and the site, never by a superseded status', () => {
    expect(found({ status: 'doing', site: '站点3' }).sort((a, b) => a - b)).toEqual([3, 10]);
    expect(found({ status: 'doing' }).sort((a, b) => a - b)).toEqual([3, 10, 11]);
  });

  it('filters by date', () => {
    expect(found({ text: '改革' }).sort((a, b) => a - b)).toEqual([12, 30]);
    expect(found({ from: '2020-01-01', text: '改革' })).toEqual([12]);
    expect(found({ to: '2019-12-31', text: '改革' })).toEqual([30]);
  });

  it('finds the notices of one site by its host name', () => {
    // i % 7 === 4 for i in 0…1999: 4, 11, …, 1999, that is 286 notices.
    const pages = queryLibrary(index, { text: 'site4.gov.cn' }).map((r) => r.notice.page);
    expect(pages).toHaveLength(286);
    expect(pages.every((p) => p.startsWith('https://site4.gov.cn/'))).toBe(true);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(found({ text: '无此词' })).toEqual([]);
  });
});
