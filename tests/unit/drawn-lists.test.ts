/**
 * Numbers only the browser draws (an <ol>'s items) are outlined as the reader sees them, on whole pages (happy-dom;
 * the same pages in Chromium: tests/e2e/drawn-lists.e2e.ts). Lists that draw no number, or that are links, notes,
 * navigation, a data table's or an attachment list, give nothing.
 */
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SETTINGS = { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true };
const PAGES = join(__dirname, '../fixtures/pages');

function analyze(url: string, html: string) {
  const window = new Window({ url, settings: SETTINGS });
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const analysis = analyzePage(doc);
  return { doc, analysis, outline: analysis.directives.map((d) => `${d.level} ${d.ordinal} ${d.lead}`) };
}

describe('a UEditor notice with <ol> steps under its written headings', () => {
  const { doc, analysis, outline } = analyze('https://zjj.wuxi.gov.cn/doc/2024/05/10/4291.shtml', readFileSync(join(PAGES, 'ueditor-ol-notice.html'), 'utf8'));

  it('outlines the drawn items among the written ones, nested lists one level deeper', () => {
    expect(analysis.verdict.isNotice).toBe(true);
    expect(outline).toEqual([
      '1 一、 一、工作目标',
      '1 二、 二、重点任务',
      '2 （一） （一）摸清底数。',
      '2 （二） （二）规范程序。',
      '3 1. 开展居民意愿征询，征询结果在小区内公示不少于5个工作日。',
      '3 2. 编制改造方案，方案须经居民议事会讨论通过后报区住房城乡建设部门备案。',
      '3 3. 组织施工招标，严格落实质量安全责任。',
      '4 a. 施工单位应当持证上岗；',
      '4 b. 监理单位应当全程旁站，关键工序留存影像资料。',
      '2 （三） （三）加强监管。',
      '1 三、 三、保障措施',
    ]);
  });

  it('marks a drawn item without a marker of its own, flagged data-nl-drawn', () => {
    const first = doc.querySelector('[data-nl-drawn]')!;
    expect(first.getAttribute('data-nl-ordinal')).toBe('1.');
    expect(first.textContent).toBe('开展居民意愿征询，征询结果在小区内公示不少于5个工作日。');
    expect(first.querySelector('[data-nl-marker]')).toBeNull();
    expect(doc.querySelectorAll('[data-nl-drawn]')).toHaveLength(5);
    // The written headings keep theirs.
    expect(doc.querySelector('[data-nl-ordinal="（二）"] [data-nl-marker]')?.textContent).toBe('（二）');
  });

  it('leaves the breadcrumb, the related links, the attachment list and the table of contacts alone', () => {
    const lists = Array.from(doc.querySelectorAll('ol'));
    // A page with six lists, of which two are steps.
    expect(lists).toHaveLength(6);
    const withMarks = lists.filter((ol) => ol.querySelector(':scope > li [data-nl-drawn]'));
    expect(withMarks.map((ol) => ol.querySelector('li')!.textContent!.slice(0, 6))).toEqual(['开展居民意愿', '施工单位应当']);
  });
});

describe('gov.uk guidance', () => {
  const { outline, doc } = analyze('https://www.gov.uk/guidance/apply-for-a-street-trading-licence', readFileSync(join(PAGES, 'govuk-ol-guidance.html'), 'utf8'));

  it('outlines the numbered steps, starting where the list says, and not the contents, bullets or footnotes', () => {
    expect(outline).toEqual([
      '1 1. Check that the street is a licence street.',
      '1 2. Get the documents you need:',
      '2 a. a photo of you taken in the last month',
      '2 b. proof of your right to work in the UK',
      '2 c. a plan of the pitch, if you use a stall',
      '1 3. Apply online.',
      '1 4. Pay the fee when the council asks you to.',
      '1 5. Display your licence on your stall.',
    ]);
    expect(doc.querySelectorAll('.govuk-list--bullet [data-nl-directive]')).toHaveLength(0);
  });
});

describe('lists that draw no number', () => {
  const page = (lists: string) => `<!doctype html><html><head><title>Notice of public hearing | City of Springfield</title>
<style>ol.plain{list-style:none;padding:0} .steps li{display:block}</style></head><body>
<header><a href="/">City of Springfield</a></header>
<main><article><h1>Notice of public hearing on the 2025 budget</h1>
<p>Published: March 3, 2025 | Department: City Clerk</p>
<p>NOTICE IS HEREBY GIVEN that the City Council will hold a public hearing on the proposed budget on March 18, 2025, at 6:00 p.m. in the Council Chambers, 800 E. Monroe Street.</p>
${lists}
<p>Written comments may be sent to the City Clerk before the hearing. Copies of the proposed budget are available at the Clerk's office and on the City's website.</p>
<p>Dated this 3rd day of March, 2025.</p><p>Jane Doe, City Clerk</p>
</article></main><footer>© City of Springfield</footer></body></html>`;
  const ITEMS = '<li>Residents may speak for up to three minutes.</li><li>Speakers must sign in before the meeting begins.</li>';

  it('a list styled with list-style none, whose text carries its own numbers, is read as written', () => {
    const { outline } = analyze('https://www.springfield.il.gov/notices/budget-hearing', page(`<ol class="plain"><li>1. Residents may speak for up to three minutes.</li><li>2. Speakers must sign in before the meeting begins.</li></ol>`));
    expect(outline).toEqual(['1 1. 1. Residents may speak for up to three minutes.', '1 2. 2. Speakers must sign in before the meeting begins.']);
  });

  it('items that are not list items draw no number; the same list drawn is outlined', () => {
    expect(analyze('https://www.springfield.il.gov/notices/budget-hearing', page(`<ol class="steps">${ITEMS}</ol>`)).outline).toEqual([]);
    expect(analyze('https://www.springfield.il.gov/notices/budget-hearing', page(`<ol>${ITEMS}</ol>`)).outline).toEqual([
      '1 1. Residents may speak for up to three minutes.',
      '1 2. Speakers must sign in before the meeting begins.',
    ]);
  });

  it('a list the page hides is not outlined', () => {
    expect(analyze('https://www.springfield.il.gov/notices/budget-hearing', page(`<ol style="display:none">${ITEMS}</ol>`)).outline).toEqual([]);
  });

  it('nests a list written right after an item, inside the outer list, under that item; a hidden item is not counted', () => {
    const { analysis } = analyze('https://www.springfield.il.gov/notices/budget-hearing', page(
      `<ol><li>Residents may speak.</li><ol type="a"><li>Each speaker has three minutes.</li><li>Groups have ten minutes.</li></ol><li hidden>Withdrawn item.</li><li>Speakers must sign in.</li></ol>`,
    ));
    expect(analysis.directives.map((d) => `${d.level} ${d.ordinal}`)).toEqual(['1 1.', '2 a.', '2 b.', '1 2.']);
  });

  it('counts as HTML does: start, value and reversed', () => {
    const counted = (ol: string) => analyze('https://www.springfield.il.gov/notices/budget-hearing', page(ol)).analysis.directives.map((d) => d.ordinal);
    expect(counted(`<ol type="i" start="3">${ITEMS}<li>Signs are not allowed.</li></ol>`)).toEqual(['iii.', 'iv.', 'v.']);
    expect(counted(`<ol><li value="4">Residents may speak.</li><li>Speakers must sign in.</li></ol>`)).toEqual(['4.', '5.']);
    expect(counted(`<ol reversed>${ITEMS}<li>Signs are not allowed.</li></ol>`)).toEqual(['3.', '2.', '1.']);
  });
});
