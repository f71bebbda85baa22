/**
 * The cost of comparing two versions of a 100k-character notice (issue 16), in Node, as a ratio to one compare
 * fold of both texts (a linear pass). Run: npx tsx tests/tools/diff-cost.ts. Not a test: timings vary by machine.
 */
import { bodyChanges } from '../../utils/revisions/diff';
import { foldForCompare } from '../../utils/text/fold';

const PHRASES = ['各区县人民政府，市政府各工作部门：', '为深入贯彻落实党中央、国务院决策部署，', '进一步加强安全生产工作，',
  '现就有关事项通知如下。', '一要提高政治站位，压实工作责任。', '二要加强统筹协调，形成工作合力。', '请于2026年11月20日前报送。',
  '各单位要严格执行领导带班和24小时值班制度，', '确保信息畅通、反应迅速、处置有力。', '对工作不力的，予以通报批评。'];

/** A notice of about `chars` characters in paragraphs of 3–8 phrases, from a fixed seed. */
function notice(chars: number, seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const paras: string[] = [];
  let n = 0;
  while (n < chars) {
    let p = `（${paras.length + 1}）`;
    for (let k = 3 + Math.floor(next() * 6); k > 0; k--) p += PHRASES[Math.floor(next() * PHRASES.length)];
    paras.push(p);
    n += p.length + 1;
  }
  return paras.join('\n');
}

function time(fn: () => unknown, runs = 7): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return t.sort((x, y) => x - y)[runs >> 1]!;
}

const base = notice(100_000, 1);
const paras = base.split('\n');
const cases: Record<string, string> = {
  identical: base,
  'white space only': base.replace(/。/g, '。 ').replace(/2026/g, '２０２６'),
  '5 paragraphs edited': paras.map((p, i) => (i % Math.floor(paras.length / 5) === 7 ? `${p}（此条已更正）` : p)).join('\n'),
  'every paragraph edited': paras.map((p) => p.replace('，', '；')).join('\n'),
  'another notice': notice(100_000, 2),
};
const baseline = time(() => foldForCompare(base) + foldForCompare(base));
console.log(`baseline (compare fold of both texts): ${baseline.toFixed(1)} ms`);
for (const [name, newer] of Object.entries(cases)) {
  const ms = time(() => bodyChanges(base, newer));
  const c = bodyChanges(base, newer);
  const counts = `${c.inserted.length} inserted, ${c.changed.length} changed, ${c.deleted.length} deleted`;
  console.log(`${name}: ${ms.toFixed(1)} ms, ${(ms / baseline).toFixed(1)}× (${counts})`);
}
