import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { findContentRoot } from '../../utils/dom/content-root';
import { extractSignals, tailText } from '../../utils/dom/signals';
import { parseHtml } from './helpers/load-page';
import { readNoticeFacts } from './helpers/notice-facts';

describe('tailText', () => {
  it('ends like textContent, across nested elements, comments and scripts', () => {
    const doc = parseHtml(`<html><body><div>正文很长${'。'.repeat(50)}</div><div class="foot"><p>网站标识码：6101000001</p><!-- 注释 --><span>陕ICP备<b>05001</b>号</span><script>var a = 1;</script></div></body></html>`);
    const body = doc.body;
    for (const max of [1, 10, 30, 80, 10_000]) expect(tailText(body, max)).toBe(body.textContent!.slice(-max));
  });
});

describe("the notice's own facts: 发文字号, 发文机关, 成文日期", () => {
  const windows: Window[] = [];
  afterAll(() => Promise.all(windows.map((w) => w.happyDOM.close())));
  const facts = (html: string, url = 'http://www.example.gov.cn/zwgk/202404/t20240415_1.html') => {
    const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    windows.push(win);
    const doc = win.document as unknown as Document;
    doc.write(html);
    return readNoticeFacts(extractSignals(doc, findContentRoot(doc)).factsSource);
  };
  const TITLE = '某市人民政府办公室关于做好2024年安全生产工作的通知';
  const BODY = [
    '各区县人民政府，市人民政府各工作部门：',
    '为深入贯彻落实安全生产决策部署，有效防范化解重大安全风险，经市政府同意，现就做好今年安全生产工作通知如下。',
    '一、压实安全生产责任。各区县、各部门要严格落实党政同责、一岗双责，层层压实责任，确保责任落实到位。',
    '二、深化隐患排查整治。聚焦危险化学品、燃气、建筑施工等重点行业领域，全面排查整治重大事故隐患。',
    '三、提升应急处置能力。加强应急救援队伍建设，完善应急预案，定期组织开展应急演练，提高实战能力。',
  ].map((s) => `<p>${s}</p>`).join('');
  const page = (box: string, body: string, title = `${TITLE}_通知公告_某市人民政府`) => `<html><head><title>${title}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>${box}<h1>${TITLE}</h1>
<div class="info">发布时间：2024-04-15 来源：市政府办公室</div><div id="zoom">${body}</div>
<div class="footer">主办单位：某市人民政府办公室 网站标识码：6101000035</div></body></html>`;
  const SIGNED = `${BODY}<p style="text-align:right">某市人民政府办公室</p><p style="text-align:right">2024年4月12日</p>`;

  it('reads the 信息公开 box as <dl>/<dt>/<dd>, as <li> label and value, and as 「label：value」 lines', () => {
    const expected = { docNumber: '某政办发〔2024〕12号', issuer: '某市人民政府办公室', written: '2024-04-10' };
    const boxes = [
      `<dl class="xxgk"><dt>索 引 号：</dt><dd>11610100MB2966453P/2024-00120</dd><dt>发文机关：</dt><dd>某市人民政府办公室</dd><dt>发文字号：</dt><dd>某政办发〔2024〕12号</dd><dt>成文日期：</dt><dd>2024年04月10日</dd></dl>`,
      `<ul class="xxgk"><li><span>发布机构</span><span>某市人民政府办公室</span></li><li><span>文号</span><span>某政办发〔2024〕12号</span></li><li><span>成文日期</span><span>2024-04-10</span></li></ul>`,
      `<div class="xxgk">索引号：11610100MB2966453P/2024-00120　发文机关：某市人民政府办公室<br>发文字号：某政办发〔2024〕12号　成文日期：2024年4月10日</div>`,
    ];
    expect(boxes.length).toBe(3);
    // The box's 成文日期 wins over the 落款 date below the body (the two may differ).
    for (const box of boxes) expect(facts(page(box, SIGNED))).toMatchObject(expected);
  });

  it('reads the number under the title and the signature block when there is no box', () => {
    expect(facts(page('', `<p style="text-align:center">某政办发〔2024〕12号</p>${SIGNED}`))).toMatchObject(
      { docNumber: '某政办发〔2024〕12号', issuer: '某市人民政府办公室', written: '2024-04-12' });
    expect(facts(page('', `${BODY}<p>某市人民政府办公室</p><p>二〇二四年四月十二日</p>`))).toMatchObject({ issuer: '某市人民政府办公室', written: '2024-04-12' });
  });

  it('never takes a number the body cites for the notice’s own', () => {
    const cites = `<p>根据《某市安全生产条例》和《某市人民政府关于加强安全生产工作的意见》（某政发〔2006〕4号）有关规定，现就有关事项通知如下。</p>${SIGNED}`;
    expect(facts(page('', cites)).docNumber).toBe('');
  });

  it('takes the first signature: a forwarding notice is signed before the notice it forwards', () => {
    const forwarded = `${SIGNED}<p style="text-align:center">关于开展安全生产大检查的通知</p><p>各区县应急管理局：</p>
<p>为切实做好安全生产工作，经研究，决定在全市开展安全生产大检查，请认真组织实施，确保取得实效。</p><p>某市应急管理局</p><p>2024年4月8日</p>`;
    expect(facts(page('', forwarded))).toMatchObject({ issuer: '某市人民政府办公室', written: '2024-04-12' });
  });

  it('names bodies signing jointly together, and reads no signature from a table row', () => {
    for (const signature of ['<p>某市人民政府办公室</p><p>某市应急管理局</p>', '<p>某市人民政府办公室　　某市应急管理局</p>']) {
      expect(facts(page('', `${BODY}${signature}<p>2024年4月12日</p>`))).toMatchObject({ issuer: '某市人民政府办公室 某市应急管理局', written: '2024-04-12' });
    }
    // 市应急管理局 | 2024年6月30日 are a row's cells; the issuer is then the one the title names before 关于.
    const table = `${BODY}<table><tr><th>任务</th><th>责任单位</th><th>完成时间</th></tr><tr><td>排查整治重大事故隐患</td><td>市应急管理局</td><td>2024年6月30日</td></tr></table>`;
    expect(facts(page('', table))).toMatchObject({ issuer: '某市人民政府办公室', written: '', docNumber: '' });
  });

  it('takes the issuer a title names before 关于 only when nothing else names it, and never a forwarding title’s', () => {
    expect(facts(page('', BODY)).issuer).toBe('某市人民政府办公室');
    const forwarding = '某市人民政府办公室转发市应急管理局关于做好安全生产工作的通知';
    expect(facts(page('', BODY, forwarding).replace(`<h1>${TITLE}</h1>`, `<h1>${forwarding}</h1>`)).issuer).toBe('');
  });

  it('never gives the site name as the title, nor the title as the site name', () => {
    const own = facts(page('', SIGNED, TITLE));
    expect(own.title).toBe(TITLE);
    expect(own.site).toBe('www.example.gov.cn');
    expect(facts(page('', SIGNED)).site).toBe('某市人民政府');
  });
});

describe('an official site', () => {
  // The footer is read only when the host and the tags say nothing (issue 14): it must still be read then.
  const signals = (footer: string, url: string) => {
    const win = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    const doc = win.document as unknown as Document;
    doc.write(`<html><head><title>通知</title></head><body><div id="zoom"><p>为深入贯彻落实安全生产决策部署，有效防范化解重大安全风险，现就有关工作通知如下。</p></div>${footer}</body></html>`);
    const official = extractSignals(doc, findContentRoot(doc)).signals.officialSite;
    void win.happyDOM.close();
    return official;
  };

  it('is known by its host, or off the official suffixes by the 网站标识码 in its footer', () => {
    expect(signals('', 'http://www.example.gov.cn/a.html')).toBe(true);
    expect(signals('<div class="footer">主办单位：某市人民政府办公室 网站标识码：6101000035</div>', 'http://www.example.com/a.html')).toBe(true);
    expect(signals('<div class="footer">Copyright 某某科技有限公司</div>', 'http://www.example.com/a.html')).toBe(false);
  });
});
