import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentRoot } from '../../utils/dom/content-root';
import { extractSignals } from '../../utils/dom/signals';
import { MIN_NOTICE_PROSE, scoreNotice, type NoticeSignals } from '../../utils/text/notice-score';
import { findDocNumber, isInfoLine, normalizeDate, valueAfter } from '../../utils/text/notice-meta';
import { loadFixture, parseHtml } from './helpers/load-page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../fixtures/corpus/build';
import { readNoticeFacts } from './helpers/notice-facts';

function detect(doc: Document) {
  const content = findContentRoot(doc);
  const { signals, factsSource } = extractSignals(doc, content);
  const facts = readNoticeFacts(factsSource);
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
      issuer: '',
      written: '',
    });
  });
});

describe('a meeting report with its recording above the text', () => {
  const { verdict, signals } = detect(loadFixture('pages/meeting-with-video.html'));
  it('is a notice: the report is a body of its own beside the player', () => {
    expect(signals.playerInBody).toBe(true);
    expect(verdict.isNotice).toBe(true);
  });
});

describe('a 任前公示 listing the people it names', () => {
  it('is a notice: its own preface opens the body, and its title names a document', () => {
    const { verdict, signals } = detect(loadFixture('pages/appointment-notice.html'));
    expect(signals.biography).toBe(false);
    expect(verdict.isNotice).toBe(true);
  });
});

describe('pages that are not notices', () => {
  it('a column list of dated links', () => {
    const { verdict, signals } = detect(loadFixture('pages/column-list.html'));
    expect(signals.datedLinks).toBeGreaterThanOrEqual(20);
    expect(verdict.isNotice).toBe(false);
  });
  it('a 视频新闻 page: a player and its caption, however fully the CMS labels it', () => {
    const { verdict, signals, content } = detect(loadFixture('pages/video-news.html'));
    expect(signals.meta.articletitle).toBe('【视频】全市秋冬季大气污染防治工作推进会召开');
    // The player's fallback text (「您的浏览器不支持…」) is no prose: a browser that plays the video never shows it.
    expect(content!.text).toBeLessThan(300);
    expect(verdict.reasons).toContain('-6 a player with a caption: no body to read');
    expect(verdict.isNotice).toBe(false);
  });
  it("a 领导之窗 page: a leader's biography under their name, however fully the CMS labels it", () => {
    const { verdict } = detect(loadFixture('pages/leader-profile.html'));
    expect(verdict.reasons).toContain('-6 a biography (简历), not a document');
    expect(verdict.isNotice).toBe(false);
  });
  it('an empty page', () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    expect(detect(doc).verdict.isNotice).toBe(false);
  });
});

/** Signals of a page that says nothing: each rule test sets what it needs. */
const base: NoticeSignals = {
  meta: {}, articleType: false, infoLine: false, datedTitle: false, memoHeader: false, signedAndDated: false, docNumberTable: false, formalTitle: false, issuedLine: false, officialSite: true,
  bodyText: 0, bodyLinkDensity: 0, bodyParagraphs: 0, datedLinks: 0, datedLinksInBody: 0, formFields: 0,
};

/** `signals` whose document marks count their reads (as utils/dom/signals.ts reads them: on first use). */
function countingMarks(signals: NoticeSignals, marks: Partial<Record<'docNumberTable' | 'signedAndDated' | 'formalTitle' | 'issuedLine', boolean>> = {}) {
  const reads: string[] = [];
  const counted = { ...signals };
  for (const name of ['docNumberTable', 'signedAndDated', 'formalTitle', 'issuedLine'] as const) {
    Object.defineProperty(counted, name, { get: () => (reads.push(name), marks[name] ?? false) });
  }
  return { signals: counted, reads };
}

