import { describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';

// Odd and hostile pages on government hosts: huge, deep, ever-changing, encoded in GBK or
// Big5, written by document.write, served as XHTML, or scripted against us. None may hang
// or break the page, nothing of ours may throw into it, and a notice is still marked.
const env = useChromium();
const HOST = 'gxj.xa.gov.cn';
const SAMPLE = readFileSync(new URL('../fixtures/pages/sample-notice.html', import.meta.url), 'utf8');
const ORDINALS = ['一要', '二要', '三要', '四要', '五是', '六是'];
const FIRST_LEAD = '一要坚决打好秦岭保卫战。';
const LAST_SENTENCE = '确保“散乱污”企业整治工作顺利推进。';
/** Every page counts in its own world, so a hung page shows as a counter that stopped. */
const ALIVE = '<script>window.__ticks = 0; setInterval(() => window.__ticks++, 50);</script>';

/** The sample notice with `head` added at the end of <head> and `body` at the end of <body>. */
function notice({ head = '', body = '' }: { head?: string; body?: string }): string {
  return SAMPLE.replace('</head>', `${ALIVE}${head}</head>`).replace('</body>', `${body}</body>`);
}
/**
 * The sample notice without its printed second copy (it starts right after the first copy's
 * last sentence), `more` added at the end of its body: an appendix that is part of the notice.
 */
function longNotice(more: string): string {
  const html = notice({});
  const firstCopyEnd = html.indexOf(LAST_SENTENCE) + LAST_SENTENCE.length;
  return `${html.slice(0, firstCopyEnd)}</p>\n${more}\n  </div>\n  ${html.slice(html.indexOf('<div class="share">'))}`;
}

interface Opened {
  page: Page;
  /** Uncaught errors in the page (ours would show here). */
  errors: string[];
  /** Console warnings and errors that name Notice Lens (the content script's console reaches the page's). */
  ours: string[];
}

let served = 0;
/** Serves `html` on a government host, opens it, and waits until Notice Lens marked it a notice. */
async function open(html: string | Buffer, type?: string): Promise<Opened> {
  const path = `pages/odd/page-${++served}.html`;
  env.server.override(path, html, type);
  const page = await env.browser.context.newPage();
  const errors: string[] = [];
  const ours: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && /Notice Lens/i.test(m.text()) && ours.push(m.text()));
  await page.goto(env.server.url(HOST, path), { timeout: 30_000 });
  await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 30_000 });
  return { page, errors, ours };
}

/** The page's own timer still runs: its counter moves on. */
async function expectAlive(target: Page | Frame): Promise<void> {
  const before = await target.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  await target.waitForFunction((n) => (window as unknown as { __ticks: number }).__ticks > n + 3, before, { timeout: 5_000 });
}

const ordinals = (target: Page | Frame) => target.$$eval('[data-nl-directive]', (els) => els.map((e) => e.getAttribute('data-nl-ordinal')));
const firstLead = (target: Page | Frame) =>
  target.evaluate(() => {
    const el = document.querySelector('[data-nl-directive]')!;
    return [el, ...document.querySelectorAll(`[data-nl-directive-part="${el.getAttribute('data-nl-directive')}"]`)].map((e) => e.textContent).join('');
  });
/** How many analyses have run in this document (the public `notice-lens:total` timing). */
const analyses = (target: Page | Frame) => target.evaluate(() => performance.getEntriesByName('notice-lens:total').length);

async function expectMarkedNotice(o: Opened): Promise<void> {
  expect(await o.page.getAttribute('html', 'data-notice-lens')).toBe('notice');
  expect(await ordinals(o.page)).toEqual(ORDINALS);
  expect(await firstLead(o.page)).toBe(FIRST_LEAD);
  await expectAlive(o.page);
  expect(o.errors).toEqual([]);
  expect(o.ours).toEqual([]);
}


