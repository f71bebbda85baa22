import { afterEach, describe, expect, it } from 'vitest';
import { readabilityRoot } from '../../utils/dom/readability-root';
import { detectPage } from '../../utils/page/analyze';
import { withSecondOpinion } from '../../utils/app/second-opinion';
import { confirmDetection } from '../../utils/page/confirm-detection';
import { loadFixture, parseHtml } from './helpers/load-page';

// The app asks Readability only on an unsure detection, its bundle (second-opinion.js) loaded then: here the
// bundle's entry point is put where the bundle puts it, or left out to stand for a bundle that fails to load.
type Scope = { __noticeLensReadabilityRoot?: (doc: Document) => Element | null };
afterEach(() => delete (globalThis as Scope).__noticeLensReadabilityRoot);

/** A notice whose readers' comments outweigh it: the cheap finder picks the comments and is unsure. */
const body = ['各区县人民政府，市级各部门：', '为做好春季安全生产工作，确保全市安全生产形势持续稳定，现就有关事项通知如下。',
  '一、压实责任。各单位要落实安全生产主体责任，主要负责人要亲自部署、亲自检查，确保不出问题。',
  '二、排查隐患。要全面排查重点领域风险隐患，对发现的问题建立台账，限期整改到位。', '特此通知。'].map((s) => `<p>${s}</p>`).join('');
const comments = Array.from({ length: 8 }, (_, i) =>
  `<div class="comment-item"><p>网友${i}：这个通知很及时，希望各单位认真落实，把安全生产各项措施落到实处，切实保障人民群众生命财产安全。</p></div>`).join('');
const unsurePage = () => parseHtml(`<html><head><title>关于做好春季安全生产工作的通知_某市人民政府</title>
<meta name="ArticleTitle" content="关于做好春季安全生产工作的通知"></head><body>
<div class="main"><h1>关于做好春季安全生产工作的通知</h1><div class="info">发布时间：2024-03-05 来源：市应急局</div>
<div class="article-content">${body}</div></div><div class="comment-list"><h3>网友评论</h3>${comments}</div></body></html>`);

describe('Readability loaded only for an unsure detection', () => {
  it('is what the e2e page needs: there the cheap finder picks the comments, unsure', () => {
    const cheap = detectPage(loadFixture('pages/comments-outweigh.html'), undefined);
    expect(cheap.content!.root.className).toBe('comment-list');
    expect(cheap.unsure).toBe(true);
    expect(cheap.verdict.isNotice).toBe(false);
  });

  it('takes the body Readability finds when the detection is unsure', async () => {
    let asked = 0;
    (globalThis as Scope).__noticeLensReadabilityRoot = (doc) => (asked++, readabilityRoot(doc));
    const doc = unsurePage();
    const cheap = detectPage(doc, undefined);
    expect(cheap.unsure).toBe(true);
    const confirmed = await withSecondOpinion(doc, cheap, confirmDetection);
    expect(asked).toBe(1);
    expect(confirmed.content!.root.className).toBe('article-content');
    expect(confirmed.unsure).toBe(false);
  });

  it('never asks it on a sure notice', async () => {
    let asked = 0;
    (globalThis as Scope).__noticeLensReadabilityRoot = (doc) => (asked++, readabilityRoot(doc));
    const sure = detectPage(loadFixture('pages/sample-notice.html'), undefined);
    expect(sure.unsure).toBe(false);
    expect(await withSecondOpinion(loadFixture('pages/sample-notice.html'), sure, confirmDetection)).toBe(sure);
    expect(asked).toBe(0);
  });

  it('keeps the cheap verdict when the bundle cannot be loaded', async () => {
    const doc = unsurePage();
    const cheap = detectPage(doc, undefined);
    const kept = await withSecondOpinion(doc, cheap, confirmDetection);
    expect(kept.content!.root).toBe(cheap.content!.root);
    expect(kept.verdict).toBe(cheap.verdict);
    expect(kept.unsure).toBe(false);
  });
});
