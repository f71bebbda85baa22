import { describe, expect, it } from 'vitest';
import { collapseDuplicate } from './helpers/run-steps';
import { parseHtml } from './helpers/load-page';

const PARAS = [
  '各区县人民政府，市政府各工作部门：',
  '为进一步做好全市安全生产工作，现就有关事项通知如下。',
  '一、压实安全生产责任。各单位要严格落实安全生产责任制，主要负责人是第一责任人。',
  '二、深入开展隐患排查。对重点行业领域开展拉网式排查，建立台账，限期整改。',
  '三、加强应急值守。严格执行领导带班和二十四小时值班制度，确保信息畅通。',
];

describe('collapsing a duplicate found in the body container inside a wider page area', () => {
  it('hides the copy together with the empty spacer paragraphs that end the container', () => {
    const body = PARAS.map((p) => `<p>${p}</p>`).join('');
    const doc = parseHtml(`<html><body><div class="main"><h1>关于做好安全生产工作的通知</h1><div class="info">发布时间：2024-03-01 来源：市应急局</div>
      <div id="zoom">${body}${body}<p><br></p><p><br></p></div><div class="share">【打印本页】【关闭窗口】</div></div></body></html>`);
    const zoom = doc.getElementById('zoom')!;
    const { duplicate } = collapseDuplicate(zoom);
    expect(duplicate).not.toBeNull();
    const spacers = Array.from(zoom.querySelectorAll('p')).slice(-2);
    expect(spacers.every((p) => p.closest('[data-nl-duplicate]'))).toBe(true);
    const visible = Array.from(zoom.querySelectorAll('p')).filter((p) => !p.closest('[data-nl-duplicate]')).map((p) => p.textContent);
    expect(visible).toEqual(PARAS);
  });
});
