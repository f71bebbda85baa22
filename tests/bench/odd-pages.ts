/**
 * The odd pages of tests/e2e/odd-pages.e2e.ts, for the bench's long-task rows
 * (section 6): the sample notice made huge, deep or ever-changing. Generated
 * from the sample notice, the same way on every run.
 */
export interface OddPage {
  file: string;
  label: string;
  html: string;
  /** What the bench does on the page once it is marked (scrolls, or lets a ticker tick). */
  act: 'none' | 'scroll' | 'wait';
  /**
   * The least change to the page that Notice Lens's work on it needs, made by the page's own script instead
   * (floorPage below): what that change costs the page whoever makes it, beside what Notice Lens's longest task
   * costs. Only on the pages whose longest task is the page's rendering of our change.
   */
  floor?: { what: string; change: string };
}

/** The User Timing mark the floor page sets right before its change, inside the frame that renders it. */
export const FLOOR_MARK = 'notice-lens-floor:change';

/**
 * The odd page with its floor change made by its own script: 1.5 s after load (the page laid out and idle), in an
 * animation frame, so the change is styled, laid out and painted in the same task, which the bench finds by the
 * mark. Visited with the empty content script.
 */
export function floorPage(page: OddPage): { file: string; html: string } | null {
  if (!page.floor) return null;
  const probe = `<script>addEventListener('load', () => setTimeout(() => requestAnimationFrame(() => {
    performance.mark('${FLOOR_MARK}');
    ${page.floor.change}
  }), 1500));</script>`;
  return { file: `floor-${page.file}`, html: withBody(page.html, probe) };
}

const LAST_SENTENCE = '确保“散乱污”企业整治工作顺利推进。';

/** The sample notice with `body` added at the end of <body>. */
function withBody(sample: string, body: string): string {
  return sample.replace('</body>', `${body}</body>`);
}

/** The sample notice without its printed second copy, `more` added at the end of its body (an appendix). */
function longNotice(sample: string, more: string): string {
  const firstCopyEnd = sample.indexOf(LAST_SENTENCE) + LAST_SENTENCE.length;
  return `${sample.slice(0, firstCopyEnd)}</p>\n${more}\n  </div>\n  ${sample.slice(sample.indexOf('<div class="share">'))}`;
}

// The floor changes, as the page's own script. Both find their place from the top of the page, so finding it costs
// next to nothing beside the change.
const SPAN_AROUND_FIRST_DIRECTIVE = `
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let text;
    while ((text = walker.nextNode()) && !text.data.includes('一要'));
    const span = document.createElement('span');
    text.before(span);
    span.append(text);`;
// The second copy begins inside the paragraph that ends the first (after its last sentence): that paragraph's rest
// and every element after it in the body's container.
const HIDE_SECOND_COPY = `
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let text;
    while ((text = walker.nextNode()) && !text.data.includes('${LAST_SENTENCE}'));
    const end = text.data.indexOf('${LAST_SENTENCE}') + ${LAST_SENTENCE.length};
    const rest = document.createElement('span');
    rest.append(text.splitText(end));
    text.after(rest);
    rest.style.display = 'none';
    for (let el = text.parentElement.nextElementSibling; el; el = el.nextElementSibling) el.style.display = 'none';`;

export function oddPages(sample: string): OddPage[] {
  const line = '本通知自印发之日起施行，各区县、各部门要结合实际认真贯彻落实，确保各项工作任务落到实处。';
  const paragraphs = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`<p>${line}</p>`));
  return [
    {
      file: 'odd-5mb.html',
      label: 'notice with 5 MB of text',
      act: 'none',
      html: longNotice(sample, `<p class="appendix">${line}</p>`.repeat(paragraphs)),
      // The least of a directive's mark: one element around one text node, in a block of 37,000 paragraphs.
      floor: { what: 'one <span> put around the first directive’s text', change: SPAN_AROUND_FIRST_DIRECTIVE },
    },
    {
      file: 'odd-200k-elements.html',
      label: 'notice beside 200,000 elements',
      act: 'none',
      html: withBody(sample, `<div class="stats">${'<span>·</span>'.repeat(200_000)}</div>`),
      // Hiding the second copy moves the 200,000 elements below it up, whatever hides it.
      floor: { what: 'the printed second copy hidden (display: none)', change: HIDE_SECOND_COPY },
    },
    {
      file: 'odd-deep.html',
      label: 'notice beside nesting 5,000 deep',
      act: 'none',
      // Built by the page's script (the HTML parser flattens deep nesting); hidden, as Chromium's layout
      // crashes the tab on a shown tree this deep, extension or not.
      html: withBody(sample, `<script>
        let inner = document.body.appendChild(document.createElement('div'));
        inner.hidden = true;
        for (let i = 0; i < 5000; i++) inner = inner.appendChild(document.createElement('div'));
        inner.append('最深处的文字');
      </script>`),
    },
    {
      file: 'odd-long-node.html',
      label: 'notice with one 200k-character text node',
      act: 'none',
      html: longNotice(sample, `<p id="long"></p><script>document.querySelector('#long').append(document.createTextNode('附件说明'.repeat(50000)));</script>`),
    },
    {
      file: 'odd-ticker.html',
      label: 'notice with a ticker changing text every 100 ms (4 s)',
      act: 'wait',
      html: withBody(sample, `<div class="ticker"></div><script>
        let changes = 0;
        const headline = '【要闻】'.repeat(80);
        setInterval(() => { document.querySelector('.ticker').textContent = changes++ % 2 ? '' : headline + changes; }, 100);
      </script>`),
    },
    {
      file: 'odd-scroll.html',
      label: 'notice with infinite scroll (20 batches of 20 paragraphs)',
      act: 'scroll',
      html: withBody(sample, `<div class="feed"></div><script>
        let batches = 0;
        addEventListener('scroll', () => {
          if (batches >= 20 || scrollY + innerHeight < document.documentElement.scrollHeight - 400) return;
          batches++;
          const feed = document.querySelector('.feed');
          for (let i = 0; i < 20; i++) feed.insertAdjacentHTML('beforeend', '<p>相关阅读：市工信委召开专题会议研究部署重点工作（第' + batches + '批）</p>');
        });
      </script>`),
    },
  ];
}
