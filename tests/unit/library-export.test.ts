import { describe, expect, it } from 'vitest';
import { renderNoticeMarkdown } from '../../utils/export';
import { buildLibraryIndex, downloadName, exportItemsFor, noticeFileName, queryLibrary } from '../../utils/library';
import { A, B, D, annotations, entries } from './library-fixture';

const index = buildLibraryIndex(entries, annotations);

describe('export items from the library', () => {
  it('exports every annotation of a notice, not only the search hits', () => {
    const [hit] = queryLibrary(index, { text: '扛起' });
    expect(hit!.hits).toHaveLength(1);
    const [item] = exportItemsFor(index, [hit!.notice.page]);
    // In reading order: the highlights by position (100, 300), the two directive annotations, the page note last.
    expect(item!.annotations.map((a) => a.id)).toEqual(['id-002', 'id-001', 'id-003', 'id-004', 'id-005']);
    expect(item!.notice.title).toBe('市工信委召开全体干部大会 安排部署下阶段重点工作');
  });

  it('keeps the order asked for and skips unknown pages', () => {
    expect(exportItemsFor(index, [B, 'https://nowhere.gov.cn/', A]).map((i) => i.notice.page)).toEqual([B, A]);
  });

  it('gives a page without a notice record a placeholder that still renders', () => {
    const [item] = exportItemsFor(index, [D]);
    // Its dates are those of its one annotation.
    expect(item!.notice).toEqual({
      page: D, title: '', site: 'news.example.com', source: '', published: '', docNumber: '', directives: [],
      firstSeen: '2024-01-01T00:00:00.000Z', lastSeen: '2024-01-01T00:00:00.000Z',
    });
    const md = renderNoticeMarkdown(item!.notice, item!.annotations, { exportedAt: '2024-05-06T07:08:09.000Z', lang: 'zh' });
    // Unknown fields are left out; the highlight links back to its passage; pink means nothing here, so no colour line.
    expect(md).toBe(`---
source: "http://news.example.com/d.html"
site: "news.example.com"
tags:
  - "其他"
exported: "2024-05-06T07:08:09.000Z"
---

# 无标题

原文：[news\\.example\\.com](http://news.example.com/d.html)

## 其他划线

> 商业新闻里的一句话 [↗](http://news.example.com/d.html#notice-lens=id-009:~:text=%E5%95%86%E4%B8%9A%E6%96%B0%E9%97%BB%E9%87%8C%E7%9A%84%E4%B8%80%E5%8F%A5%E8%AF%9D "在原文中打开这段")

标签：其他
`);
    expect(noticeFileName(item!)).toBe('news.example.com.md');
  });

  it('names a notice file after its title, safely', () => {
    const [item] = exportItemsFor(index, [A]);
    expect(noticeFileName(item!)).toBe('市工信委召开全体干部大会 安排部署下阶段重点工作.md');
  });

  it('dates download names in local time', () => {
    const at = new Date(2024, 4, 6, 23, 59);
    expect(downloadName('zip', at)).toBe('notice-lens-2024-05-06.zip');
    expect(downloadName('combined', at)).toBe('notice-lens-2024-05-06.md');
    expect(downloadName('backup', at)).toBe('notice-lens-backup-2024-05-06.json');
  });
});
