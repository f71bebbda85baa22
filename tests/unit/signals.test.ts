import { describe, expect, it } from 'vitest';
import { tailText } from '../../utils/dom/signals';
import { parseHtml } from './helpers/load-page';

describe('tailText', () => {
  it('ends like textContent, across nested elements, comments and scripts', () => {
    const doc = parseHtml(`<html><body><div>正文很长${'。'.repeat(50)}</div><div class="foot"><p>网站标识码：6101000001</p><!-- 注释 --><span>陕ICP备<b>05001</b>号</span><script>var a = 1;</script></div></body></html>`);
    const body = doc.body;
    for (const max of [1, 10, 30, 80, 10_000]) expect(tailText(body, max)).toBe(body.textContent!.slice(-max));
  });
});
