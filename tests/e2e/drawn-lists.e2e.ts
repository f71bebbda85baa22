import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './browser-setup';
import { openAnalyzed } from '../tools/browser';
import { closedUi } from './closed-root';
import { focusedInPage } from './keyboard-helpers';

// Numbers only the browser draws: a UEditor notice whose steps under （二） are an <ol> (decimal, a lower-alpha list
// nested in it), with a breadcrumb, a contacts table, an attachment list and related links that are <ol>s too; and
// gov.uk guidance with numbered steps, a nested a. b. c. list, a one-item list that carries the steps on at 5, a
// contents list, bullets and footnotes. The reader sees the numbers, so the outline must show them, as drawn.
const env = useChromium();

/** For each drawn mark, in order: the number Chromium draws before its list item (the accessibility tree's ListMarker). */
async function drawnNumbers(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.getDocument', { depth: 0 });
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { nodeId: string; parentId?: string; role?: { value: string }; name?: { value: string }; backendDOMNodeId?: number }[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const markerOfItem = new Map<number, string>();
  for (const n of nodes) {
    if (n.role?.value !== 'ListMarker' || !n.parentId) continue;
    const item = byId.get(n.parentId)?.backendDOMNodeId;
    if (item !== undefined) markerOfItem.set(item, (n.name?.value ?? '').trim());
  }
  const count = await page.locator('[data-nl-drawn]').count();
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const { result } = (await session.send('Runtime.evaluate', { expression: `document.querySelectorAll('[data-nl-drawn]')[${i}].closest('li')` })) as { result: { objectId: string } };
    const { node } = (await session.send('DOM.describeNode', { objectId: result.objectId })) as { node: { backendNodeId: number } };
    out.push(markerOfItem.get(node.backendNodeId) ?? '(no marker)');
  }
  await session.detach();
  return out;
}

const marks = (page: Page) =>
  page.$$eval('[data-nl-directive]', (els) =>
    els.map((el) => `${el.getAttribute('data-nl-level')} ${el.getAttribute('data-nl-ordinal')}${el.hasAttribute('data-nl-drawn') ? ' drawn' : ''} ${el.textContent!.slice(0, 8)}`),
  );

describe('a UEditor notice with <ol> steps', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAnalyzed(env.browser.context, env.server.url('zjj.wuxi.gov.cn', 'pages/ueditor-ol-notice.html'));
  });
  afterAll(() => page.close());

  it('marks the steps with the numbers the browser draws, under the heading that holds them', async () => {
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('notice');
    // Written out by hand from the fixture.
    expect(await marks(page)).toEqual([
      '1 一、 一、工作目标', '1 二、 二、重点任务', '2 （一） （一）摸清底数。', '2 （二） （二）规范程序。',
      '3 1. drawn 开展居民意愿征询', '3 2. drawn 编制改造方案，方', '3 3. drawn 组织施工招标，严',
      '4 a. drawn 施工单位应当持证', '4 b. drawn 监理单位应当全程',
      '2 （三） （三）加强监管。', '1 三、 三、保障措施',
    ]);
    expect(await drawnNumbers(page)).toEqual(['1.', '2.', '3.', 'a.', 'b.']);
  });

  it('leaves the breadcrumb, the contacts table, the attachment list and the related links unmarked', async () => {
    expect(await page.locator('.crumb [data-nl-directive], table [data-nl-directive], .side [data-nl-directive]').count()).toBe(0);
    expect(await page.locator('li:has(a[href$="plan.xlsx"]) [data-nl-directive]').count()).toBe(0);
  });
});

describe('gov.uk guidance with numbered steps', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openAnalyzed(env.browser.context, env.server.url('www.gov.uk', 'pages/govuk-ol-guidance.html'));
  });
  afterAll(() => page.close());

  it('outlines the steps as drawn, 5. carrying the list on after a paragraph', async () => {
    expect(await marks(page)).toEqual([
      '1 1. drawn Check th', '1 2. drawn Get the ', '2 a. drawn a photo ', '2 b. drawn proof of', '2 c. drawn a plan o',
      '1 3. drawn Apply on', '1 4. drawn Pay the ', '1 5. drawn Display ',
    ]);
    expect(await drawnNumbers(page)).toEqual(['1.', '2.', 'a.', 'b.', 'c.', '3.', '4.', '5.']);
    expect(await page.locator('.gem-c-contents-list [data-nl-directive], .govuk-list--bullet [data-nl-directive], .footnotes [data-nl-directive]').count()).toBe(0);
  });

  it('shows the drawn numbers in the outline, and a click on a row brings the reader to the step', async () => {
    const ui = closedUi(page);
    await ui.waitFor('[data-nl-outline-item]');
    expect(await ui.count('[data-nl-outline-item]')).toBe(8);
    expect(await ui.text('[data-nl-outline-item="1"] .nl-ordinal')).toBe('2.');
    expect(await ui.attr('[data-nl-outline-item="1"]', 'aria-label')).toBe('2. Get the documents you need:');
    expect(await ui.attr('[data-nl-outline-item="4"]', 'aria-label')).toBe('c. a plan of the pitch, if you use a stall');
    await ui.click('[data-nl-outline-item="7"]');
    await expect.poll(() => focusedInPage(page)).toBe('directive:7');
    await expect.poll(() => page.locator('[data-nl-directive="7"]').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
  });
});
