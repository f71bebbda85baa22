import { describe, expect, it } from 'vitest';
import { watchLateContent } from '../../utils/page/late-content';
import { resetPage } from '../../utils/page/reset';
import { analyzePage } from '../../utils/page/analyze';
import { loadFixture } from './helpers/load-page';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('late content', () => {
  it('calls back once when a script fills in the body, not for small changes', async () => {
    document.body.innerHTML = '<div id="app">加载中…</div>';
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 20, minChange: 100 });
    document.getElementById('app')!.textContent = '加载完成';
    await wait(60);
    expect(calls).toBe(0);
    document.getElementById('app')!.textContent = '正文'.repeat(200);
    await wait(60);
    expect(calls).toBe(1);
    stop();
  });

  it('is not woken by wrapping that keeps the text', async () => {
    document.body.innerHTML = `<p>${'通知正文。'.repeat(100)}</p>`;
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 20, minChange: 10 });
    const text = document.querySelector('p')!.firstChild as Text;
    const tail = text.splitText(20);
    const span = document.createElement('span');
    span.setAttribute('data-nl-annotation', 'x');
    tail.before(span);
    span.appendChild(tail);
    await wait(60);
    expect(calls).toBe(0);
    stop();
  });

  it('gives up after its bound', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    let calls = 0;
    const stop = watchLateContent(document, () => calls++, { quietMs: 5, minChange: 1, maxRuns: 2 });
    for (let i = 0; i < 5; i++) {
      document.getElementById('app')!.textContent += '新内容'.repeat(10);
      await wait(25);
    }
    expect(calls).toBe(2);
    stop();
  });
});

describe('resetPage', () => {
  it('takes back every mark of an analysis, leaving the original text in place', () => {
    const doc = loadFixture('pages/sample-notice.html');
    const before = doc.body.textContent;
    const analysis = analyzePage(doc);
    expect(analysis.directives).toHaveLength(6);
    resetPage(doc);
    expect(doc.querySelectorAll('[data-nl-directive],[data-nl-duplicate],[data-nl-marker]')).toHaveLength(0);
    expect(doc.body.textContent).toBe(before);
    expect(doc.documentElement.hasAttribute('data-notice-lens')).toBe(false);
    // And the page can be analysed again with the same result.
    expect(analyzePage(doc).directives.map((d) => d.ordinal)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
  });
});
