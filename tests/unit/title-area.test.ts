import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentRoot } from '../../utils/dom/content-root';
import { extractSignals } from '../../utils/dom/signals';
import { readTitleArea } from '../../utils/dom/title-area';
import { scoreNotice } from '../../utils/text/notice-score';
import { readNoticeFacts } from './helpers/notice-facts';

const windows: Window[] = [];
afterAll(() => Promise.all(windows.map((w) => w.happyDOM.close())));

/** A page as the content script sees it, under its own address (the official-host check reads it). */
function load(html: string, url = 'https://www.example.gov.cn/a/t20240418_1.html'): Document {
  const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  windows.push(win);
  const doc = win.document as unknown as Document;
  doc.write(html);
  return doc;
}
const detect = (doc: Document) => {
  const content = findContentRoot(doc);
  const { signals, factsSource } = extractSignals(doc, content);
  const facts = readNoticeFacts(factsSource);
  return { content, signals, facts, verdict: scoreNotice(signals) };
};

const P = [
  '4月18日，市委常委、常务副市长主持召开全市安全生产工作电视电话会议，部署当前和下一阶段工作。',
  '会议通报，一季度全市共发生生产安全事故23起，同比下降11.5%，安全生产形势总体平稳。',
  '会议要求，一是提高政治站位；二是聚焦重点领域，深入开展隐患排查整治；三是压实企业主体责任。',
  '会议强调，各区、各部门要始终坚持底线思维，以时时放心不下的责任感抓好各项工作。',
].map((s) => `<p>　　${s}</p>`).join('\n');
const TITLE = '我市召开安全生产工作电视电话会议';

