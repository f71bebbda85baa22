import { describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { openAnalyzed } from '../tools/browser';
import { highlights, selectText } from './helpers';
import { closedUi } from './closed-root';

// A reader changes a highlight's colour from the menu that opens on clicking it, with the mouse;
// the new colour is what the page shows, what the menu marks as chosen, and what a reload brings back.
const env = useChromium();

describe('recolouring a highlight', () => {
  it('changes the colour from the highlight menu, and keeps it after a reload', async () => {
    const page = await openAnalyzed(env.browser.context, env.server.url('gxj.xa.gov.cn', 'pages/sample-notice.html'));
    const ui = closedUi(page);
    await selectText(page, '必须切实扛起生态保护政治责任');
    await ui.click('[data-nl-action="highlight"][data-nl-color="yellow"]');
    await expect.poll(() => highlights(page)).toEqual([expect.objectContaining({ text: '必须切实扛起生态保护政治责任', color: 'yellow' })]);
    const [{ id }] = await highlights(page);

    await page.locator(`[data-nl-annotation="${id}"]`).first().click();
    await ui.waitFor('.nl-menu');
    expect(await ui.attr('.nl-menu [data-nl-action="recolor"][data-nl-color="yellow"]', 'aria-pressed')).toBe('true');
    await ui.click('.nl-menu [data-nl-action="recolor"][data-nl-color="blue"]');
    await expect.poll(() => highlights(page)).toEqual([{ id, text: '必须切实扛起生态保护政治责任', color: 'blue', hasNote: false }]);
    await expect.poll(() => ui.attr('.nl-menu [data-nl-action="recolor"][data-nl-color="blue"]', 'aria-pressed')).toBe('true');
    expect(await ui.attr('.nl-menu [data-nl-action="recolor"][data-nl-color="yellow"]', 'aria-pressed')).toBe('false');
    // The page paints it in the new colour, not the old one.
    const paint = () => page.locator(`[data-nl-annotation="${id}"]`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const blue = await paint();

    await page.reload();
    await page.waitForSelector('html[data-notice-lens="notice"]');
    expect(await highlights(page)).toEqual([{ id, text: '必须切实扛起生态保护政治责任', color: 'blue', hasNote: false }]);
    expect(await paint()).toBe(blue);
    await page.locator(`[data-nl-annotation="${id}"]`).first().click();
    await ui.click('.nl-menu [data-nl-action="recolor"][data-nl-color="pink"]');
    await expect.poll(() => highlights(page)).toEqual([{ id, text: '必须切实扛起生态保护政治责任', color: 'pink', hasNote: false }]);
    expect(await paint()).not.toBe(blue);
    await page.close();
  });
});
