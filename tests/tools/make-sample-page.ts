/**
 * Writes the pages made from the seed text, exactly as the real page shows it:
 *
 * - tests/fixtures/pages/sample-notice.html: sample-notice.template.html with one <p> per non-empty
 *   line (leading tab kept), one empty paragraph per empty line, and the duplication untouched (the
 *   second copy starts inside the last paragraph, right after 「…顺利推进。」).
 * - tests/fixtures/pages/ready-template-notice.html: the same page as a CMS that renders its article
 *   from an inline template in a jQuery 3-style ready handler, with a counter image that delays `load`
 *   (late-content and Firefox e2e: the script must read the page once it is filled, not before).
 *
 * The seed is kept beside the pages as sample-notice.seed.txt (a copy of
 * shared/seed/000_cc35e6d18870d5bf.txt). Run: npx tsx tests/tools/make-sample-page.ts [seed-path]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeHtml } from './html';

const PAGES = new URL('../fixtures/pages/', import.meta.url);

/** The article's title, byline and body: what the ready handler renders from the template. */
const ARTICLE = /( {2}<h2 class="article-title">[\s\S]*?<div id="zoom" class="article-content">\n[\s\S]*?\n {2}<\/div>\n)/;

const READY_HANDLER = `<script>
  // The CMS renders its article from the inline template in a jQuery 3-style ready handler: DOMContentLoaded
  // sets a timer, and the timer fills the page (jQuery 3 runs $(fn) handlers that way).
  document.addEventListener('DOMContentLoaded', function () {
    setTimeout(function () {
      var app = document.getElementById('app');
      app.innerHTML = document.getElementById('article-tpl').textContent;
      app.className = '';
    }, 0);
  });
</script>
</head>`;

/** The sample page with its article moved into an inline template that a ready handler renders. */
function asReadyTemplatePage(sample: string): string {
  if (!ARTICLE.test(sample) || !sample.includes('</head>')) throw new Error('the sample page no longer has the expected article block');
  if (/<\/script/i.test(sample.match(ARTICLE)![1]!)) throw new Error('the article cannot sit in a script template');
  return sample
    .replace('</head>', READY_HANDLER)
    .replace(
      ARTICLE,
      (article) =>
        '  <div id="app" class="loading">正在加载…</div>\n' +
        '  <img class="counter" src="/stat/counter.gif?site=gxj" width="1" height="1" alt="">\n' +
        `  <script type="text/html" id="article-tpl">\n${article}  </script>\n`,
    );
}

function main(): void {
  const seedPath = process.argv[2] ?? fileURLToPath(new URL('sample-notice.seed.txt', PAGES));
  const seed = readFileSync(seedPath, 'utf8');
  const body = seed
    .split('\n')
    .map((line) => (line.trim() === '' ? '<p><br></p>' : `<p>${escapeHtml(line)}</p>`))
    .join('\n');
  const template = readFileSync(new URL('sample-notice.template.html', PAGES), 'utf8');
  const sample = template.replace('<!--BODY-->', body);
  writeFileSync(new URL('sample-notice.html', PAGES), sample);
  writeFileSync(new URL('ready-template-notice.html', PAGES), asReadyTemplatePage(sample));
}

main();
