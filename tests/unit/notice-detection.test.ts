import { describe, expect, it } from 'vitest';
import { findContentRoot } from '../../utils/dom/content-root';
import { extractSignals } from '../../utils/dom/signals';
import { scoreNotice, type NoticeSignals } from '../../utils/text/notice-score';
import { findDocNumber, isInfoLine, normalizeDate, valueAfter } from '../../utils/text/notice-meta';
import { loadFixture } from './helpers/load-page';

function detect(doc: Document) {
  const content = findContentRoot(doc);
  const { signals, facts } = extractSignals(doc, content);
  return { content, signals, facts, verdict: scoreNotice(signals) };
}

describe('detecting the sample notice', () => {
  const doc = loadFixture('pages/sample-notice.html');
  const { content, facts, verdict } = detect(doc);

  it('finds the body container, not the page around it', () => {
    expect(content?.root.id).toBe('zoom');
    expect(content!.linkDensity).toBe(0);
  });
  it('decides it is a notice', () => {
    expect(verdict.isNotice).toBe(true);
  });
  it('reads the notice facts', () => {
    expect(facts).toEqual({
      title: '市工信委召开全体干部大会 安排部署下阶段重点工作',
      site: '西安市工业和信息化局',
      source: '市工信委',
      published: '2018-09-05',
      docNumber: '',
    });
  });
});

describe('pages that are not notices', () => {
  it('a column list of dated links', () => {
    const { verdict, signals } = detect(loadFixture('pages/column-list.html'));
    expect(signals.datedLinks).toBeGreaterThanOrEqual(20);
    expect(verdict.isNotice).toBe(false);
  });
  it('an empty page', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(detect(doc).verdict.isNotice).toBe(false);
  });
});

describe('notice scoring rules', () => {
  const base: NoticeSignals = {
    meta: {}, articleType: false, infoLine: false, datedTitle: false, memoHeader: false, signedAndDated: false, docNumberTable: false, officialSite: true,
    bodyText: 0, bodyLinkDensity: 0, bodyParagraphs: 0, datedLinks: 0, datedLinksInBody: 0, formFields: 0,
  };
  it('needs a prose body whatever the labels say', () => {
    const v = scoreNotice({ ...base, meta: { articletitle: 'x', pubdate: 'y', contentsource: 'z' }, infoLine: true, docNumberTable: true, bodyText: 60 });
    expect(v.isNotice).toBe(false);
  });
  it('accepts a body with a date/source line', () => {
    expect(scoreNotice({ ...base, infoLine: true, bodyText: 900, bodyParagraphs: 6 }).isNotice).toBe(true);
  });
  it('rejects a body that is mostly links', () => {
    expect(scoreNotice({ ...base, infoLine: true, bodyText: 900, bodyLinkDensity: 0.6, bodyParagraphs: 6 }).isNotice).toBe(false);
  });
  it('rejects a main block that is a list of dated links, whatever the labels', () => {
    expect(scoreNotice({ ...base, meta: { articletitle: 'x' }, infoLine: true, bodyText: 600, datedLinks: 30, datedLinksInBody: 12, bodyParagraphs: 12 }).isNotice).toBe(false);
  });
  it('keeps a short notice whose page has a sidebar of dated links', () => {
    expect(scoreNotice({ ...base, infoLine: true, bodyText: 200, datedLinks: 15, datedLinksInBody: 0, bodyParagraphs: 3 }).isNotice).toBe(true);
  });
  it('rejects an unlabelled prose page (no title, date, source or CMS labels), however long', () => {
    const v = scoreNotice({ ...base, bodyText: 2500, bodyParagraphs: 20 });
    expect(v.isNotice).toBe(false);
    expect(v.reasons).toContain('no title, date or document labels');
  });
  it('counts the line under the title once, as a dated title or as a labelled info line', () => {
    const one = scoreNotice({ ...base, infoLine: true, bodyText: 200 }).score;
    expect(scoreNotice({ ...base, infoLine: true, datedTitle: true, bodyText: 200 }).score).toBe(one);
    expect(scoreNotice({ ...base, datedTitle: true, bodyText: 200 }).score).toBe(one);
  });
  it("accepts a memorandum header or a 发文字号 as the page's label", () => {
    expect(scoreNotice({ ...base, memoHeader: true, bodyText: 900, bodyParagraphs: 6 }).isNotice).toBe(true);
    expect(scoreNotice({ ...base, docNumberTable: true, bodyText: 300 }).isNotice).toBe(true);
  });
  it('asks more of a page off official sites (a news portal reprinting a notice)', () => {
    const page = { ...base, infoLine: true, bodyText: 260, bodyParagraphs: 6 };
    expect(scoreNotice(page).isNotice).toBe(true);
    expect(scoreNotice({ ...page, officialSite: false }).isNotice).toBe(false);
  });
});

describe('notice facts from strings', () => {
  it('normalizes dates', () => {
    expect(normalizeDate('发布时间：2018-09-05 16:21')).toBe('2018-09-05');
    expect(normalizeDate('2024年1月5日')).toBe('2024-01-05');
    expect(normalizeDate('2024.13.05')).toBe('');
  });
  it('recognises the line under a title', () => {
    expect(isInfoLine('发布时间：2018-09-05 16:21 来源：市工信委 浏览次数：1379')).toBe(true);
    expect(isInfoLine('一要坚决打好秦岭保卫战。这是目前最大的政治任务。')).toBe(false);
  });
  it('reads a labelled value up to the next label', () => {
    expect(valueAfter('发布时间：2018-09-05 16:21 来源：市工信委 浏览次数：1379', ['来源'])).toBe('市工信委');
  });
  it('finds a document number', () => {
    expect(findDocNumber('发文字号：国办发〔2024〕5号 成文日期')).toBe('国办发〔2024〕5号');
  });
});

describe('the second opinion is asked only where it can help', () => {
  it('a column list of dated links is decided on the cheap path', async () => {
    const { detectPage } = await import('../../utils/page/analyze');
    const detection = detectPage(loadFixture('pages/column-list.html'));
    expect(detection.verdict.isNotice).toBe(false);
    expect(detection.unsure).toBe(false);
  });
});
