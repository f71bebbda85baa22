/**
 * Writes tests/fixtures/pages/sample-notice.html from the seed text exactly as the
 * real page shows it: one <p> per non-empty line (leading tab kept), one empty
 * paragraph per empty line, and the duplication untouched (the second copy starts
 * inside the last paragraph, right after 「…顺利推进。」).
 * The seed is kept beside the page as sample-notice.seed.txt (a copy of
 * shared/seed/000_cc35e6d18870d5bf.txt). Run: npx tsx tests/tools/make-sample-page.ts [seed-path]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from './html';

const seedPath = process.argv[2] ?? fileURLToPath(new URL('../fixtures/pages/sample-notice.seed.txt', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');
const body = seed
  .split('\n')
  .map((line) => (line.trim() === '' ? '<p><br></p>' : `<p>${escapeHtml(line)}</p>`))
  .join('\n');
const template = readFileSync(new URL('../fixtures/pages/sample-notice.template.html', import.meta.url), 'utf8');
writeFileSync(new URL('../fixtures/pages/sample-notice.html', import.meta.url), template.replace('<!--BODY-->', body));
