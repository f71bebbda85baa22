import { describe, expect, it } from 'vitest';
import { OpCounter } from '../../utils/text/align';
import { dedupeOpLimit } from '../../utils/text/dedupe';
import { findDuplicateBody } from './helpers/dedupe';

// Linear time: the work (characters visited, counted by OpCounter) must stay
// a small multiple of the text length on big and on adversarial inputs. Counted
// operations, not milliseconds: wall-clock speed is `npm run bench`'s job.

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  '各单位要高度重视，精心组织，确保各项工作落到实处',
  '要加强对各区县、开发区民营经济发展工作的督导',
  '对发现的隐患要建立台账，明确整改责任、整改措施和整改时限',
  '汛期要严格执行24小时值班和领导带班制度，保持通讯畅通',
  '推进政务服务事项“一网通办”，实现“最多跑一次”',
  '全面推行“双随机、一公开”监管，推进跨部门联合监管',
  '将优化营商环境工作纳入年度目标责任考核，定期通报工作进展',
  '充分利用报刊、广播电视、网络等媒体，广泛宣传政策措施和典型经验',
  '坚持人民至上、生命至上，切实加强组织领导，层层压实责任',
  '相关责任处室要采取有效措施，确保规上工业实现稳定增长',
];
const PLACES = ['新城区', '碑林区', '莲湖区', '雁塔区', '未央区', '灞桥区', '长安区', '临潼区', '阎良区', '高陵区'];

/** A long notice-like text: numbered paragraphs of real-sounding sentences (repetitive, like real ones). */
function notice(chars: number, seed: number): string {
  const rnd = prng(seed);
  const paras: string[] = [];
  let len = 0;
  for (let i = 1; len < chars; i++) {
    let p = `　　（${i}）${PLACES[Math.floor(rnd() * PLACES.length)]}`;
    const m = 2 + Math.floor(rnd() * 4);
    for (let j = 0; j < m; j++) {
      p += `${SENTENCES[Math.floor(rnd() * SENTENCES.length)]}，截至${1 + Math.floor(rnd() * 12)}月${1 + Math.floor(rnd() * 28)}日完成${Math.floor(rnd() * 1000)}项`;
      p += j === m - 1 ? '。' : '；';
    }
    paras.push(p);
    len += p.length + 1;
  }
  return paras.join('\n');
}

/** Random substitutions / insertions / deletions at the given rate. */
function mutate(s: string, rate: number, seed: number): string {
  const rnd = prng(seed);
  const out: string[] = [];
  for (const c of s) {
    if (c === '\n' || rnd() >= rate) out.push(c);
    else if (rnd() < 1 / 3) out.push('改');
    else if (rnd() < 0.5) out.push(c, '增');
  }
  return out.join('');
}

function run(raw: string) {
  const ops = new OpCounter();
  const r = findDuplicateBody(raw, ops);
  return { r, perChar: ops.ops / raw.length };
}

describe('findDuplicateBody: linear time', () => {
  const BODY = notice(200_000, 1);

  it('a 400k-character text (a 200k body printed twice) is found with ~3 operations per character', () => {
    const raw = `${BODY}\n${BODY}`;
    const { r, perChar } = run(raw);
    expect(r).not.toBeNull();
    expect(r!.ranges).toEqual([{ start: BODY.length + 1, end: raw.length, chars: expect.any(Number) }]);
    expect(perChar).toBeLessThan(8);
  });

  it('a 400k-character text without a duplicate finishes with a linear operation count', () => {
    const raw = notice(400_000, 2);
    const { r, perChar } = run(raw);
    expect(r).toBeNull();
    expect(perChar).toBeLessThan(8);
  });

  it('a 400k near-copy (1% edits) is found; a 6% one is rejected, both linear', () => {
    const near = run(`${BODY}\n${mutate(BODY, 0.01, 3)}`);
    expect(near.r).not.toBeNull();
    expect(near.perChar).toBeLessThan(10);
    const far = run(`${BODY}\n${mutate(BODY, 0.06, 4)}`);
    expect(far.r).toBeNull();
    expect(far.perChar).toBeLessThan(20);
  });

  it('the operation count grows linearly with the length', () => {
    const small = notice(50_000, 5);
    const big = notice(200_000, 5);
    const a = run(`${small}${small}`);
    const b = run(`${big}${big}`);
    expect(a.r).not.toBeNull();
    expect(b.r).not.toBeNull();
    expect(b.perChar).toBeLessThan(a.perChar * 1.3 + 0.5);
  });

  it('adversarial inputs stay under the hard work cap and are not collapsed', () => {
    const rnd = prng(6);
    const noisyPeriod = Array.from({ length: 400_000 }, (_, i) => (rnd() < 0.02 ? 'x' : 'abcdefgh'[i % 8])).join('');
    const binary = Array.from({ length: 400_000 }, () => (rnd() < 0.5 ? '甲' : '乙')).join('');
    for (const raw of ['a'.repeat(400_000), '合格\n'.repeat(130_000), noisyPeriod, binary]) {
      const { r, perChar } = run(raw);
      expect(r).toBeNull();
      expect(perChar * raw.length).toBeLessThan(dedupeOpLimit(raw.length));
      expect(perChar).toBeLessThan(40);
    }
  });

  it('a low-entropy text printed twice is still found (anchors lengthen until rare)', () => {
    const rnd = prng(7);
    const binary = Array.from({ length: 100_000 }, () => (rnd() < 0.5 ? '甲' : '乙')).join('');
    const { r, perChar } = run(binary + binary);
    expect(r).not.toBeNull();
    expect(r!.ranges[0]).toMatchObject({ start: 100_000, end: 200_000 });
    expect(perChar).toBeLessThan(10);
  });

});
