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

export function oddPages(sample: string): OddPage[] {
  const line = '本通知自印发之日起施行，各区县、各部门要结合实际认真贯彻落实，确保各项工作任务落到实处。';
  const paragraphs = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(`<p>${line}</p>`));
  return [
    { file: 'odd-5mb.html', label: 'notice with 5 MB of text', act: 'none', html: longNotice(sample, `<p class="appendix">${line}</p>`.repeat(paragraphs)) },
    { file: 'odd-200k-elements.html', label: 'notice beside 200,000 elements', act: 'none', html: withBody(sample, `<div class="stats">${'<span>·</span>'.repeat(200_000)}</div>`) },
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
