import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { exportAll, type ExportItem } from '../../utils/export';
import * as F from '../fixtures/export/notices';
import { ofType, parseMd, splitFrontMatter, textOf } from '../fixtures/export/md-helpers';
import { FIXTURES } from './helpers/load-page';

const items: ExportItem[] = [
  { notice: F.sampleNotice, annotations: F.sampleAnnotations },
  { notice: F.nestedNotice, annotations: F.nestedAnnotations },
  { notice: F.hostileNotice, annotations: F.hostileAnnotations },
  // Same title as the first: must not overwrite it.
  { notice: { ...F.sampleNotice, page: 'https://gxj.xa.gov.cn/other.html' }, annotations: [] },
  { notice: { ...F.sampleNotice, title: '', page: 'https://www.gov.cn/a.htm' }, annotations: [] },
];

/** The golden files are hand-reviewed (export-markdown.test.ts reads the same ones). */
const golden = (name: string) => readFileSync(join(FIXTURES, 'export', name), 'utf8');

/** The six directives of the sample notice, untouched: an outline without tasks. */
const SAMPLE_OUTLINE = `## 部署事项

- **一要** 坚决打好秦岭保卫战。

- **二要** 认真开展作风问题大排查。

- **三要** 抓好省市考指标进度。

- **四要** 加快推进“最多跑一次”改革项目建设。

- **五是** 加快推进企业搬迁。

- **六是** 切实抓好“散乱污”企业整治攻坚工作。
`;

const SAME_TITLE_MD = `---
title: "市工信委召开全体干部大会安排部署下阶段重点工作"
source: "https://gxj.xa.gov.cn/other.html"
site: "西安市工业和信息化局"
issuer: "市工信委办公室"
published: "2018-09-05"
exported: "2024-05-06T07:08:09.000Z"
---

# 市工信委召开全体干部大会安排部署下阶段重点工作

原文：[西安市工业和信息化局](https://gxj.xa.gov.cn/other.html) · 来源：市工信委办公室 · 发布日期：2018-09-05

引用：市工信委办公室. 市工信委召开全体干部大会安排部署下阶段重点工作\\[EB/OL\\]. (2018-09-05)\\[2024-05-06\\]. <https://gxj.xa.gov.cn/other.html>

${SAMPLE_OUTLINE}`;

const UNTITLED_MD = `---
source: "https://www.gov.cn/a.htm"
site: "西安市工业和信息化局"
issuer: "市工信委办公室"
published: "2018-09-05"
exported: "2024-05-06T07:08:09.000Z"
---

# 无标题

原文：[西安市工业和信息化局](https://www.gov.cn/a.htm) · 来源：市工信委办公室 · 发布日期：2018-09-05

${SAMPLE_OUTLINE}`;

const NAMES = [
  '市工信委召开全体干部大会安排部署下阶段重点工作.md',
  '国务院办公厅关于进一步优化政务服务的指导意见.md',
  // The hostile title: forbidden characters become _, line breaks spaces, and it is cut short.
  "# Title_ _quoted_ 'single' [link](javascript_alert(1)) ![img](x) _script_alert(1)_script_ --- `code` _ a _ b _ 1. one.md",
  // The second notice with the first one's title gets a number, never the same name.
  '市工信委召开全体干部大会安排部署下阶段重点工作 (2).md',
  // No title: the site's host name.
  'www.gov.cn.md',
];

describe('exportAll zip', () => {
  const zip = exportAll(items, 'zip', F.EXPORTED_AT);

  it('holds one Markdown file per notice, in the list\'s order, names unique and safe', () => {
    const names = Object.keys(unzipSync(zip));
    expect(names).toEqual(NAMES);
    for (const n of names) expect(n).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  });

  it('each file is that notice\'s Markdown export', () => {
    const files = unzipSync(zip);
    expect(Object.keys(files)).toHaveLength(5);
    expect(strFromU8(files[NAMES[0]!]!)).toBe(golden('sample-zh.md'));
    expect(strFromU8(files[NAMES[1]!]!)).toBe(golden('nested-zh.md'));
    expect(strFromU8(files[NAMES[2]!]!)).toBe(golden('hostile-zh.md'));
    expect(strFromU8(files[NAMES[3]!]!)).toBe(SAME_TITLE_MD);
    expect(strFromU8(files[NAMES[4]!]!)).toBe(UNTITLED_MD);
  });

  it('writes English files when asked', () => {
    const files = unzipSync(exportAll(items.slice(0, 1), 'zip', F.EXPORTED_AT, 'en', F.SAMPLE_EN_STYLE));
    expect(Object.keys(files)).toEqual([NAMES[0]]);
    expect(strFromU8(files[NAMES[0]!]!)).toBe(golden('sample-en.md'));
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
    expect(Object.keys(unzipSync(exportAll(items.slice(0, 1), 'zip', 'not a date')))).toEqual([NAMES[0]]);
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

  it('links the notices\u2019 own pages and passages and what the reader linked in notes, and makes no HTML', () => {
    const pages = items.map((i) => i.notice.page.replace(/#.*$/, ''));
    const links = ofType(root, 'link').map((l) => decodeURI(l.destination!).replace(/#.*$/, ''));
    // Per notice a source link and a citation (not the untitled one), a link back per quote (7), the hostile notes' 2.
    expect(links).toHaveLength(5 + 4 + 7 + 2);
    expect(links.filter((l) => !pages.includes(l))).toEqual(['http://evil.example', 'mailto:foo@example.com']);
    expect(ofType(root, 'link').filter((l) => textOf(l) === '↗')).toHaveLength(7);
    for (const t of ['html_inline', 'html_block', 'code_block'] as const) expect(ofType(root, t)).toEqual([]);
    expect(ofType(root, 'image').map((i) => i.destination)).toEqual(['http://evil.example/x.png']);
  });

  it('writes English labels when asked', () => {
    const en = exportAll(items.slice(0, 1), 'combined', F.EXPORTED_AT, 'en');
    expect(en).toContain('# Notice Lens export');
    expect(en).toContain('### Directives');
  });
});