describe('huge pages', () => {
  it('a notice with 5 MB of text is marked, its text all there', async () => {
    const line = '本通知自印发之日起施行，各区县、各部门要结合实际认真贯彻落实，确保各项工作任务落到实处。';
    const paragraphs = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`<p>${line}</p>`));
    const o = await open(longNotice(`<p class="appendix">${line}</p>`.repeat(paragraphs)));
    expect(Buffer.byteLength(await o.page.content())).toBeGreaterThan(5 * 1024 * 1024);
    await expectMarkedNotice(o);
    expect(await o.page.evaluate(() => [...document.querySelectorAll('.appendix')].map((p) => p.textContent!.length))).toEqual(new Array(paragraphs).fill(44));
    await o.page.close();
  });

  it('a notice beside 200,000 elements is marked', async () => {
    const o = await open(notice({ body: `<div class="stats">${'<span>·</span>'.repeat(200_000)}</div>` }));
    await expectMarkedNotice(o);
    expect(await o.page.evaluate(() => document.querySelectorAll('.stats span').length)).toBe(200_000);
    await o.page.close();
  });

  it('a notice beside nesting 5,000 elements deep is marked', async () => {
    // The HTML parser flattens deep nesting, so the page's script builds it. Hidden: Chromium's
    // own layout crashes the tab on a shown tree this deep, extension or not.
    const deepen = `<script>
      let inner = document.body.appendChild(document.createElement('div'));
      inner.hidden = true;
      for (let i = 0; i < 5000; i++) inner = inner.appendChild(document.createElement('div'));
      inner.append('最深处的文字');
      window.__depth = 0;
      for (let n = inner; n !== document.body; n = n.parentElement) window.__depth++;
    </script>`;
    const o = await open(notice({ body: deepen }));
    expect(await o.page.evaluate(() => (window as unknown as { __depth: number }).__depth)).toBe(5001);
    await expectMarkedNotice(o);
    await o.page.close();
  });

  it('a notice with one text node of 200,000 characters is marked, the node intact', async () => {
    // The HTML parser splits text at 65,536 characters, so the page's script makes the node.
    const make = `<p id="long"></p><script>
      document.querySelector('#long').append(document.createTextNode('附件说明'.repeat(50000)));
    </script>`;
    const o = await open(longNotice(make));
    await expectMarkedNotice(o);
    expect(await o.page.evaluate(() => [document.querySelector('#long')!.childNodes.length, document.querySelector('#long')!.textContent!.length])).toEqual([1, 200_000]);
    await o.page.close();
  });
});

describe('pages that keep changing', () => {
  it('a ticker changing text every 100 ms for 10 s: the notice stays marked, re-analyses stay few', async () => {
    // A headline scroller that shows and hides a long headline: each change is hundreds of characters.
    const ticker = `<div class="ticker"></div><script>
      window.__changes = 0;
      const headline = '【要闻】'.repeat(80);
      setInterval(() => {
        const t = document.querySelector('.ticker');
        t.textContent = window.__changes++ % 2 ? '' : headline + window.__changes;
      }, 100);
    </script>`;
    const o = await open(notice({ body: ticker }));
    await o.page.waitForTimeout(10_000);
    expect(await o.page.evaluate(() => (window as unknown as { __changes: number }).__changes)).toBeGreaterThan(80);
    expect(await analyses(o.page)).toBeGreaterThanOrEqual(1);
    expect(await analyses(o.page)).toBeLessThanOrEqual(6);
    await expectMarkedNotice(o);
    await o.page.close();
  });

  it('infinite scroll appending paragraphs: the notice stays marked, re-analyses stay few', async () => {
    const feed = `<div class="feed"></div><script>
      window.__batches = 0;
      addEventListener('scroll', () => {
        if (window.__batches >= 40 || scrollY + innerHeight < document.documentElement.scrollHeight - 400) return;
        window.__batches++;
        const feed = document.querySelector('.feed');
        for (let i = 0; i < 20; i++) feed.insertAdjacentHTML('beforeend', '<p>相关阅读：市工信委召开专题会议研究部署重点工作（第' + window.__batches + '批）</p>');
      });
    </script>`;
    const o = await open(notice({ body: feed }));
    await o.page.mouse.move(640, 450);
    for (let i = 0; i < 40; i++) {
      await o.page.mouse.wheel(0, 3000);
      await o.page.waitForTimeout(60);
    }
    const batches = await o.page.evaluate(() => (window as unknown as { __batches: number }).__batches);
    expect(batches).toBeGreaterThan(5);
    expect(await o.page.locator('.feed p').count()).toBe(batches * 20);
    await o.page.waitForTimeout(1_000);
    // The feed was seen as new content (analysed again), a bounded number of times.
    expect(await analyses(o.page)).toBeGreaterThanOrEqual(2);
    expect(await analyses(o.page)).toBeLessThanOrEqual(6);
    await expectMarkedNotice(o);
    await o.page.close();
  });

  it('a page that keeps unwrapping our marks neither loops nor hangs', async () => {
    const unwrap = `<script>
      window.__unwrapped = 0;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-nl-directive]')) { el.replaceWith(...el.childNodes); window.__unwrapped++; }
      }).observe(document.documentElement, { childList: true, subtree: true });
    </script>`;
    const o = await open(notice({ head: unwrap }));
    await o.page.waitForTimeout(2_000);
    await expectAlive(o.page);
    const unwrapped = await o.page.evaluate(() => (window as unknown as { __unwrapped: number }).__unwrapped);
    expect(unwrapped).toBeGreaterThanOrEqual(6);
    // Bounded: a few analyses, each marking six directives at most, not a fight without end.
    expect(unwrapped).toBeLessThanOrEqual(6 * 6);
    expect(await analyses(o.page)).toBeLessThanOrEqual(6);
    expect(await o.page.getAttribute('html', 'data-notice-lens')).toBe('notice');
    expect((await o.page.locator('#zoom').innerText()).includes(FIRST_LEAD)).toBe(true);
    expect(o.errors).toEqual([]);
    await o.page.close();
  });
});

