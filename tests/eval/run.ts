/**
 * npm run eval: loads the built extension into Chromium, opens every labelled
 * corpus page under its own host name, reads the page-markup contract and prints
 * detection, directive, hierarchy and duplicate figures with the failing pages.
 *   npm run eval [-- --only id1,id2] [--json file]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../tools/browser';
import { FIXTURES, startFixtureServer } from '../tools/server';
import { scorePage, summarize, type Label, type Observed } from './score';

const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]!.split(',')) : null;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
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
const pct = (x: number) => x.toFixed(3);
console.log(`\nNotice Lens eval — ${s.pages} pages\n`);
console.log('| measure | value |\n| --- | --- |');
console.log(`| detection precision | ${pct(s.detection.precision)} (${s.detection.tp} TP, ${s.detection.fp} FP) |`);
console.log(`| detection recall | ${pct(s.detection.recall)} (${s.detection.fn} FN) |`);
console.log(`| directive precision | ${pct(s.directives.precision)} (${s.directives.matched}/${s.directives.found}) |`);
console.log(`| directive recall | ${pct(s.directives.recall)} (${s.directives.matched}/${s.directives.labelled}) |`);
console.log(`| directive F1 | ${pct(s.directives.f1)} |`);
console.log(`| hierarchy accuracy | ${pct(s.hierarchy)} (${s.directives.levelOk}/${s.directives.matched}) |`);
console.log(`| duplicated bodies collapsed | ${s.duplicates.collapsed}/${s.duplicates.pages} |`);
console.log(`| paragraphs lost or wrongly hidden | ${s.paragraphsLostOrHidden} |`);
if (s.failing.length) {
  console.log('\nFailing pages:');
  for (const f of s.failing) console.log(`- ${f.id}: ${f.problems.join('; ')}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ date: new Date().toISOString(), ...s, pages: scores }, null, 2));
