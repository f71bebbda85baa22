import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prng, sentencePool } from '../bench/pages';
import { foldForCompare } from '../../utils/text/fold';
import { mayRecurAsWhole } from '../../utils/text/recurrence';
import { FIXTURES } from './helpers/load-page';

// The test run before the duplicate search: it may say yes to a page without a
// duplicate (the search then says no), never no to a page with one.

const PARAS = [
  '各县（区）农业农村局，各有关单位：',
  '为切实做好今年春耕备耕工作，确保粮食播种面积稳定，现将有关事项通知如下。',
  '一要抓好农资储备供应。各地要摸清种子、化肥、农药需求，组织企业加快调运。',
  '二要加强技术指导服务。组织农技人员深入田间地头，开展面对面技术培训。',
  '三要做好防灾减灾准备。密切关注天气变化，及时发布预警信息，落实应对措施。',
];
const short = PARAS.join('\n');

const texts = readdirSync(join(FIXTURES, 'corpus/texts')).map((f) => readFileSync(join(FIXTURES, 'corpus/texts', f), 'utf8'));
const pool = sentencePool(texts);

/** A long body that repeats sentences (as long reports and generated pages do) at scattered distances, never as a whole. */
function repetitiveBody(chars: number, seed: number): string {
  const rand = prng(seed);
  let out = '';
  while (out.length < chars) out += `${pool[Math.floor(rand() * Math.min(pool.length, 60))]}${rand() < 0.3 ? '\n' : ''}`;
  return out;
}

/** Every check runs on the normalized text, as collapse-duplicate.ts calls it. */
function recurs(text: string, body: string, at = text.indexOf(body)): boolean {
  const from = foldForCompare(text.slice(0, at)).length;
  return mayRecurAsWhole(foldForCompare(text), from, from + foldForCompare(body).length);
}

describe('mayRecurAsWhole', () => {
  it('says no for a short body printed once, so the searches are skipped', () => {
    const text = `关于做好安全生产工作的通知\n发布时间：2024-03-01\n${short}\n【打印本页】`;
    expect(recurs(text, short)).toBe(false);
  });

  it('says yes for a short body printed twice, white space and width changed in the copy', () => {
    const copy = short.replace(/，/g, ', ').replace(/。/g, '.\u00a0');
    expect(recurs(`标题\n${short}${copy}`, short)).toBe(true);
  });

  it('says yes when the copy sits outside the body container (sibling containers)', () => {
    expect(recurs(`${short}\n${short}`, short, 0)).toBe(true);
  });

  it('says no for long bodies that repeat sentences all over but are printed once', () => {
    expect(pool.length).toBeGreaterThan(100);
    for (const [chars, seed] of [[5_000, 1], [20_000, 2], [60_000, 3]] as const) {
      const body = repetitiveBody(chars, seed);
      expect(recurs(`标题\n${body}\n【关闭窗口】`, body)).toBe(false);
    }
  });

  it('says yes for a long repetitive body printed twice, three or four times, whichever copy the container holds', () => {
    const body = repetitiveBody(20_000, 4);
    expect(recurs(`标题\n${body}${body}`, `${body}${body}`)).toBe(true);
    expect(recurs(`标题\n${body}${body}${body}`, `${body}${body}${body}`)).toBe(true);
    expect(recurs(`${body}\n${body}\n${body}\n${body}`, body, 0)).toBe(true);
    expect(recurs(`${body}\n${body}`, body, body.length + 1)).toBe(true);
  });

  it('says yes when the second copy starts mid-paragraph and differs in a few places', () => {
    const body = repetitiveBody(20_000, 5);
    const rand = prng(6);
    let copy = body;
    // 1% of edits: replaced characters, insertions and deletions spread over the copy.
    for (let i = 0; i < body.length / 100; i++) {
      const at = Math.floor(rand() * copy.length);
      const kind = Math.floor(rand() * 3);
      copy = copy.slice(0, at) + (kind === 2 ? '' : '改') + copy.slice(kind === 1 ? at : at + 1);
    }
    const text = `标题\n${body}${copy}`;
    expect(recurs(text, `${body}${copy}`)).toBe(true);
  });
});