describe('page scripts that replace built-ins in the page world', () => {
  it('replaced Node.prototype, attachShadow, Array.prototype.map, JSON and MutationObserver do not reach us', async () => {
    const sabotage = `<script>
      // Wrappers a page might install to watch or patch the DOM (the calls still work), and outright breakage.
      const count = (f) => function (...a) { window.__calls = (window.__calls || 0) + 1; return f.apply(this, a); };
      for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'contains', 'normalize', 'cloneNode'])
        Node.prototype[name] = count(Node.prototype[name]);
      Element.prototype.attachShadow = function () { throw new Error('no shadow roots here'); };
      const map = Array.prototype.map;
      Array.prototype.map = function (...a) { window.__calls++; return map.apply(this, a); };
      window.JSON = { parse() { throw new Error('no JSON'); }, stringify() { throw new Error('no JSON'); } };
      window.MutationObserver = function () { return { observe() {}, disconnect() {}, takeRecords() { return []; } }; };
    </script>`;
    const o = await open(notice({ head: sabotage }));
    // The page's world really is sabotaged...
    expect(await o.page.evaluate(() => {
      let shadow = 'attached';
      try {
        document.createElement('div').attachShadow({ mode: 'open' });
      } catch {
        shadow = 'threw';
      }
      return [shadow, Object.keys(JSON).length === 2, new MutationObserver(() => {}).takeRecords().length];
    })).toEqual(['threw', true, 0]);
    // ...and the notice is marked all the same, with its panel.
    await expectMarkedNotice(o);
    expect(await o.page.locator('notice-lens-ui').count()).toBe(1);
    await o.page.close();
  });
});

