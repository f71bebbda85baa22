/**
 * Section 4: the notes library's data — 20,000 annotations on 2,000 notices —
 * generated here and measured twice: through utils/export in Node (rows 4.1–4.5,
 * `benchLibrary`), and in the browser through the library page itself
 * (rows 4.6–4.8, library-page.ts), on the same data.
 */
import type { Annotation, NoticeRecord } from '../../utils/model';
import { prng } from './pages';

export interface LibraryData {
  notices: NoticeRecord[];
  annotations: Annotation[];
}

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const TAGS = ['秦岭', '搬迁', '报送', '安全生产', '督查', '营商环境', '节能', '统计', '整改', '考核'];
const TAGS_EN = ['VAT', 'permit', 'deadline', 'council', 'leave', 'follow-up', 'flood'];
/** Short notes a reader types, beside notes that are whole sentences. */
const NOTES_ZH = ['本周内报送', '秦岭保护：本月内完成排查', '与办公室核对数字', '下周三前上报', '已转发各科室', '整治清单待补充', '注意时间节点', '落实到人'];
const NOTES_EN = [
  'Ask the council whether a permit is needed.',
  'Permit applications close at the end of June.',
  'Check the threshold with finance.',
  'Forward to the team.',
  'Deadline moved, see the update.',
  'Compare with last year’s guidance.',
];
const SOURCES_EN = ['HM Revenue & Customs', 'Environment Agency', 'Department for Environment, Food & Rural Affairs', 'Office of Personnel Management'];

/** English sentences of the English corpus texts (the Chinese pool splits on 。！？； only). */
export function englishSentencePool(texts: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    for (const raw of text.split('\n')) {
      const line = raw.trim().replace(/^(\d+(\.\d+)*|\([a-z]+\)|[a-z]\.)\s+/i, '');
      if (!line || /^[#>^|]/.test(line)) continue;
      for (const s of line.split(/(?<=[.!?;:])\s+(?=[A-Z“"(])/)) {
        const t = s.trim();
        if (t.length < 24 || seen.has(t)) continue;
        seen.add(t);
        out.push(t);
      }
    }
  }
  return out;
}

/**
 * `notices` notices with `perNotice` annotations each: highlights, directive annotations and a page note.
 * Quotes, titles and many notes are sentences of the corpus; other notes are short, as readers write
 * them. With an English pool, every tenth notice is an English one (gov.uk).
 */
export function libraryData(pool: string[], notices = 2000, perNotice = 10, seed = 4, english: string[] = []): LibraryData {
  const rand = prng(seed);
  const pick = <T>(l: readonly T[]) => l[Math.floor(rand() * l.length)]!;
  const iso = (day: number) => new Date(Date.UTC(2022, 0, 1) + day * 86_400_000 + Math.floor(rand() * 86_400_000)).toISOString();
  const out: LibraryData = { notices: [], annotations: [] };
  for (let n = 0; n < notices; n++) {
    const en = english.length > 0 && n % 10 === 9;
    const sentences = en ? english : pool;
    const page = en
      ? `https://www.gov.uk/guidance/notice-${(0x5bc6b6a6 + n * 7919).toString(36)}`
      : `http://gxj.xa.gov.cn/xwzx/gzdt/${(0x5bc6b6a6 + n * 7919).toString(16)}.html`;
    const directives = Array.from({ length: 6 }, (_, i) => {
      const ordinal = en ? `${i + 1}.` : `${'一二三四五六'[i]}要`;
      return { ordinal, level: 1, lead: `${ordinal}${en ? ' ' : ''}${pick(sentences)}` };
    });
    const day = Math.floor(rand() * 900);
    out.notices.push({
      page,
      title: en
        ? pick(english).split(' ').slice(0, 9).join(' ').replace(/[,.;:]$/, '')
        : `关于${pick(pool).slice(0, 18).replace(/[，。；]/g, '')}的通知`,
      site: en ? 'GOV.UK' : '西安市工业和信息化局',
      source: en ? pick(SOURCES_EN) : '市工信局办公室',
      published: new Date(Date.UTC(2022, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
      docNumber: !en && rand() < 0.5 ? `市工信发〔2024〕${n + 1}号` : '',
      directives,
      firstSeen: iso(day),
      lastSeen: iso(day + 3),
    });
    let offset = 0;
    for (let a = 0; a < perNotice; a++) {
      const kind: Annotation['kind'] = a === perNotice - 1 ? 'page-note' : a % 4 === 3 ? 'directive' : 'highlight';
      const exact = pick(sentences);
      offset += 40 + Math.floor(rand() * 400);
      const d = Math.floor(rand() * directives.length);
      const noteRoll = rand();
      const ann: Annotation = {
        id: `${n.toString(16).padStart(8, '0')}-${a.toString(16).padStart(4, '0')}-4000-8000-${(n * 131 + a).toString(16).padStart(12, '0')}`,
        page,
        kind,
        selectors:
          kind === 'page-note'
            ? []
            : [
                { type: 'TextQuoteSelector', exact, prefix: pick(sentences).slice(-32), suffix: pick(sentences).slice(0, 32) },
                { type: 'TextPositionSelector', start: offset, end: offset + exact.length },
              ],
        note: noteRoll < 0.4 ? pick(sentences) : noteRoll < 0.6 ? pick(en ? NOTES_EN : NOTES_ZH) : '',
        tags: rand() < 0.7 ? [pick(en ? TAGS_EN : TAGS), ...(rand() < 0.3 ? [pick(en ? TAGS_EN : TAGS)] : [])] : [],
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
        if (!r.ok && !errors.length) errors.push(`parseBackup: ${r.error.code} ${r.error.path ?? ''}`);
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
