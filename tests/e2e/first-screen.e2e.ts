import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useChromium } from './browser-setup';

// Issue 14: a notice of 50,000 characters or more has its directives found by the background service worker;
// meanwhile the page marks its first screen from that part's text alone, so the reader does not wait for the
// whole text's parse to see any mark. Seen from the page itself: a page script notes, when the first mark appears,
// how many there are and whether the whole text's answer (`notice-lens:directives`, measured when it arrives) is
// in yet.
const env = useChromium();
const SAMPLE = readFileSync(new URL('../fixtures/pages/sample-notice.html', import.meta.url), 'utf8');
const LAST_SENTENCE = '确保“散乱污”企业整治工作顺利推进。';
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const TOPICS = ['总体要求', '产业升级', '创新驱动', '数字转型', '绿色发展', '开放合作', '人才支撑', '要素保障', '营商环境', '安全生产', '组织实施', '督查考核'];
const PARTS = 12;
const SECTIONS = 10;
const ITEMS = 8;
/** The annex's directives: its parts 一、, their sections （一）, their measures 1. */
const ANNEX_DIRECTIVES = PARTS * (1 + SECTIONS * (1 + ITEMS));

/**
 * The sample notice printed once, with an annex after its body, a task list of 60,000 characters as long plans
 * carry: twelve parts, each of ten sections of eight numbered measures.
 */
function longNotice(): string {
  const firstCopyEnd = SAMPLE.indexOf(LAST_SENTENCE) + LAST_SENTENCE.length;
  const annex: string[] = ['<p>附件：重点任务清单</p>'];
  for (let p = 0; p < PARTS; p++) {
    annex.push(`<p>${CN[p]}、${TOPICS[p]}</p>`);
    for (let s = 0; s < SECTIONS; s++) {
      annex.push(`<p>（${CN[s]}）推进${TOPICS[p]}第${s + 1}方面重点工作。</p>`);
      for (let i = 1; i <= ITEMS; i++) {
        annex.push(`<p>${i}.${TOPICS[p]}第${s + 1}方面第${i}项措施：各区县、各部门要结合实际认真贯彻落实，明确责任分工，细化工作措施，确保按期完成并取得实效。</p>`);
      }
    }
  }
  return `${SAMPLE.slice(0, firstCopyEnd)}</p>\n${annex.join('\n')}\n  </div>\n  ${SAMPLE.slice(SAMPLE.indexOf('<div class="share">'))}`;
}

/** Runs in the page before its own scripts. */
function watchFirstMark() {
  const w = window as unknown as { __firstMark?: Record<string, unknown> };
  new MutationObserver((_, observer) => {
    const marks = document.querySelectorAll('[data-nl-directive]');
    if (!marks.length) return;
    observer.disconnect();
    w.__firstMark = {
      count: marks.length,
      ordinals: Array.from(marks, (m) => m.getAttribute('data-nl-ordinal')),
      wholeTextAnswered: performance.getEntriesByName('notice-lens:directives').length > 0,
      firstScreenMeasured: performance.getEntriesByName('notice-lens:first-marks').length > 0,
    };
  }).observe(document, { childList: true, subtree: true });
}

describe("a long notice's first screen, Chromium", () => {
  it('marks the first screen before the background has answered, then every directive', async () => {
    env.server.override('pages/long/annex.html', longNotice());
    const page = await env.browser.context.newPage();
    await page.addInitScript(watchFirstMark);
    await page.goto(env.server.url('gxj.xa.gov.cn', 'pages/long/annex.html'));
    await page.waitForSelector('html[data-notice-lens="notice"]', { timeout: 30_000 });
    const visit = await page.evaluate(() => ({
      first: (window as unknown as { __firstMark?: { count: number; ordinals: string[]; wholeTextAnswered: boolean; firstScreenMeasured: boolean } }).__firstMark,
      ordinals: Array.from(document.querySelectorAll('[data-nl-directive]'), (m) => m.getAttribute('data-nl-ordinal')),
      markers: document.querySelectorAll('[data-nl-marker]').length,
      text: document.getElementById('zoom')!.textContent!.replace(/\s/g, '').length,
    }));
    expect(visit.text).toBeGreaterThan(50_000);
    // Then: every directive of the notice and its annex, each with one marker.
    expect(visit.ordinals.length).toBe(6 + ANNEX_DIRECTIVES);
    expect(visit.ordinals.slice(0, 9)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是', '一、', '（一）', '1.']);
    expect(visit.ordinals.slice(-3)).toEqual(['6.', '7.', '8.']);
    expect(visit.markers).toBe(6 + ANNEX_DIRECTIVES);
    // When the first mark appeared: the first screen's, in one go, before the whole text's answer came.
    expect(visit.first).toMatchObject({ wholeTextAnswered: false, firstScreenMeasured: true });
    // The annex's 一、 is not among them: read alone, the first screen holds no 二、 after it. The whole text's
    // answer adds it (above).
    expect(visit.first!.ordinals.slice(0, 9)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是', '（一）', '1.', '2.']);
    expect(visit.first!.count).toBeGreaterThan(20);
    expect(visit.first!.count).toBeLessThan(200);
    await page.close();
  });
});
