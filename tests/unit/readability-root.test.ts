import { describe, expect, it } from 'vitest';
import { readabilityRoot } from '../../utils/dom/readability-root';
import { detectPage } from '../../utils/page/analyze';
import { confirmDetection } from '../../utils/page/confirm-detection';
import { analyzePageThoroughly } from '../../utils/page/thorough-analysis';
import { parseHtml } from './helpers/load-page';

const BODY = [
  '各区县人民政府，市级各部门：',
  '为做好春季安全生产工作，确保全市安全生产形势持续稳定，现就有关事项通知如下。',
  '一、压实责任。各单位要落实安全生产主体责任，主要负责人要亲自部署、亲自检查，确保不出问题。',
  '二、排查隐患。要全面排查重点领域风险隐患，对发现的问题建立台账，限期整改到位。',
  '三、强化值守。各单位要严格执行领导带班和24小时值班制度，遇有突发情况及时报告。',
  '特此通知。',
].map((s) => `<p>${s}</p>`).join('');
const COMMENTS = Array.from({ length: 8 }, (_, i) =>
  `<div class="comment-item"><p>网友${i}：这个通知很及时，希望各单位认真落实，把安全生产各项措施落到实处，切实保障人民群众生命财产安全。</p></div>`).join('');

/** A notice page whose readers' comments outweigh the notice: the cheap finder's weak spot. */
const html = `<html><head><title>关于做好春季安全生产工作的通知_某市人民政府</title>
<meta name="ArticleTitle" content="关于做好春季安全生产工作的通知"></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
<div class="main"><h1>关于做好春季安全生产工作的通知</h1><div class="info">发布时间：2024-03-05 来源：市应急局</div>
<div class="article-content">${BODY}</div></div>
<div class="comment-list"><h3>网友评论</h3>${COMMENTS}</div>
<div class="footer">网站标识码：6100000001</div></body></html>`;

describe('Readability as the second opinion', () => {
  it('is asked only when the cheap finder is unsure on a page with notice labels', () => {
    const doc = parseHtml(html);
    const cheap = detectPage(doc, undefined);
    expect(cheap.content!.root.className).toBe('comment-list');
    expect(cheap.unsure).toBe(true);
    const confirmed = confirmDetection(doc, cheap, readabilityRoot);
    expect(confirmed.content!.root.className).toBe('article-content');
    expect(confirmed.verdict.isNotice).toBe(true);
    expect(confirmed.unsure).toBe(false);
  });

  it('reads a clone: the page is left as it was', () => {
    const doc = parseHtml(html);
    const before = doc.body.innerHTML;
    expect(readabilityRoot(doc)?.className).toBe('article-content');
    expect(doc.body.innerHTML).toBe(before);
  });

  it('marks the directives of the body it found, none in the comments', () => {
    const doc = parseHtml(html);
    const analysis = analyzePageThoroughly(doc, undefined);
    expect(analysis.directives.map((d) => d.ordinal)).toEqual(['一、', '二、', '三、']);
    expect(analysis.scope!.className).toBe('article-content');
  });

  it('is not asked on pages without notice labels (the cheap path stays cheap)', () => {
    const list = Array.from({ length: 20 }, (_, i) => `<li><a href="/n/${i}">关于开展第${i + 1}批重点项目集中开工活动的通知</a><span>2024-03-${10 + i}</span></li>`).join('');
    const doc = parseHtml(`<html><head><title>通知公告_某市人民政府</title></head><body><h2>通知公告</h2><ul>${list}</ul><div class="footer">网站标识码：6100000001</div></body></html>`);
    const cheap = detectPage(doc, undefined);
    expect(cheap.verdict.isNotice).toBe(false);
    expect(cheap.unsure).toBe(false);
    expect(confirmDetection(doc, cheap, () => {
      throw new Error('Readability was asked');
    })).toBe(cheap);
  });

  it('finds nothing on an empty page', () => {
    expect(readabilityRoot(parseHtml('<html><body></body></html>'))).toBeNull();
  });
});
