import { describe, expect, it } from 'vitest';
import { findContentRoot } from '../../utils/dom/content-root';
import { DUPLICATE_ATTR } from '../../utils/dom/hide-range';
import { collapseDuplicate } from './helpers/run-steps';
import { analyzePage } from '../../utils/page/analyze';
import { parseHtml } from './helpers/load-page';

// A short notice: with a title and an info line around it, two copies make up
// less of the container's text than the pure detector's 85% — the case where
// the scope has to be chosen and trimmed with care.
const LINES = [
  '各区县人民政府，市级各部门：',
  '为做好春季安全生产工作，现就有关事项通知如下。',
  '一、压实责任。各单位要落实主体责任，确保不出问题。',
  '二、排查隐患。要全面排查重点领域风险隐患，对发现的问题建立台账，限期整改到位。',
  '三、强化值守。各单位要严格执行领导带班和24小时值班制度，遇有突发情况及时报告。',
  '特此通知。',
  '市安委会办公室',
  '2024年3月5日',
];
const ps = LINES.map((l) => `<p>${l}</p>`).join('\n');
const TITLE = `<h1>关于做好春季安全生产工作的通知</h1><div class="info"><span>发布时间：2024-03-05 10:00</span> <span>来源：市应急局</span> <span>浏览次数：120</span></div>`;
const INDEX_BOX = '<table class="xxgk"><tr><th>索引号</th><td>11610124MB2966453P/2024-00120</td><th>发布机构</th><td>某市应急管理局</td></tr><tr><th>文号</th><td>某安办发〔2024〕3号</td><th>成文日期</th><td>2024年03月05日</td></tr></table>';
const page = (main: string) => parseHtml(`<html><head><title>关于做好春季安全生产工作的通知_某市人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>${main}
<div class="footer"><p>主办单位：某市人民政府</p><p>网站标识码：6100000001</p></div></body></html>`);

/** The page's visible text with hidden duplicates left out, and how often each body line shows. */
function shown(doc: Document): Record<string, number> {
  const body = doc.body.cloneNode(true) as Element;
  for (const el of Array.from(body.querySelectorAll(`[${DUPLICATE_ATTR}]`))) el.remove();
  const text = (body.textContent ?? '').replace(/\s+/g, '');
  return Object.fromEntries(LINES.map((l) => [l, text.split(l).length - 1]));
}
const once = Object.fromEntries(LINES.map((l) => [l, 1]));

describe('collapsing a duplicated body: the scope', () => {
  const layouts: [string, string][] = [
    ['one container holding both copies', `<div class="main">${TITLE}<div class="c">${ps}${ps}</div></div>`],
    ['sibling containers inside an <article> with the title', `<article>${TITLE}<div class="c">${ps}</div><div class="c">${ps}</div><div class="tools">分享到：<a href="#">微信</a></div></article>`],
    ['cousin containers (each copy wrapped)', `<article>${TITLE}<div class="w"><div class="c">${ps}</div></div><div class="w"><div class="c">${ps}</div></div></article>`],
    ['copies three wrappers deep', `<div class="main">${TITLE}<div class="x"><div class="y"><div class="c">${ps}</div></div></div><div class="x"><div class="y"><div class="c">${ps}</div></div></div></div>`],
    ['a <br> body printed twice', `<div class="main">${TITLE}<div class="c">${[...LINES, ...LINES].join('<br>\n')}</div></div>`],
    ['each copy with its own title', `<div class="main"><div class="c">${TITLE}${ps}</div><div class="c">${TITLE}${ps}</div></div>`],
    ['a 信息公开 box above sibling copies', `<div class="detail">${INDEX_BOX}${TITLE}<div class="c">${ps}</div><div class="c">${ps}</div></div>`],
  ];
  it.each(layouts)('%s: every line shows once', (_name, main) => {
    const doc = page(main);
    const analysis = analyzePage(doc, undefined);
    expect(analysis.verdict.isNotice).toBe(true);
    expect(analysis.duplicate).not.toBeNull();
    expect(shown(doc)).toEqual(once);
    expect(analysis.directives.map((d) => d.ordinal)).toEqual(['一、', '二、', '三、']);
  });

  it('leaves the title area out when the copies alone would be too little of the scope', () => {
    // The box and title make the prefix longer than the detector allows: only the second try finds the copies.
    const doc = page(`<div class="detail">${INDEX_BOX}${INDEX_BOX}${TITLE}<div class="c">${ps}</div><div class="c">${ps}</div></div>`);
    const root = findContentRoot(doc)!.root;
    const { scope, duplicate } = collapseDuplicate(root);
    expect(duplicate).not.toBeNull();
    expect(scope.className).toBe('detail');
    expect(shown(doc)).toEqual(once);
  });

  it('stops walking up at a scope that holds much more than two copies', () => {
    // The same text again far away, past a long list of links, is not the body's second copy.
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}">关于开展第${i + 1}批重点项目集中开工活动的通知</a></li>`).join('');
    const doc = page(`<div class="main">${TITLE}<div class="c">${ps}</div></div><ul class="side">${links}</ul><div class="print">${ps}</div>`);
    const root = findContentRoot(doc)!.root;
    expect(root.className).toBe('c');
    const { scope, duplicate } = collapseDuplicate(root);
    expect(duplicate).toBeNull();
    expect(scope).toBe(root);
    expect(doc.querySelectorAll(`[${DUPLICATE_ATTR}]`).length).toBe(0);
  });

  it('hides nothing when the page itself hides the first copy (a print copy styled away)', () => {
    const doc = parseHtml(`<html><head><title>关于做好春季安全生产工作的通知_某市人民政府</title><style>.print-only{display:none}</style></head><body>
${TITLE}<div class="main"><div class="c print-only">${ps}</div><div class="c">${ps}</div></div><div class="footer">网站标识码：6100000001</div></body></html>`);
    const root = doc.querySelector('.main')!;
    const { duplicate } = collapseDuplicate(root);
    expect(duplicate).toBeNull();
    expect(doc.querySelectorAll(`[${DUPLICATE_ATTR}]`).length).toBe(0);
  });

  it('hides nothing on a notice printed once, or one that repeats a section legitimately', () => {
    const forwarded = `<div class="main">${TITLE}<div class="c">${ps}<p>附件：关于做好春季安全生产工作的实施细则</p>${LINES.slice(2, 5).map((l) => `<p>${l}</p>`).join('')}</div></div>`;
    for (const main of [`<div class="main">${TITLE}<div class="c">${ps}</div></div>`, forwarded]) {
      const doc = page(main);
      const analysis = analyzePage(doc, undefined);
      expect(analysis.verdict.isNotice).toBe(true);
      expect(analysis.duplicate).toBeNull();
      expect(doc.querySelectorAll(`[${DUPLICATE_ATTR}]`).length).toBe(0);
    }
  });
});
