import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import type { Page } from 'playwright-core';
import { openAnalyzed } from '../tools/browser';
import { blockText, parseText } from '../fixtures/corpus/templates/body';
import { CORPUS, readLabels } from '../eval/observe';
import { closedUi } from './closed-root';

// Every way the corpus prints a body twice, one page each, in the real browser: the second copy
// is hidden, nothing else is, and the banner's button shows it again. The yardstick is the same
// page on a host where Notice Lens does not run (what the reader would see without it), and the
// page's body text as labelled by hand (texts/<id>.txt).
const PAGES: Record<string, string> = {
  'mid-paragraph': 'xa-gxj-meeting',
  'sibling-containers': 'mee-sibling',
  'whitespace-variant': 'ndrc-switch',
  'br-body': 'sc-br-notice',
  'word-spans': 'js-opinion-word',
  'paragraph-runs': 'gov-air-plan',
};
const labels = readLabels();
const env = useChromium();

/** Text as compared here: white space dropped, full-width forms folded (the whitespace-variant copies differ only so). */
const fold = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const shownText = async (page: Page) => fold(await page.evaluate(() => document.body.innerText));

it('has a page here for every duplication kind the corpus labels', () => {
  const kinds = [...new Set(labels.map((l) => l.duplication))].filter((k) => k !== 'none').sort();
  expect(kinds.length).toBeGreaterThanOrEqual(6);
  expect(Object.keys(PAGES).sort()).toEqual(kinds);
});

describe.each(Object.entries(PAGES))('a body duplicated as %s (%s)', (kind, id) => {
  const label = labels.find((l) => l.id === id)!;
  it('hides the second copy and nothing else, and shows it again from the banner', async () => {
    expect(label.duplication).toBe(kind);
    const body = fold(parseText(readFileSync(join(CORPUS, label.text!), 'utf8')).map(blockText).join(''));
    expect(body.length).toBeGreaterThan(300);

    const plain = await env.browser.context.newPage();
    await plain.goto(env.server.url('news.example.com', `corpus/${label.file}`));
    expect(await plain.getAttribute('html', 'data-notice-lens')).toBeNull();
    const untouched = await shownText(plain);
    await plain.close();

    const page = await openAnalyzed(env.browser.context, env.server.url(label.host, `corpus/${label.file}`));
    expect(await page.getAttribute('html', 'data-notice-lens')).toBe('notice');
    const hidden = await shownText(page);
    // What disappeared is one stretch of the untouched page, and that stretch is one copy of the body.
    let head = 0;
    while (head < hidden.length && hidden[head] === untouched[head]) head++;
    let tail = 0;
    while (tail < hidden.length - head && hidden[hidden.length - 1 - tail] === untouched[untouched.length - 1 - tail]) tail++;
    expect(head + tail, 'everything left visible is the untouched page less one stretch').toBe(hidden.length);
    expect(untouched.slice(head, untouched.length - tail)).toBe(body);
    expect(hidden.split(body.slice(0, 40)).length - 1, 'the body is shown once').toBe(1);

    const ui = closedUi(page);
    await ui.click('[data-nl-action="toggle-duplicate"]');
    await expect.poll(() => shownText(page)).toBe(untouched);
    expect(await page.getAttribute('html', 'data-nl-show-duplicate')).toBe('');
    await ui.click('[data-nl-action="toggle-duplicate"]');
    await expect.poll(() => shownText(page)).toBe(hidden);
    await page.close();
  });
});
