import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentRootSteps, countVisible, findContentRoot, skippedElements } from '../../utils/dom/content-root';
import { isSkipped } from '../../utils/dom/text-index';
import { parseHtml } from './helpers/load-page';

const para = (s: string) => `<p>${s}</p>`;
const SENTENCES = [
  '为推动排污单位落实按证排污责任，提高排污许可证执行报告质量，决定组织开展检查工作。',
  '重点检查应提交而未提交执行报告、执行报告内容不完整或数据明显异常的排污单位。',
  '各省级生态环境部门要制定检查工作方案，于6月30日前完成检查工作，并及时报送结果。',
  '请各单位高度重视，精心组织，确保检查工作取得实效，发现问题及时督促整改到位。',
];
const page = (body: string) => parseHtml(`<html><head><title>t</title></head><body><div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div>${body}<div class="footer">网站标识码：6100000001</div></body></html>`);

describe('the body finder', () => {
  it('picks the container of the paragraphs', () => {
    const doc = page(`<div class="main"><h1>关于开展检查工作的通知</h1><div id="body">${SENTENCES.map(para).join('')}</div></div>`);
    const found = findContentRoot(doc)!;
    expect(found.root.id).toBe('body');
    expect(found.paragraphs).toBe(4);
    expect(found.unsure).toBe(false);
  });

  it("takes a 公示's container for the body when a table of long cells outweighs its paragraphs", () => {
    const cell = (i: number) => `1.废气：熔炼烟气经脱硝、急冷、活性炭喷射和布袋除尘处理后经35米高排气筒排放，第${i}号排放口设在线监测；2.废水：生产废水循环使用不外排，生活污水经化粪池处理后排入污水处理厂；3.固废：铝灰渣按危险废物管理，委托有资质单位处置。`;
    const rows = [1, 2, 3, 4].map((i) => `<tr><td>${i}</td><td>年产${i}万吨再生铝合金锭项目</td><td>${cell(i)}</td><td>建设单位按规定开展了网络公示和报纸公示，公示期间未收到公众反对意见。</td></tr>`).join('');
    const doc = page(`<div class="main"><h1>关于拟对建设项目环境影响评价文件作出审批意见的公示</h1><div id="body">${para('根据建设项目环境影响评价审批程序的有关规定，经审查，我局拟对以下建设项目作出审批意见，现予以公示。')}${para('一、拟作出审批意见的建设项目基本情况')}<table><tbody>${rows}</tbody></table>${para('二、公示期限：2025年6月17日至6月23日（5个工作日）。')}${para('三、公众可通过电话、传真、信函等方式提出意见和建议。')}<p style="text-align:right">许昌市生态环境局</p></div></div>`);
    expect(findContentRoot(doc)!.root.id).toBe('body');
  });

  it('keeps the cell of a layout table that holds the paragraphs', () => {
    const doc = page(`<table class="layout"><tbody><tr><td class="side"><a href="/1">通知公告</a><a href="/2">政策文件</a></td><td id="cell">${SENTENCES.map(para).join('')}</td></tr></tbody></table>`);
    expect(findContentRoot(doc)!.root.id).toBe('cell');
  });

  it('takes a <br>-separated body as one container of lines, not its parent', () => {
    const doc = page(`<article><h1>关于开展检查工作的通知</h1><div class="info">发布时间：2024-04-15</div><div id="zoom">${SENTENCES.join('<br>\n')}<br></div><div class="tools"><a href="#">打印</a></div></article>`);
    const found = findContentRoot(doc)!;
    expect(found.root.id).toBe('zoom');
    expect(found.paragraphs).toBeGreaterThanOrEqual(4);
  });

  it('does not count index numbers, dates and codes as prose', () => {
    const rows = Array.from({ length: 15 }, (_, i) =>
      `<tr><td>${i + 1}</td><td>11610124MB2966453P/2024-00${100 + i}</td><td><a href="/x/${i}.html">关于做好第${i + 1}批项目申报工作的通知</a></td><td>2024-12-${10 + (i % 18)}</td></tr>`).join('');
    const doc = page(`<p class="intro">本栏目发布本级政府依法主动公开的通知公告，欢迎查阅。</p><table class="list"><tbody>${rows}</tbody></table>`);
    const found = findContentRoot(doc);
    // The list is all links once its codes are discounted: it is not a prose body.
    expect(found!.root.tagName).not.toMatch(/^(TABLE|TBODY)$/);
    expect(found!.text).toBeLessThan(80);
    expect(found!.datedItems).toBe(15);
  });

  it('counts small items holding a link and a date, and those inside the root', () => {
    const items = Array.from({ length: 6 }, (_, i) => `<li><a href="/n/${i}">关于开展第${i + 1}次全市安全生产大检查的通知</a><span>2024-03-0${i + 1}</span></li>`).join('');
    const doc = page(`<div id="body">${SENTENCES.map(para).join('')}</div><ul class="side">${items}</ul>`);
    const found = findContentRoot(doc)!;
    expect(found.root.id).toBe('body');
    expect(found.datedItems).toBe(6);
    expect(found.datedItemsInRoot).toBe(0);
  });

  it('counts the dated rows of a column list, whose root holds too little prose for a notice (read on first use)', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}">关于开展第${i + 1}次全市安全生产大检查的通知</a><span>2024-03-${10 + (i % 18)}</span></li>`).join('');
    const doc = page(`<div class="top"><h1>某市工业和信息化局门户网站</h1></div><div class="list"><ul>${rows}</ul></div>`);
    const found = findContentRoot(doc)!;
    expect(found.text).toBeLessThan(30);
    expect(found.datedItems).toBe(30);
    expect(found.datedItemsInRoot).toBe(0);
    // The same rows beside a notice: the notice is still the body, the rows still counted.
    const notice = findContentRoot(page(`<div id="body">${SENTENCES.map(para).join('')}</div><ul class="side">${rows}</ul>`))!;
    expect(notice.root.id).toBe('body');
    expect(notice.paragraphs).toBe(4);
    expect([notice.datedItems, notice.datedItemsInRoot]).toEqual([30, 0]);
  });

  it('leaves out scripts and hidden elements, nested ones too, and keeps an element whose style hides nothing', () => {
    // Hidden, a copy with more paragraphs than the body would win.
    const hidden = `<div id="hidden" style="display: none"><div hidden><p>${SENTENCES[0]}</p></div>${SENTENCES.map(para).join('')}<script>var s = "${SENTENCES[1]}";</script></div>`;
    const body = `<div id="body" style="color: #333">${SENTENCES.slice(0, 2).map(para).join('')}<script>var t = "${SENTENCES[2]}";</script><p style="visibility:hidden">${SENTENCES[3]}</p></div>`;
    const found = findContentRoot(page(`${hidden}${body}`))!;
    expect(found.root.id).toBe('body');
    expect(found.text).toBe(SENTENCES[0]!.length + SENTENCES[1]!.length);
    expect(found.paragraphs).toBe(2);
  });

  it('finds by one query exactly the elements isSkipped leaves out, whatever the case of their style, on real pages', () => {
    const shouting = page(`<div style="DISPLAY:NONE"><p>${SENTENCES[0]}</p></div><span style="Visibility : Hidden">x</span><span style="text-decoration:none">y</span><p style="color:red">z</p>`);
    expect(skippedElements(shouting.body).map((el) => el.localName)).toEqual(['div', 'span']);
    const corpus = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus/pages');
    let pages = 0;
    let skipped = 0;
    for (const file of readdirSync(corpus).filter((f) => f.endsWith('.html')).slice(0, 120)) {
      const doc = parseHtml(readFileSync(join(corpus, file), 'utf8'));
      const expected = Array.from(doc.body.querySelectorAll('*')).filter(isSkipped);
      expect(skippedElements(doc.body), file).toEqual(expected);
      pages++;
      skipped += expected.length;
    }
    expect(pages).toBe(120);
    expect(skipped).toBeGreaterThan(200);
  });

  it('still leaves out hidden elements when the page changes while the walk is paused, and ends if its place is removed', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `<li><a href="/n/${i}">第${i + 1}条</a></li>`).join('');
    const decoy = `<div id="decoy" style="display:none">${[...SENTENCES, ...SENTENCES].map(para).join('')}</div>`;
    const doc = page(`<ul>${rows}</ul><div id="gone" hidden>已删除</div>${decoy}<div id="body">${SENTENCES.map(para).join('')}</div>`);
    const finish = (steps: ReturnType<typeof contentRootSteps>) => {
      for (;;) {
        const r = steps.next();
        if (r.done) return r.value;
      }
    };
    const steps = contentRootSteps(doc);
    // Paused inside the list (the walk yields every thousand nodes or so), before the hidden elements.
    expect(steps.next().done).toBe(false);
    doc.getElementById('gone')!.remove();
    expect(finish(steps)!.root.id).toBe('body');
    // The list the walk stands in taken out: the walk ends where it is, without an error.
    const again = contentRootSteps(doc);
    expect(again.next().done).toBe(false);
    doc.querySelector('ul')!.remove();
    expect(() => finish(again)).not.toThrow();
  });

  it('is unsure when another block elsewhere scores nearly as high', () => {
    const comments = [...SENTENCES, ...SENTENCES].map((s) => `<div class="comment-item">${para(`网友：${s}`)}</div>`).join('');
    const doc = page(`<div class="main"><div id="body">${SENTENCES.map(para).join('')}</div></div><div class="comment-list">${comments}</div>`);
    expect(findContentRoot(doc)!.unsure).toBe(true);
  });

  it('is sure when the rival is a second copy of the body beside it', () => {
    const copy = `<div class="c">${SENTENCES.map(para).join('')}</div>`;
    const doc = page(`<article><h1>关于开展检查工作的通知</h1>${copy}${copy}</article>`);
    expect(findContentRoot(doc)!.unsure).toBe(false);
  });

  it('never takes the footer for the body, however short the body (a 令 of one sentence)', () => {
    const footer = (tag: string) => `<${tag}><p>主办单位：国务院办公厅 运行维护单位：中国政府网运行中心</p><p>网站标识码bm01000001 京ICP备05070218号 京公网安备11010202000001号</p></${tag.split(' ')[0]}>`;
    const ling = '<div class="main"><div id="ling"><h1>中华人民共和国国务院令</h1><p>第777号</p><p>《社会保险经办条例》已经2023年12月1日国务院第19次常务会议通过，现予公布，自2024年3月1日起施行。</p></div></div>';
    for (const tag of ['footer', 'div class="footer"', 'div id="copyright"']) {
      const found = findContentRoot(page(`${ling}${footer(tag)}`))!;
      expect(found.root.id, tag).toBe('ling');
    }
    // Without the footer's markup the footer's lines outscore the one sentence: the rule is what keeps it out.
    expect(findContentRoot(page(`${ling}${footer('div class="site-info"')}`))!.root.id).not.toBe('ling');
  });

  it('measures an element chosen by another finder', () => {
    const doc = page(`<div id="a">${SENTENCES.slice(0, 2).map(para).join('')}</div><div id="b">${SENTENCES.slice(2).map(para).join('')}</div>`);
    const chosen = doc.getElementById('b')!;
    const found = findContentRoot(doc, chosen)!;
    expect(found.root).toBe(chosen);
    expect(found.paragraphs).toBe(2);
    expect(found.unsure).toBe(false);
  });
});

