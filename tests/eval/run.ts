/**
 * npm run eval: loads the built extension into Chromium, opens every labelled
 * corpus page under its own host name, reads the page-markup contract and prints
 * detection, directive, hierarchy and duplicate figures with the failing pages.
 *   npm run eval [-- --only id1,id2] [--json file] [--md file | --no-md]
 * The table and the failing pages also go to docs/eval.md (or --md's file);
 * a run on a subset (--only) writes no Markdown unless --md is given.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../tools/browser';
import { FIXTURES, startFixtureServer } from '../tools/server';
import { evalMarkdown, evalTable } from './report';
import { scorePage, summarize, type Label, type Observed } from './score';

const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]!.split(',')) : null;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const mdOut = args.includes('--md') ? args[args.indexOf('--md') + 1] : only || args.includes('--no-md') ? undefined : 'docs/eval.md';
const corpus = join(FIXTURES, 'corpus');
const labels = (JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Label[]).filter((l) => !only || only.has(l.id));

const server = await startFixtureServer();
const browser = await launchWithExtension();
const scores = [];
try {
  for (const label of labels) {
    const page = await browser.context.newPage();
    await page.goto(server.url(label.host, `corpus/${label.file}`));
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
    await page.close();
    const text = label.text ? readFileSync(join(corpus, label.text), 'utf8') : null;
    scores.push(scorePage(label, seen, text));
  }
} finally {
  await browser.close();
  await server.close();
}

const s = summarize(scores);
const table = evalTable(s);
console.log(`\nNotice Lens eval — ${s.pages} pages\n`);
console.log(table.join('\n'));
if (mdOut) writeFileSync(mdOut, evalMarkdown(s, table));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), ...s, pages: scores }, null, 2));