describe('the title area', () => {
  it('is found inside a root that holds the title and two copies of the body', () => {
    const doc = load(`<html><head><title>${TITLE}-某市人民政府</title></head><body>
<article><h1>${TITLE}</h1><div class="info"><span>发布时间：2024-04-18 19:32</span> <span>来源：市应急管理局</span> <span>字号：<a href="#">大</a><a href="#">小</a></span></div>
<div class="c">${P}</div><div class="c">${P}</div></article><div class="footer">网站标识码：4403000001</div></body></html>`);
    const { content, signals, facts } = detect(doc);
    expect(content!.root.tagName).toBe('ARTICLE');
    const area = readTitleArea(doc, content!.root);
    expect(area.before.map((l) => l.text)).toEqual([TITLE, '发布时间：2024-04-18 19:32 来源：市应急管理局 字号：大小']);
    expect(area.after[0]!.text).toMatch(/^4月18日/);
    expect(signals.infoLine && signals.datedTitle).toBe(true);
    expect(facts).toMatchObject({ title: TITLE, source: '市应急管理局', published: '2024-04-18' });
  });

  it('takes an unlabelled date under the title (mobile pages) as a dated title', () => {
    const doc = load(`<html><head><title>${TITLE}</title></head><body class="m-body">
<header><a href="javascript:history.back()">&lt;</a><span>某市人民政府</span></header>
<section><h1 class="m-title">${TITLE}</h1><div class="m-meta"><span>2024-04-18 19:32</span> <span>市应急管理局</span></div>
<div class="m-content">${P}</div><div class="m-read">阅读 3012</div></section>
<footer><p>粤ICP备05070829号 网站标识码：4403000001</p></footer></body></html>`);
    const { signals, facts, verdict } = detect(doc);
    expect(signals.infoLine).toBe(false);
    expect(signals.datedTitle).toBe(true);
    expect(facts.published).toBe('2024-04-18');
    expect(verdict.isNotice).toBe(true);
  });

  it('reads gov.uk metadata (From:, Published) and skips a contents list of links', () => {
    const body = ['Councils will be given new powers to tackle fly-tipping and littering, the government announced today.',
      'Fly-tipping incidents in England rose to 1.08 million, and clearing them up cost councils £58 million.',
      'First, the maximum fixed penalty for fly-tipping will rise from £400 to £1,000, and for littering from £150 to £500.',
      'Second, councils will receive £1 million in grants to buy cameras and other equipment to catch offenders.'].map((s) => `<p>${s}</p>`).join('');
    const doc = load(`<html lang="en"><head><title>Councils given new powers to tackle fly-tipping - GOV.UK</title></head><body>
<main><span class="govuk-caption-xl">Press release</span><h1>Councils given new powers to tackle fly-tipping</h1>
<p class="lead">Higher penalties and new funding to catch and punish fly-tippers.</p>
<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/org">Department for Environment, Food &amp; Rural Affairs</a></dd><dt>Published</dt><dd>24 April 2023</dd></dl></div>
<nav><h2>Contents</h2><ol><li><a href="#s1">Penalties</a></li><li><a href="#s2">Grants</a></li></ol></nav>
<div class="govuk-govspeak">${body}</div></main><footer>© Crown copyright</footer></body></html>`, 'https://www.gov.uk/government/news/x');
    const { signals, facts, verdict } = detect(doc);
    expect(signals.datedTitle).toBe(true);
    expect(facts).toMatchObject({ published: '2023-04-24', source: 'Department for Environment, Food & Rural Affairs' });
    expect(verdict.isNotice).toBe(true);
  });

  it('reads a U.S. memorandum header', () => {
    const body = ['The Act provides up to 12 weeks of paid parental leave to covered employees in connection with a birth.',
      'To be eligible for paid parental leave, an employee must be covered by the leave provisions of chapter 63.',
      'Agencies must inform employees of their entitlement to paid parental leave before the first day of leave.'].map((s) => `<p>${s}</p>`).join('');
    const doc = load(`<html><head><title>Paid Parental Leave | U.S. Office of Personnel Management</title></head><body>
<main><h1>Paid Parental Leave</h1><div class="memo-header"><p><strong>MEMORANDUM FOR HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES</strong></p>
<p>September 30, 2020</p><p>FROM: Director, U.S. Office of Personnel Management</p><p>SUBJECT: Paid Parental Leave</p></div>
<div class="usa-prose">${body}</div></main></body></html>`, 'https://www.opm.gov/policy/memo');
    const { signals, facts, verdict } = detect(doc);
    expect(signals.memoHeader).toBe(true);
    expect(facts.published).toBe('2020-09-30');
    expect(verdict.isNotice).toBe(true);
  });

  it('does not take a date in the site header, far above the body, for a dated title', () => {
    const news = Array.from({ length: 12 }, (_, i) => `<li><a href="/n/${i}">新闻${i}</a></li>`).join('');
    const doc = load(`<html><head><title>某市人民政府</title></head><body>
<div class="top">今天是2024年4月18日 星期四</div><h1>某市人民政府门户网站欢迎您</h1><ul class="nav">${news}</ul>
${Array.from({ length: 30 }, (_, i) => `<div class="box">栏目${i}</div>`).join('')}
<div class="intro"><h2>市情概况</h2>${P}</div></body></html>`);
    const { signals, verdict } = detect(doc);
    expect(signals.datedTitle).toBe(false);
    expect(signals.infoLine).toBe(false);
    expect(verdict.isNotice).toBe(false);
  });

  it("does not take a portal's dated headline for the page's notice", () => {
    const box = (name: string) => `<div class="box"><h2>${name}</h2><ul>${Array.from({ length: 6 }, (_, i) =>
      `<li><a href="/${name}/${i}.html">关于做好第${i + 1}批重点项目建设工作的通知</a><span>2024-04-1${i}</span></li>`).join('')}</ul></div>`;
    const doc = load(`<html><head><title>某市人民政府</title></head><body><div class="nav"><a href="/">首页</a></div>
<div class="focus"><h2 class="title">我市召开安全生产工作电视电话会议</h2><div class="date">2024-04-18</div>${P}<a href="/n/1.html">阅读全文</a></div>
${box('工作动态')}${box('通知公告')}${box('政策文件')}<div class="footer">网站标识码：4403000001</div></body></html>`, 'https://www.example.gov.cn/');
    const { signals, verdict } = detect(doc);
    expect(signals.datedLinks).toBeGreaterThanOrEqual(8);
    expect(signals.datedTitle).toBe(false);
    expect(verdict.isNotice).toBe(false);
  });

  it('takes a body signed and dated at its end (落款) as a notice even without a date line above', () => {
    const notice = (closing: string) => load(`<html><head><title>关于做好春季安全生产工作的通知</title></head><body>
<h1>关于做好春季安全生产工作的通知</h1><div class="body">${P}<p>特此通知。</p>${closing}</div><div class="footer">网站标识码：6100000001</div></body></html>`);
    for (const date of ['2024年3月20日', '二〇二四年三月二十日']) {
      const { signals, verdict } = detect(notice(`<p style="text-align:right">市安委会办公室</p><p style="text-align:right">${date}</p>`));
      expect(signals.signedAndDated).toBe(true);
      expect(verdict.isNotice).toBe(true);
    }
    const { signals, verdict } = detect(notice('<p>（责任编辑：王洋）</p>'));
    expect(signals.signedAndDated).toBe(false);
    expect(verdict.isNotice).toBe(false);
  });

  it('reads the 发文字号 and 成文日期 box above a published document', () => {
    const doc = load(`<html><head><title>关于印发安全生产工作要点的通知_某市人民政府</title></head><body>
<table class="xxgk"><tr><th>索引号</th><td>11610124MB2966453P/2024-00120</td><th>发布机构</th><td>某市人民政府办公室</td></tr>
<tr><th>文号</th><td>某政办发〔2024〕12号</td><th>成文日期</th><td>2024年04月15日</td></tr></table>
<h2 class="title">关于印发安全生产工作要点的通知</h2><div class="body">${P}</div><div class="footer">网站标识码：6100000001</div></body></html>`);
    const { signals, facts } = detect(doc);
    expect(signals.docNumberTable).toBe(true);
    expect(facts.docNumber).toBe('某政办发〔2024〕12号');
  });
});