describe('countVisible', () => {
  it('counts what a reader sees: no white space of any kind, no zero-width characters', () => {
    expect(countVisible('')).toBe(0);
    expect(countVisible(' \t\n\u3000\u00a0一要\u200b抓好\ufeff落实, ok\u2003')).toBe(9);
  });
});

describe('the elements the walk leaves out, found by one query or asked of each element', () => {
  const drain = (steps: Generator<void, ReturnType<typeof findContentRoot>, void>) => {
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  };
  const summary = (doc: Document, lookup: 'query' | 'each') => {
    const found = drain(contentRootSteps(doc, undefined, lookup));
    return found && { root: found.root, text: found.text, linkDensity: found.linkDensity, paragraphs: found.paragraphs, unsure: found.unsure, datedItems: found.datedItems };
  };

  it('leave out the same scripts, styles and hidden elements, so the same body is found', () => {
    const hiddenProse = SENTENCES.join('').repeat(3);
    const doc = page(
      `<script>var t = '${hiddenProse}';</script><style>.x{}</style>` +
        `<div id="old" style="display: none">${para(hiddenProse)}</div><div hidden>${para(hiddenProse)}</div>` +
        `<div id="body" style="color: #333">${SENTENCES.map(para).join('')}<span style="visibility:hidden">${hiddenProse}</span></div>`,
    );
    for (const lookup of ['query', 'each'] as const) {
      const found = drain(contentRootSteps(doc, undefined, lookup))!;
      expect(found.root.id).toBe('body');
      // The four sentences only (white space aside): the hidden copies and the script count for nothing.
      expect(found.text).toBe(SENTENCES.join('').length);
    }
  });

  it('agree on every saved page of the corpus', () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus/pages');
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(150);
    let compared = 0;
    for (const f of files) {
      const doc = parseHtml(readFileSync(join(dir, f), 'utf8'));
      expect(summary(doc, 'each'), f).toEqual(summary(doc, 'query'));
      compared++;
    }
    expect(compared).toBe(files.length);
  });
});
