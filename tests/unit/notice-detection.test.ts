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
    meta: {}, articleType: false, infoLine: false, docNumberTable: false, govFooter: false,
    bodyText: 0, bodyLinkDensity: 0, bodyParagraphs: 0, datedLinks: 0, formFields: 0,
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
  it('rejects a list of dated links with a little prose', () => {
    expect(scoreNotice({ ...base, meta: { articletitle: 'x' }, bodyText: 300, datedLinks: 30, bodyParagraphs: 2 }).isNotice).toBe(false);
  });
  it('rejects an unlabelled prose page (no date, source or CMS labels)', () => {
    expect(scoreNotice({ ...base, bodyText: 250, bodyParagraphs: 2 }).isNotice).toBe(false);
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