describe('odd documents', () => {
  it('a <base href> to another host changes nothing', async () => {
    const o = await open(notice({ head: '<base href="http://www.example.com/other/">' }));
    await expectMarkedNotice(o);
    expect(await o.page.evaluate(() => document.baseURI)).toBe('http://www.example.com/other/');
    expect(await o.page.locator('notice-lens-ui').count()).toBe(1);
    await o.page.close();
  });

  it('a notice in same-host iframes three deep is marked in its frame', async () => {
    const frame = (src: string) => `<!doctype html><html><head><meta charset="utf-8"><title>西安市工业和信息化局</title>${ALIVE}</head>
      <body style="margin:0"><iframe src="${src}" style="width:1200px;height:2400px;border:0"></iframe></body></html>`;
    env.server.override('pages/odd/deep-3.html', notice({}));
    env.server.override('pages/odd/deep-2.html', frame('/pages/odd/deep-3.html'));
    env.server.override('pages/odd/deep-1.html', frame('/pages/odd/deep-2.html'));
    const page = await env.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(env.server.url(HOST, 'pages/odd/deep-1.html'));
    await expect.poll(() => page.frames().length, { timeout: 10_000 }).toBe(3);
    const inner = page.frames().find((f) => f.url().endsWith('deep-3.html'))!;
    await inner.waitForSelector('html[data-notice-lens="notice"]', { timeout: 15_000 });
    expect(await ordinals(inner)).toEqual(ORDINALS);
    expect(await firstLead(inner)).toBe(FIRST_LEAD);
    for (const f of page.frames()) await expectAlive(f);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a notice the page writes with document.write is marked', async () => {
    const start = SAMPLE.indexOf('<div class="main">');
    const end = SAMPLE.indexOf('</body>');
    const written = `${SAMPLE.slice(0, start)}<script>document.write(decodeURIComponent(${JSON.stringify(encodeURIComponent(SAMPLE.slice(start, end)))}));</script>${ALIVE}</body></html>`;
    const o = await open(written);
    await expectMarkedNotice(o);
    await o.page.close();
  });

  it('a notice served as application/xhtml+xml is marked', async () => {
    const zoom = SAMPLE.slice(SAMPLE.indexOf('<div id="zoom"'), SAMPLE.indexOf('<div class="share">'))
      .replace(/<br>/g, '<br/>')
      .replace(/&nbsp;/g, '&#160;');
    const xhtml = `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN"><head><meta charset="utf-8"/>
<title>市工信委召开全体干部大会 安排部署下阶段重点工作_工作动态_西安市工业和信息化局</title>
<meta name="SiteName" content="西安市工业和信息化局"/><meta name="ColumnName" content="工作动态"/>
<meta name="ArticleTitle" content="市工信委召开全体干部大会 安排部署下阶段重点工作"/><meta name="PubDate" content="2018-09-05 16:21"/>
${ALIVE.replace('<script>', '<script><![CDATA[').replace('</script>', ']]></script>')}</head><body>
<div class="main"><h2 class="article-title">市工信委召开全体干部大会 安排部署下阶段重点工作</h2>
<div class="article-info"><span>发布时间：2018-09-05 16:21</span><span>来源：市工信委</span></div>
${zoom}</div></body></html>`;
    const o = await open(xhtml, 'application/xhtml+xml; charset=utf-8');
    expect(await o.page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    await expectMarkedNotice(o);
    await o.page.close();
  });
});

describe('pages in legacy Chinese encodings', () => {
  /**
   * Encodes text in a legacy encoding with a table read off Node's own decoder (every
   * two-byte sequence); a character the encoding lacks becomes a numeric reference, as
   * such sites write them.
   */
  function encode(text: string, encoding: 'gbk' | 'big5'): Buffer {
    const decoder = new TextDecoder(encoding);
    const table = new Map<string, number[]>();
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        const ch = decoder.decode(Uint8Array.of(hi, lo));
        if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
      }
    const bytes: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) bytes.push(code);
      else if (table.has(ch)) bytes.push(...table.get(ch)!);
      else for (const c of `&#${code};`) bytes.push(c.charCodeAt(0));
    }
    return Buffer.from(bytes);
  }

  for (const encoding of ['gbk', 'big5'] as const) {
    it(`a notice encoded in ${encoding.toUpperCase()} is marked, its Chinese read right`, async () => {
      const html = notice({}).replace('<meta charset="utf-8">', `<meta charset="${encoding}">`);
      const bytes = encode(html, encoding);
      // The bytes really are the legacy encoding: the first directive's marker is there as such.
      expect(bytes.includes(encode('一要', encoding))).toBe(true);
      expect(bytes.includes(Buffer.from('一要'))).toBe(false);
      const o = await open(bytes, `text/html; charset=${encoding}`);
      expect(await o.page.evaluate(() => document.characterSet.toLowerCase())).toBe(encoding);
      await expectMarkedNotice(o);
      await o.page.close();
    });
  }
});
