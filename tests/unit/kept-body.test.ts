import { describe, expect, it } from 'vitest';
import { analyzeNotice, detectPage } from '../../utils/page/analyze';
import { parseHtml } from './helpers/load-page';

// Re-analysis after late content: an infinite-scroll feed below a notice grows until it
// outweighs the notice. The body found before, handed back, stays the body.
const BODY = [
  '各区县人民政府，市级各部门：',
  '为做好春季安全生产工作，确保全市安全生产形势持续稳定，现就有关事项通知如下。',
  '一、压实责任。各单位要落实安全生产主体责任，主要负责人要亲自部署、亲自检查。',
  '二、排查隐患。要全面排查重点领域风险隐患，对发现的问题建立台账，限期整改到位。',
  '三、强化值守。各单位要严格执行领导带班和24小时值班制度，遇有突发情况及时报告。',
  '特此通知。',
].map((s) => `<p>${s}</p>`).join('');
const FEED = Array.from({ length: 60 }, (_, i) => `<p>相关阅读：市应急局召开专题会议研究部署安全生产重点工作，要求各单位压实责任（第${i}条）</p>`).join('');
const html = `<html><head><title>关于做好春季安全生产工作的通知_某市人民政府</title>
<meta name="ArticleTitle" content="关于做好春季安全生产工作的通知"></head><body>
<div class="main"><h1>关于做好春季安全生产工作的通知</h1><div class="info">发布时间：2024-03-05 来源：市应急局</div>
<div class="article-content">${BODY}</div></div>
<div class="feed">${FEED}</div>
<div class="footer">网站标识码：6100000001</div></body></html>`;

describe('the notice body found before', () => {
  it('without it, the grown feed outweighs the notice', () => {
    const doc = parseHtml(html);
    expect(detectPage(doc, undefined).content!.root.className).toBe('feed');
  });

  it('handed back, stays the body, and its directives are found', () => {
    const doc = parseHtml(html);
    const body = doc.querySelector('.article-content')!;
    const detection = detectPage(doc, undefined, body);
    expect(detection.content!.root).toBe(body);
    expect(detection.verdict.isNotice).toBe(true);
    expect(analyzeNotice(doc, detection, undefined).directives.map((d) => d.ordinal)).toEqual(['一、', '二、', '三、']);
  });
});