describe("the document's own marks, read only when they can change the verdict", () => {
  it('are not read for a labelled notice with a prose body of its own, and the reasons say so', () => {
    const { signals, reads } = countingMarks({ ...base, meta: { articletitle: 'x', pubdate: 'y' }, infoLine: true, bodyText: 900, bodyParagraphs: 6 });
    const v = scoreNotice(signals);
    expect(v.isNotice).toBe(true);
    expect(reads).toEqual([]);
    expect(v.reasons).toContain('document marks not read: the verdict stands without them');
  });

  it('are read, and decide, where the rest does not settle it: a short 令, an unlabelled 发文字号 page', () => {
    const short = countingMarks({ ...base, bodyText: 60, bodyParagraphs: 1 }, { formalTitle: true, issuedLine: true });
    expect(scoreNotice(short.signals).isNotice).toBe(true);
    expect(short.reads).toContain('formalTitle');
    const numbered = countingMarks({ ...base, bodyText: 300 }, { docNumberTable: true });
    expect(scoreNotice(numbered.signals).isNotice).toBe(true);
    expect(numbered.reads).toContain('docNumberTable');
    // The same pages without those marks are no notices: the marks were what decided.
    expect(scoreNotice(countingMarks({ ...base, bodyText: 60, bodyParagraphs: 1 }).signals).isNotice).toBe(false);
    expect(scoreNotice(countingMarks({ ...base, bodyText: 300 }).signals).isNotice).toBe(false);
  });

  it('are read off the official sites, where the labels alone fall short of the threshold', () => {
    const off = countingMarks({ ...base, officialSite: false, infoLine: true, bodyText: 200, bodyParagraphs: 1 }, { signedAndDated: true });
    expect(scoreNotice(off.signals).isNotice).toBe(true);
    expect(off.reads).toContain('signedAndDated');
    expect(scoreNotice(countingMarks({ ...base, officialSite: false, infoLine: true, bodyText: 200, bodyParagraphs: 1 }).signals).isNotice).toBe(false);
  });

  it('are not read where they cannot make a notice: a list of dated links, a body of links, a score they cannot lift', () => {
    const every = { docNumberTable: true, signedAndDated: true, formalTitle: true, issuedLine: true };
    const list = countingMarks({ ...base, infoLine: true, bodyText: 900, bodyParagraphs: 2, datedLinksInBody: 12 }, every);
    const links = countingMarks({ ...base, infoLine: true, bodyText: 900, bodyParagraphs: 6, bodyLinkDensity: 0.6 }, every);
    // A player and its caption on an unofficial-looking page: 1 - 1 (no official site) - 6 (player) + 9 (every mark) < 5.
    const caption = countingMarks({ ...base, officialSite: false, bodyText: 200, playerInBody: true }, every);
    for (const page of [list, links, caption]) {
      const v = scoreNotice(page.signals);
      expect(v.isNotice).toBe(false);
      expect(page.reads).toEqual([]);
      expect(v.reasons).toContain('document marks not read: no notice whatever they say');
    }
    // At the bound they are read, and decide: a short formal document on a form page off the official sites
    // (-1 - 3 = -4, and its marks add 3 + 2 + 2 + 2 = 9) is a notice only through them.
    const bound = countingMarks({ ...base, officialSite: false, bodyText: 60, formFields: 5 }, every);
    expect(scoreNotice(bound.signals).isNotice).toBe(true);
    expect(bound.reads).toContain('docNumberTable');
    expect(scoreNotice(countingMarks({ ...base, officialSite: false, bodyText: 60, formFields: 5 }).signals).isNotice).toBe(false);
  });

  it('on real portal homepages: no notice, and their marks never read', () => {
    for (const page of ['neg-govcn-home', 'neg-shaanxi-home', 'neg-county-home']) {
      const doc = loadFixture(`corpus/pages/${page}.html`);
      const { signals } = extractSignals(doc, findContentRoot(doc));
      const reads: string[] = [];
      for (const name of ['docNumberTable', 'signedAndDated', 'formalTitle', 'issuedLine'] as const) {
        const own = Object.getOwnPropertyDescriptor(signals, name)!;
        Object.defineProperty(signals, name, { get: () => (reads.push(name), own.get ? own.get.call(signals) : own.value) });
      }
      const v = scoreNotice(signals);
      expect(v.isNotice, page).toBe(false);
      expect(v.reasons, page).toContain('document marks not read: no notice whatever they say');
      expect(reads, page).toEqual([]);
    }
  });

  it('on a real page: the sample is decided without them, its facts still read in full', () => {
    const doc = loadFixture('pages/sample-notice.html');
    const { signals, factsSource } = extractSignals(doc, findContentRoot(doc));
    const facts = readNoticeFacts(factsSource);
    const v = scoreNotice(signals);
    expect(v.isNotice).toBe(true);
    expect(v.reasons).toContain('document marks not read: the verdict stands without them');
    expect(facts.published).toBe('2018-09-05');
  });
});

