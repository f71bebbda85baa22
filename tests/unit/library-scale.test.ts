import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, foldText, queryLibrary, queryTerms, type LibraryQuery } from '../../utils/library';
import { COLORS, type Annotation, type NoticeRecord } from '../../utils/model';

// 20,000 annotations on 2,000 notices, generated from a fixed seed. The index must
// give exactly what a naive scan gives (no timing asserted here; docs/panel.md has
// the measured per-keystroke cost).
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const WORDS = ['秦岭', '保卫战', '作风', '大排查', '指标', '进度', '改革', '项目', '企业', '搬迁', '整治', '攻坚', 'flood', 'Plan', '安全生产', '营商环境'];
const TAGS = ['督查', '整改', '考核', '报送'];

function data(n = 2000, per = 10) {
  const rand = prng(7);
  const pick = <T>(l: readonly T[]) => l[Math.floor(rand() * l.length)]!;
  const text = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(rand() < 0.2 ? ' ' : '');
  const notices: NoticeRecord[] = [];
  const annotations: Annotation[] = [];
  for (let i = 0; i < n; i++) {
    const page = `https://site${i % 7}.gov.cn/a/${i}.html`;
    const day = `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`;
    notices.push({ page, title: `关于${text(3)}的通知`, site: `站点${i % 7}`, source: '', published: day, docNumber: '', directives: [], firstSeen: `${day}T00:00:00.000Z`, lastSeen: `${day}T01:00:00.000Z` });
    for (let k = 0; k < per; k++) {
      const kind = k % 5 === 4 ? 'directive' : 'highlight';
      annotations.push({
        id: `n${i}-a${k}`, page, kind, note: rand() < 0.5 ? text(4) : '', tags: rand() < 0.3 ? [pick(TAGS)] : [],
        selectors: [{ type: 'TextQuoteSelector', exact: text(6), prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: k * 50, end: k * 50 + 10 }],
        ...(kind === 'highlight' ? { color: pick(COLORS) } : { status: pick(['todo', 'doing', 'done'] as const), directive: { ordinal: `${k}`, index: k, lead: `${k}` } }),
        created: `${day}T02:00:00.000Z`, modified: `${day}T0${3 + (k % 6)}:00:00.000Z`,
      });
    }
  }
  return { notices, annotations };
}

/** The obvious implementation, for comparison. */
function naive(notices: NoticeRecord[], annotations: Annotation[], q: LibraryQuery): string[] {
  const terms = queryTerms(q.text ?? '');
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) byPage.set(a.page, [...(byPage.get(a.page) ?? []), a]);
  const annText = (a: Annotation) => foldText([a.selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '', a.kind === 'directive' ? a.directive?.lead ?? '' : '', a.note, ...a.tags].join('\n'));
  return notices
    .filter((n) => {
      if (q.site && n.site !== q.site) return false;
      if (q.from && n.published < q.from) return false;
      const own = byPage.get(n.page) ?? [];
      const passing = own.filter((a) => (!q.tag || a.tags.includes(q.tag)) && (!q.color || a.color === q.color) && (!q.status || a.status === q.status));
      if ((q.tag || q.color || q.status) && !passing.length) return false;
      const head = foldText([n.title, n.site, n.source, n.docNumber, n.page].join('\n'));
      return terms.every((t) => head.includes(t) || passing.some((a) => annText(a).includes(t)));
    })
    .map((n) => n.page)
    .sort();
}

describe('the library index at scale', () => {
  const { notices, annotations } = data();
  const index = buildLibraryIndex(notices.map((n) => ({ page: n.page, notice: n, count: 10 })), annotations);

  it('indexes 20,000 annotations', () => {
    expect(index.annotations).toHaveLength(20_000);
    expect(index.notices).toHaveLength(2_000);
  });

  const queries: LibraryQuery[] = [
    { text: '秦岭' }, { text: '岭保' }, { text: '秦岭 整治' }, { text: 'FLOOD plan' }, { text: '督查' },
    { text: '营商环境 安全生产 搬迁' }, { tag: '考核' }, { color: 'pink', text: '进度' }, { status: 'doing', site: '站点3' },
    { from: '2020-01-01', text: '改革' }, { text: 'site4.gov.cn' }, { text: '无此词' },
  ];
  for (const q of queries) {
    it(`matches a naive scan for ${JSON.stringify(q)}`, () => {
      const t0 = performance.now();
      const got = queryLibrary(index, q).map((r) => r.notice.page).sort();
      const ms = performance.now() - t0;
      expect(got).toEqual(naive(notices, annotations, q));
      if (process.env.LIBRARY_TIMING) console.log(JSON.stringify(q), `${ms.toFixed(2)} ms`, got.length);
    });
  }
});
