import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { exportAll, exportFileNames, renderNoticeMarkdown, type ExportItem } from '../../utils/export';
import * as F from '../fixtures/export/notices';
import { ofType, parseMd, splitFrontMatter, textOf } from '../fixtures/export/md-helpers';

const items: ExportItem[] = [
  { notice: F.sampleNotice, annotations: F.sampleAnnotations },
  { notice: F.nestedNotice, annotations: F.nestedAnnotations },
  { notice: F.hostileNotice, annotations: F.hostileAnnotations },
  // Same title as the first: must not overwrite it.
  { notice: { ...F.sampleNotice, page: 'https://gxj.xa.gov.cn/other.html' }, annotations: [] },
  { notice: { ...F.sampleNotice, title: '', page: 'https://www.gov.cn/a.htm' }, annotations: [] },
];

describe('exportAll zip', () => {
  const zip = exportAll(items, 'zip', F.EXPORTED_AT);

  it('holds one Markdown file per notice, names unique and safe', () => {
    const files = unzipSync(zip);
    const names = Object.keys(files);
    expect(names).toEqual(exportFileNames(items));
    expect(names).toHaveLength(5);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(5);
    expect(names[0]).toBe(`${F.sampleNotice.title}.md`);
    expect(names[3]).toBe(`${F.sampleNotice.title} (2).md`);
    expect(names[4]).toBe('www.gov.cn.md');
    for (const n of names) expect(n).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  });

  it('each file is exactly the single-notice export', () => {
    const files = unzipSync(zip);
    exportFileNames(items).forEach((name, i) => {
      const expected = renderNoticeMarkdown(items[i]!.notice, items[i]!.annotations, { exportedAt: F.EXPORTED_AT, lang: 'zh' });
      expect(strFromU8(files[name]!)).toBe(expected);
    });
  });

  it('is byte-for-byte the same on every export (fixed timestamps)', () => {
    expect(exportAll(items, 'zip', F.EXPORTED_AT)).toEqual(zip);
  });

  it('does not depend on the time zone of the machine', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Shanghai';
      const a = exportAll(items, 'zip', F.EXPORTED_AT);
      process.env.TZ = 'America/Los_Angeles';
      const b = exportAll(items, 'zip', F.EXPORTED_AT);
      expect(b).toEqual(a);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('marks file names as UTF-8 so Chinese names survive', () => {
    // General purpose flag of the first local header, bit 11.
    const flags = zip[6]! | (zip[7]! << 8);
    expect(flags & 0x800).toBe(0x800);
  });

  it('copes with an empty list and an unparsable export time', () => {
    expect(Object.keys(unzipSync(exportAll([], 'zip', F.EXPORTED_AT)))).toEqual([]);
    expect(Object.keys(unzipSync(exportAll(items.slice(0, 1), 'zip', 'not a date')))).toHaveLength(1);
  });
});

describe('exportAll combined', () => {
  const md = exportAll(items, 'combined', F.EXPORTED_AT);
  const { data, body } = splitFrontMatter(md);
  const root = parseMd(body);

  it('has one front matter with the count and all tags', () => {
    expect(data.notices).toBe(5);
    expect(data.exported).toBe(F.EXPORTED_AT);
    expect(data.tags).toEqual(expect.arrayContaining(['秦岭', '一网通办', '#tag']));
  });

  it('has one # heading and a ## heading per notice, sections one level down', () => {
    const hs = ofType(root, 'heading');
    expect(hs.filter((h) => h.level === 1).map(textOf)).toEqual(['公文批注导出']);
    expect(hs.filter((h) => h.level === 2)).toHaveLength(5);
    expect(hs.filter((h) => h.level === 3).map(textOf)).toContain('部署事项');
    expect(hs.every((h) => h.level <= 3)).toBe(true);
  });

  it('links only the notices\u2019 own pages and makes no HTML or images', () => {
    expect(ofType(root, 'link').map((l) => decodeURI(l.destination!))).toEqual(items.map((i) => i.notice.page));
    for (const t of ['image', 'html_inline', 'html_block', 'code_block'] as const) expect(ofType(root, t)).toEqual([]);
  });

  it('writes English labels when asked', () => {
    const en = exportAll(items.slice(0, 1), 'combined', F.EXPORTED_AT, 'en');
    expect(en).toContain('# Notice Lens export');
    expect(en).toContain('### Directives');
  });
});
