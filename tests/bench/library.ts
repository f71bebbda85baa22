/**
 * Section 4: the notes library's data — 20,000 annotations on 2,000 notices —
 * through what exists today (utils/export), in Node, against a plain
 * JSON.stringify / JSON.parse of the same data. The library UI itself is not
 * written yet; run.ts prints its rows as "not measured".
 */
import type { Annotation, NoticeRecord } from '../../utils/model';
import { prng } from './pages';

export interface LibraryData {
  notices: NoticeRecord[];
  annotations: Annotation[];
}

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const TAGS = ['秦岭', '搬迁', '报送', '安全生产', '督查', '营商环境', '节能', '统计', '整改', '考核'];

/** `notices` notices with `perNotice` annotations each: highlights, directive annotations and a page note. */
export function libraryData(pool: string[], notices = 2000, perNotice = 10, seed = 4): LibraryData {
  const rand = prng(seed);
  const pick = <T>(l: readonly T[]) => l[Math.floor(rand() * l.length)]!;
  const iso = (day: number) => new Date(Date.UTC(2022, 0, 1) + day * 86_400_000 + Math.floor(rand() * 86_400_000)).toISOString();
  const out: LibraryData = { notices: [], annotations: [] };
  for (let n = 0; n < notices; n++) {
    const page = `http://gxj.xa.gov.cn/xwzx/gzdt/${(0x5bc6b6a6 + n * 7919).toString(16)}.html`;
    const directives = Array.from({ length: 6 }, (_, i) => {
      const ordinal = `${'一二三四五六'[i]}要`;
      return { ordinal, level: 1, lead: `${ordinal}${pick(pool)}` };
    });
    const day = Math.floor(rand() * 900);
    out.notices.push({
      page,
      title: `关于${pick(pool).slice(0, 18).replace(/[，。；]/g, '')}的通知`,
      site: '西安市工业和信息化局',
      source: '市工信局办公室',
      published: new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
      docNumber: rand() < 0.5 ? `市工信发〔2024〕${n + 1}号` : '',
      directives,
      firstSeen: iso(day),
      lastSeen: iso(day + 3),
    });
    let offset = 0;
    for (let a = 0; a < perNotice; a++) {
      const kind: Annotation['kind'] = a === perNotice - 1 ? 'page-note' : a % 4 === 3 ? 'directive' : 'highlight';
      const exact = pick(pool);
      offset += 40 + Math.floor(rand() * 400);
      const d = Math.floor(rand() * directives.length);
      const ann: Annotation = {
        id: `${n.toString(16).padStart(8, '0')}-${a.toString(16).padStart(4, '0')}-4000-8000-${(n * 131 + a).toString(16).padStart(12, '0')}`,
        page,
        kind,
        selectors:
          kind === 'page-note'
            ? []
            : [
                { type: 'TextQuoteSelector', exact, prefix: pick(pool).slice(-32), suffix: pick(pool).slice(0, 32) },
                { type: 'TextPositionSelector', start: offset, end: offset + exact.length },
              ],
        note: rand() < 0.6 ? pick(pool) : '',
        tags: rand() < 0.7 ? [pick(TAGS), ...(rand() < 0.3 ? [pick(TAGS)] : [])] : [],
        created: iso(day + 1),
        modified: iso(day + 2),
      };
      if (kind !== 'page-note') {
        ann.directive = { ordinal: directives[d]!.ordinal, index: d, lead: directives[d]!.lead };
        ann.color = pick(COLORS);
      }
      if (kind === 'directive') ann.status = pick(['todo', 'doing', 'done'] as const);
      out.annotations.push(ann);
    }
  }
  return out;
}

export interface LibraryTimings {
  /** ms per run, for each operation. */
  samples: Record<string, number[]>;
  sizes: Record<string, number>;
  errors: string[];
}

/** Times each export path and its plain-JSON baseline `runs` times, interleaved. */
export async function benchLibrary(data: LibraryData, runs: number): Promise<LibraryTimings> {
  const ex = await import('../../utils/export');
  const exportedAt = '2024-05-06T07:08:09.000Z';
  const byPage = new Map<string, Annotation[]>();
  for (const a of data.annotations) {
    const list = byPage.get(a.page);
    if (list) list.push(a);
    else byPage.set(a.page, [a]);
  }
  const items = data.notices.map((notice) => ({ notice, annotations: byPage.get(notice.page) ?? [] }));
  const samples: Record<string, number[]> = {};
  const sizes: Record<string, number> = {};
  const errors: string[] = [];
  const backup = ex.createBackup(data.notices, data.annotations, exportedAt);
  const plain = JSON.stringify(data);
  const ops: [string, () => unknown][] = [
    ['json.stringify', () => JSON.stringify(data)],
    ['json.parse', () => JSON.parse(plain)],
    ['markdown.each', () => items.map((i) => ex.renderNoticeMarkdown(i.notice, i.annotations, { exportedAt, lang: 'zh' }))],
    ['export.combined', () => ex.exportAll(items, 'combined', exportedAt)],
    ['export.zip', () => ex.exportAll(items, 'zip', exportedAt)],
    ['backup.create', () => ex.createBackup(data.notices, data.annotations, exportedAt)],
    [
      'backup.parse',
      () => {
        const r = ex.parseBackup(backup);
        if (!r.ok && !errors.length) errors.push(`parseBackup: ${r.error.code} ${r.error.message_en}`);
        return r;
      },
    ],
  ];
  for (let run = 0; run < runs + 1; run++) {
    // Rotate the order so no operation always runs right after the same one.
    for (let k = 0; k < ops.length; k++) {
      const [name, fn] = ops[(k + run) % ops.length]!;
      const t = performance.now();
      const out = fn();
      const ms = performance.now() - t;
      if (run === 0) {
        // Warm-up run, not counted; record output sizes.
        if (typeof out === 'string') sizes[name] = Buffer.byteLength(out);
        else if (out instanceof Uint8Array) sizes[name] = out.byteLength;
        else if (Array.isArray(out)) sizes[name] = out.reduce((n: number, s: unknown) => n + (typeof s === 'string' ? Buffer.byteLength(s) : 0), 0);
        continue;
      }
      (samples[name] ??= []).push(ms);
    }
  }
  return { samples, sizes, errors };
}
