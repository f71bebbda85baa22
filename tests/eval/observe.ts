/**
 * What the extension left in one corpus page, read through the public page-markup
 * contract: shared by `npm run eval` (tests/eval/run.ts) and the corpus gate in
 * `npm test` (tests/e2e/corpus.e2e.ts), so both judge the same thing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { FIXTURES } from '../tools/server';
import { scorePage, type Label, type Observed, type PageScore } from './score';

export const CORPUS = join(FIXTURES, 'corpus');

export function readLabels(): Label[] {
  return JSON.parse(readFileSync(join(CORPUS, 'labels.json'), 'utf8')) as Label[];
}

/** Opens the page under its own host name, waits for the analysis, reads the contract and scores it. */
export async function observePage(context: BrowserContext, url: (host: string, path: string) => string, label: Label): Promise<PageScore> {
  const page = await context.newPage();
  try {
    await page.goto(url(label.host, `corpus/${label.file}`));
    // Pages on hosts the extension does not run on never get the attribute.
    await page.waitForSelector('html[data-notice-lens]', { timeout: 4000 }).catch(() => {});
    const seen: Observed = await page.evaluate(() => ({
      state: document.documentElement.getAttribute('data-notice-lens'),
      directives: Array.from(document.querySelectorAll('[data-nl-directive]')).map((el) => ({
        ordinal: el.getAttribute('data-nl-ordinal') ?? '',
        level: Number(el.getAttribute('data-nl-level')),
        text: [el, ...document.querySelectorAll(`[data-nl-directive-part="${el.getAttribute('data-nl-directive')}"]`)].map((e) => e.textContent).join(''),
      })),
      visible: document.body.innerText,
      raw: document.body.textContent ?? '',
    }));
    const text = label.text ? readFileSync(join(CORPUS, label.text), 'utf8') : null;
    return scorePage(label, seen, text);
  } finally {
    await page.close();
  }
}
