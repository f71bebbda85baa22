import { describe, expect, it } from 'vitest';
import { readabilityRoot } from '../../utils/dom/readability-root';
import { detectPage } from '../../utils/page/analyze';
import { confirmDetection } from '../../utils/page/confirm-detection';
import { blockLines, sentenceProse } from '../../utils/dom/block-lines';
import { analyzePageThoroughly } from '../../utils/page/thorough-analysis';
import { parseHtml } from './helpers/load-page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../fixtures/corpus/build';

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

  it("does not take a page of labels for a body: an interview's preview (time, guests, a two-line 简介)", () => {
    // A corpus page (dev split): 在线访谈 预告, its body two sentences under the time and the guests' names and posts.
    const page = readFileSync(join(CORPUS_DIR, 'pages/neg-nmg-interview-preview.html'), 'utf8');
    const doc = parseHtml(page);
    const cheap = detectPage(doc, undefined);
    expect([cheap.verdict.isNotice, cheap.unsure]).toEqual([false, true]);
    const confirmed = confirmDetection(doc, cheap, readabilityRoot);
    expect(confirmed.content!.text).toBeGreaterThanOrEqual(150);
    expect(confirmed.verdict.isNotice).toBe(false);
    expect(confirmed.verdict.reasons.at(-1)).toMatch(/characters of sentences: labels, not a body$/);
    // The same page with the interview's text under its labels is a notice (a transcript reads as a report).
    const withText = parseHtml(page.replace('<div class="ft-intro">', `<div class="ft-intro">${BODY}`));
    expect(confirmDetection(withText, detectPage(withText, undefined), readabilityRoot).verdict.isNotice).toBe(true);
  });

  it('reads a line per block and per <br>, leaving hidden parts out', () => {
    const doc = parseHtml('<html><body><div id="x">访谈时间：7月3日<br>刘建军<p>局长</p><div><span>本期访谈</span>介绍改革进展。</div><p hidden>隐藏</p><script>var a;</script></div></body></html>');
    expect(blockLines(doc.getElementById('x')!)).toEqual(['访谈时间：7月3日', '刘建军', '局长', '本期访谈介绍改革进展。']);
  });

  it('counts the lines that hold a sentence, in Chinese and in English', () => {
    expect(sentenceProse('访谈时间：2025年7月3日\n刘建军\n局长\n本期访谈邀请有关负责同志介绍改革进展。')).toBe(19);
    expect(sentenceProse('Guests\nJane Doe, Director\nThe interview covers the permit reform.')).toBe(34);
  });

  it('finds nothing on an empty page', () => {
    expect(readabilityRoot(parseHtml('<html><body></body></html>'))).toBeNull();
  });
});