describe('notice scoring rules', () => {
  // The detector stops before reading labels below MIN_NOTICE_PROSE (utils/page/analyze.ts): that is exact only
  // while no set of labels can make a notice of less prose. Every label at once, just under and at the bound:
  it('says no below MIN_NOTICE_PROSE whatever the labels, and can say yes at it', () => {
    const all: NoticeSignals = {
      ...base, meta: { articletitle: 'x', pubdate: 'y', contentsource: 'z' }, articleType: true, infoLine: true, datedTitle: true, memoHeader: true,
      signedAndDated: true, docNumberTable: true, formalTitle: true, issuedLine: true, shellIdentity: true, bodyParagraphs: 3,
    };
    expect(MIN_NOTICE_PROSE).toBe(30);
    expect(scoreNotice({ ...all, bodyText: MIN_NOTICE_PROSE - 1 }).isNotice).toBe(false);
    expect(scoreNotice({ ...all, bodyText: MIN_NOTICE_PROSE }).isNotice).toBe(true);
  });
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
  it('rejects a player with a short caption, and keeps a notice that embeds a player beside its text', () => {
    const labelled = { ...base, meta: { articletitle: 'x', pubdate: 'y' }, infoLine: true, bodyParagraphs: 3 };
    expect(scoreNotice({ ...labelled, bodyText: 250 }).isNotice).toBe(true);
    expect(scoreNotice({ ...labelled, bodyText: 250, playerInBody: true }).isNotice).toBe(false);
    expect(scoreNotice({ ...labelled, bodyText: 900, playerInBody: true }).isNotice).toBe(true);
  });
  it("rejects a table of figures and a body's page about itself, however labelled", () => {
    const labelled = { ...base, meta: { articletitle: 'x', pubdate: 'y' }, infoLine: true, bodyText: 900, bodyParagraphs: 6 };
    expect(scoreNotice(labelled).isNotice).toBe(true);
    expect(scoreNotice({ ...labelled, tablePage: true }).isNotice).toBe(false);
    expect(scoreNotice({ ...labelled, aboutOrganisation: true }).isNotice).toBe(false);
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
  it('takes a last-updated stamp at the page\'s end as a weak label: a long guidance page, not a hub of links', () => {
    // An evergreen guidance page of a U.S. agency: its only date is 「Last updated on …」 below the body.
    const guidance = { ...base, updatedStamp: true, bodyText: 2500, bodyParagraphs: 20 };
    expect(scoreNotice(guidance).isNotice).toBe(true);
    expect(scoreNotice({ ...guidance, updatedStamp: false }).isNotice).toBe(false);
    // Every page of such a site has the stamp: a hub of cards and links does not become a notice by it.
    expect(scoreNotice({ ...guidance, bodyLinkDensity: 0.6 }).isNotice).toBe(false);
    expect(scoreNotice({ ...guidance, datedLinks: 20, datedLinksInBody: 8 }).isNotice).toBe(false);
    // Beside a date under the title it adds nothing.
    expect(scoreNotice({ ...guidance, infoLine: true }).score).toBe(scoreNotice({ ...guidance, updatedStamp: false, infoLine: true }).score);
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
  it('a page with less prose than any notice is decided before its labels are read; its facts are still there when asked', async () => {
    const { detectPage } = await import('../../utils/page/analyze');
    const doc = new DOMParser().parseFromString(
      '<html><head><title>通知公告_某县人民政府</title></head><body><h1>通知公告</h1><ul>' +
        Array.from({ length: 12 }, (_, i) => `<li><a href="/a${i}.html">关于开展第${i + 1}批检查的通知</a><span>2024-05-${String(i + 10)}</span></li>`).join('') +
        '</ul><p>发布时间：2024-05-20</p></body></html>', 'text/html');
    const detection = detectPage(doc);
    expect(detection.verdict.isNotice).toBe(false);
    expect(detection.verdict.reasons[0]).toMatch(/labels not read/);
    expect(readNoticeFacts(detection.factsSource).title).toBe('通知公告');
    // Beside it, the sample notice goes through the labels.
    const sample = detectPage(loadFixture('pages/sample-notice.html'));
    expect(sample.verdict.isNotice).toBe(true);
    expect(sample.verdict.reasons.join(' ')).not.toMatch(/labels not read/);
  });
});

describe('short formal documents (决议, 决定, 公告, 令, 批复 of a paragraph or two)', () => {
  const windows: Window[] = [];
  afterAll(() => Promise.all(windows.map((w) => w.happyDOM.close())));
  /** A page under its own address, as the content script sees it. */
  const load = (html: string, url: string) => {
    const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    windows.push(win);
    const doc = win.document as unknown as Document;
    doc.write(html);
    return doc;
  };
  /** A government site's chrome around `main`: navigation, a sidebar of a few dated links, the footer. */
  const site = (title: string, main: string, name = '中国政府网') => `<html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="header"><a href="/">${name}</a><ul class="nav"><li><a href="/zhengce/">政策</a></li><li><a href="/hudong/">互动</a></li><li><a href="/fuwu/">服务</a></li><li><a href="/shuju/">数据</a></li></ul>
<form action="/search"><input type="search" name="q"><button>搜索</button></form></div>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 正文</div>
<div class="main">${main}</div>
<div class="side"><h3>相关文件</h3><ul><li><a href="/z/1.html">关于进一步优化营商环境的意见</a><span>2024-02-01</span></li><li><a href="/z/2.html">关于做好春节期间有关工作的通知</a><span>2024-01-20</span></li></ul></div>
<div class="footer"><p>主办单位：国务院办公厅 运行维护单位：中国政府网运行中心</p><p>网站标识码bm01000001 京ICP备05070218号 京公网安备11010202000001号</p></div></body></html>`;

  it('accepts a 决定 printed as in the 国务院公报: title, 发文字号, one paragraph, 落款', () => {
    const doc = load(site('国务院关于废止部分行政法规的决定_国务院文件_中国政府网', `
<h1>国务院关于废止部分行政法规的决定</h1><p class="wh">国发〔2024〕3号</p>
<div id="UCAP-CONTENT"><p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
<p>　　为全面贯彻落实党的二十大精神，国务院对现行行政法规进行了清理。经过清理，国务院决定废止《外商投资电信企业管理规定》等6部行政法规。本决定自公布之日起施行。</p>
<p style="text-align:right">国务院</p><p style="text-align:right">2024年3月10日</p></div>`), 'https://www.gov.cn/zhengce/content/202403/content_1.htm');
    const { signals, facts, verdict } = detect(doc);
    expect(signals.bodyText).toBeLessThan(150);
    expect(signals.formalTitle).toBe(true);
    expect(verdict.isNotice).toBe(true);
    expect(facts).toMatchObject({ title: '国务院关于废止部分行政法规的决定', docNumber: '国发〔2024〕3号', issuer: '国务院', written: '2024-03-10' });
  });

  it('accepts a 人大 决议 with the 通过 line in parentheses under its title', () => {
    const doc = load(site('第十四届全国人民代表大会第二次会议关于政府工作报告的决议_中国人大网', `
<div class="tit"><h1>第十四届全国人民代表大会第二次会议关于政府工作报告的决议</h1></div>
<div class="fontsize" id="Zoom"><p align="center">（2024年3月11日第十四届全国人民代表大会第二次会议通过）</p>
<p>　　第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告。会议充分肯定国务院过去一年的工作，同意报告提出的2024年经济社会发展总体要求和政策取向，决定批准这个报告。</p></div>`, '中国人大网'), 'http://www.npc.gov.cn/npc/c2/c30834/202403/t20240311_1.html');
    const { signals, facts, verdict } = detect(doc);
    expect(signals.bodyText).toBeLessThan(150);
    expect(signals.issuedLine).toBe(true);
    expect(verdict.isNotice).toBe(true);
    // The 通过 line dates the resolution; no 发文字号 is printed, and the meeting that passed it is no issuing body.
    expect(facts).toMatchObject({ title: '第十四届全国人民代表大会第二次会议关于政府工作报告的决议', docNumber: '', issuer: '', written: '2024-03-11' });
  });

  it('accepts a 国务院令 page: the title, 第777号, one sentence, the signer and the date', () => {
    const doc = load(site('中华人民共和国国务院令（第777号）_国务院文件_中国政府网', `
<div class="article"><h1>中华人民共和国国务院令</h1><p align="center">第777号</p>
<p>　　《社会保险经办条例》已经2023年12月1日国务院第19次常务会议通过，现予公布，自2024年3月1日起施行。</p>
<p align="right">总理　李强</p><p align="right">2023年12月9日</p></div>`), 'https://www.gov.cn/zhengce/content/202312/content_2.htm');
    const { signals, facts, verdict } = detect(doc);
    expect(signals.bodyText).toBeLessThan(80);
    expect(signals.formalTitle && signals.issuedLine).toBe(true);
    expect(verdict.isNotice).toBe(true);
    // The signer is a person, not an issuing body; the date he signed on is the 令's.
    expect(facts.issuer).toBe('');
    expect(facts.written).toBe('2023-12-09');
  });

  it('accepts a 公告 of one paragraph with its 落款 on a city site', () => {
    const doc = load(site('某市人民政府关于某片区国有土地上房屋征收的公告_通知公告_某市人民政府', `
<h2 class="article-title">某市人民政府关于某片区国有土地上房屋征收的公告</h2><div class="info">发布时间：2024-03-02 来源：市住房和城乡建设局</div>
<div class="article-content"><p>　　根据《国有土地上房屋征收与补偿条例》有关规定，经市人民政府研究决定，对某片区国有土地上房屋实施征收。现予公告。</p>
<p style="text-align:right">某市人民政府</p><p style="text-align:right">2024年3月1日</p></div>`, '某市人民政府'), 'http://www.example.gov.cn/zwgk/tzgg/202403/t20240302_1.html');
    const { signals, facts, verdict } = detect(doc);
    expect(signals.bodyText).toBeLessThan(150);
    expect(verdict.isNotice).toBe(true);
    expect(facts).toMatchObject({ issuer: '某市人民政府', written: '2024-03-01', docNumber: '' });
  });

  it('accepts a 公告 whose 落款 the CMS prints in a container of its own, below the body', () => {
    const doc = load(site('某县人民政府关于禁止燃放烟花爆竹的通告_通知公告_某县人民政府', `
<h2 class="article-title">某县人民政府关于禁止燃放烟花爆竹的通告</h2>
<div class="article-content"><p>　　为保障公共安全，根据《烟花爆竹安全管理条例》，县人民政府决定：县城建成区全年禁止燃放烟花爆竹。违反本通告的，由公安机关依法处理。</p></div>
<div class="article-sign"><p>某县人民政府</p><p>2024年1月20日</p></div>`, '某县人民政府'), 'http://www.example.gov.cn/zwgk/tzgg/202401/t20240121_1.html');
    const { signals, facts, verdict } = detect(doc);
    expect(signals.bodyText).toBeLessThan(150);
    expect(signals.signedAndDated).toBe(true);
    expect(verdict.isNotice).toBe(true);
    expect(facts).toMatchObject({ issuer: '某县人民政府', written: '2024-01-20' });
  });

  it('keeps a homepage out, even when its 公告栏 shows one short 公告 with its 落款', () => {
    const links = (col: string) => `<div class="box"><h2>${col}</h2><ul>${Array.from({ length: 6 }, (_, i) =>
      `<li><a href="/${col}/${i}.html">关于做好第${i + 1}批重点项目建设工作的通知</a><span>2024-04-1${i}</span></li>`).join('')}</ul></div>`;
    const doc = load(`<html><head><title>某市人民政府</title></head><body><div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<div class="ggl"><h3>某市人民政府关于某片区国有土地上房屋征收的公告</h3><p>根据《国有土地上房屋征收与补偿条例》有关规定，经市人民政府研究决定，对某片区国有土地上房屋实施征收。现予公告。</p>
<p>某市人民政府</p><p>2024年3月1日</p></div>${links('工作动态')}${links('政策文件')}
<div class="footer">网站标识码：6101000035</div></body></html>`, 'http://www.example.gov.cn/');
    const { signals, verdict } = detect(doc);
    expect(signals.formalTitle).toBe(false);
    expect(verdict.isNotice).toBe(false);
  });

  it('keeps a search result page out, even with a single 决议 among the results', () => {
    const doc = load(site('决议 - 搜索结果 - 中国人大网', `
<div class="search-head">找到约 1 条结果</div><ul class="results"><li><h3><a href="/npc/c2/1.html">第十四届全国人民代表大会第二次会议关于政府工作报告的<em>决议</em></a></h3>
<p>（2024年3月11日第十四届全国人民代表大会第二次会议通过）第十四届全国人民代表大会第二次会议听取和审议了国务院总理李强所作的政府工作报告……</p><span>2024-03-11</span></li></ul>`, '中国人大网'), 'http://www.npc.gov.cn/search?q=决议');
    const { signals, verdict } = detect(doc);
    expect(signals.formalTitle).toBe(false);
    expect(verdict.isNotice).toBe(false);
  });

  it('keeps a form page out: an application form with a short intro', () => {
    const doc = load(site('政府信息公开申请_某市人民政府', `
<h1>政府信息公开申请</h1><p>　　申请人可通过本页面在线提交政府信息公开申请，我们将依法在规定期限内答复。</p>
<form><label>姓名<input name="n"></label><label>证件号码<input name="id"></label><label>联系电话<input name="t"></label>
<label>所需信息内容描述<textarea name="d"></textarea></label><select name="m"><option>电子邮件</option></select><button>提交</button></form>`, '某市人民政府'), 'http://www.example.gov.cn/ysqgk/');
    expect(detect(doc).verdict.isNotice).toBe(false);
  });

  it('asks for a mark of a published document beside the formal title', () => {
    const short = { ...base, formalTitle: true, bodyText: 90, bodyParagraphs: 1 };
    expect(scoreNotice({ ...short, issuedLine: true }).isNotice).toBe(true);
    expect(scoreNotice({ ...short, signedAndDated: true }).isNotice).toBe(true);
    expect(scoreNotice({ ...short, docNumberTable: true }).isNotice).toBe(true);
    // The title alone, or the marks without a formal title, do not make a short block a notice.
    expect(scoreNotice(short).isNotice).toBe(false);
    expect(scoreNotice({ ...short, formalTitle: false, issuedLine: true, signedAndDated: true }).isNotice).toBe(false);
    // Nor do they make one of a page's link lists or an empty shell one.
    expect(scoreNotice({ ...short, issuedLine: true, datedLinksInBody: 6 }).isNotice).toBe(false);
    expect(scoreNotice({ ...short, issuedLine: true, bodyText: 12 }).isNotice).toBe(false);
  });
});

describe('a page whose content is a table', () => {
  // Corpus pages (dev split, batch 22): a 统计局 page of two tables of figures, and a 资金分配 公示 that is a table too.
  const corpusPage = (id: string) => parseHtml(readFileSync(join(CORPUS_DIR, `pages/${id}.html`), 'utf8'));
  it('is no notice when around the tables stand only captions and notes', () => {
    const { verdict, signals } = detect(corpusPage('neg-rucheng-tjj-gongye-touzi-2025'));
    expect(signals.tablePage).toBe(true);
    expect(verdict.isNotice).toBe(false);
  });
  it('is a notice when it announces: a 公示 with its preface, 公示时间 and 监督电话', () => {
    const { verdict, signals } = detect(corpusPage('zhenan-czj-xianjie-zijin-fenpei-gongshi'));
    expect(signals.tablePage).toBe(false);
    expect(verdict.isNotice).toBe(true);
  });
});
