import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

// /work/shared/seed/000_cc35e6d18870d5bf.txt, one copy of its doubled body, blank lines and tabs kept.
const SEED_LINES = [
  '9月4日上午，市工信委李初管主任主持召开全体干部大会，对前阶段筹备2018中国500强企业高峰论坛等重点工作进行了总结，对下阶段重点工作进行了安排部署，要求全委干部切实提高思想认识，认真总结工作经验，继续发扬铁军精神，围绕打赢秦岭保卫战、干部作风问题检查整改等重点工作，主动作为，勇于担当，全力抓好任务落实。',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '\t李主任指出，2018中国500强企业高峰论坛是我委承办的规模大、层次高、范围广的一次盛会，会议取得了圆满成功，得到了中、省、市领导的肯定，这是全委共同努力和市级相关部门大力配合的结果，对大家的辛勤努力表示感谢。但同时也要对这次会议进行认真总结，从中获得经验，以便把今后各项工作做的更细更实，质量更高。',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '\t在安排部署下阶段重点工作时，李主任强调：',
  '',
  '',
  '\t一要坚决打好秦岭保卫战。这是目前最大的政治任务。必须切实扛起生态保护政治责任，全力抓好高能耗企业搬迁、“散乱污”企业整治、重点企业错峰生产等重点工作，坚决打好蓝天、碧水、净土保卫战。同时，每位委领导、每名干部都必须严格按照要求，如实填报秦岭北麓房屋等个人有关事项，委属各单位也要认真对秦岭北麓违规建设等问题进行全面细致排查，如实上报相关情况，绝不允许出现漏报、瞒报情况。',
  '',
  '',
  '二要认真开展作风问题大排查。各处室、委属各单位要按照市委统一安排部署和我委工作方案要求，对违反中央八项规定、四风隐形变异、慵懒散慢虚和慢作为不作为乱作为等进行彻底对照检查，发现问题，及时整改，全力做好各项迎检准备。要进一步严格上下班考勤、请销假等制度，坚决不允许上班期间干与工作无关的事情。机关纪委要不定期进行明察暗访，确保不出问题。',
  '',
  '',
  '\t三要抓好省市考指标进度。相关责任处室要采取有效措施，确保规上工业实现稳定增长。要加强对各区县、开发区民营经济发展工作的督导，确保民间投资、非公占比等指标三季度稳中有升。',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  '\t四要加快推进“最多跑一次”改革项目建设。要按照王书记调研时重要讲话要求，主动协调各单位加快项目建设，严格按照时间节点完成相关工作任务，抓紧抓好，不能延误。',
  '',
  '',
  '\t五是加快推进企业搬迁。每周至少集中协调一次幸福路地区大企业搬迁工作。进驻工作专班要抓好各项任务的督促落实，全力加快企业搬迁进度。',
  '',
  '',
  '\t六是切实抓好“散乱污”企业整治攻坚工作。要坚持标准，依法依规，在积极推进整治的同时，做好政策宣传和群众引导工作，确保“散乱污”企业整治工作顺利推进。',
];

// The seed page's body appears twice; the product hides the duplicate before
// directives run, so most tests read one copy.
const ONE_COPY = SEED_LINES.join('\n');
const RAW = ONE_COPY + ONE_COPY;

describe('the seed meeting report (市工信委全体干部大会)', () => {
  it('finds six directives 一要 … 四要, 五是, 六是 at level 1', () => {
    const found = findDirectives(ONE_COPY);
    expect(found.map((d) => d.ordinal)).toEqual(['一要', '二要', '三要', '四要', '五是', '六是']);
    expect(found.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(found.every((d) => d.level === 1)).toBe(true);
  });

  it('gives each its lead sentence', () => {
    const leads = findDirectives(ONE_COPY).map((d) => ONE_COPY.slice(d.start, d.leadEnd));
    expect(leads).toEqual([
      '一要坚决打好秦岭保卫战。',
      '二要认真开展作风问题大排查。',
      '三要抓好省市考指标进度。',
      '四要加快推进“最多跑一次”改革项目建设。',
      '五是加快推进企业搬迁。',
      '六是切实抓好“散乱污”企业整治攻坚工作。',
    ]);
  });

  it('starts each directive after the tab its paragraph begins with', () => {
    const found = findDirectives(ONE_COPY);
    expect(found).toHaveLength(6);
    for (const d of found) {
      expect(ONE_COPY.slice(d.start, d.markerEnd)).toBe(d.ordinal);
      expect(['\n', '\t']).toContain(ONE_COPY[d.start - 1]);
    }
  });

  it('reads the doubled page as two lists of six', () => {
    const found = findDirectives(RAW);
    expect(found.map((d) => d.number)).toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
  });
});

describe('directive offsets', () => {
  const text = [
    '关于进一步加强安全生产工作的通知',
    '一、提高思想认识',
    '（一）强化红线意识。一是压实企业主体责任；二是落实部门监管责任。',
    '（二）强化底线思维。',
    '二、狠抓隐患整治',
    '会议要求，一要全面排查；二要限时整改。',
  ].join('\n');

  it('returns directives in document order with consistent offsets', () => {
    const found = findDirectives(text);
    expect(found.length).toBe(8);
    for (let k = 0; k < found.length; k++) {
      const d = found[k];
      expect(d.start).toBeLessThan(d.markerEnd);
      expect(d.markerEnd).toBeLessThanOrEqual(d.leadEnd);
      expect(text.slice(d.start, d.markerEnd).startsWith(d.ordinal)).toBe(true);
      if (k) expect(found[k - 1].start).toBeLessThan(d.start);
    }
  });

  it('never lets a lead cross a block', () => {
    const found = findDirectives(text);
    expect(found).toHaveLength(8);
    for (const d of found) expect(text.slice(d.start, d.leadEnd)).not.toContain('\n');
    expect(text.slice(found[3].start, found[3].leadEnd)).toBe('二是落实部门监管责任。');
  });
});

// Speed is measured by npm run bench, never asserted here; these check that large
// and pathological inputs complete with sane results.
describe('directive parser on large and pathological input', () => {
  it('reads a 200k-character notice', () => {
    let text = '';
    while (text.length < 200_000) text += `${ONE_COPY}\n`;
    expect(findDirectives(text).length).toBe(6 * Math.ceil(200_000 / (ONE_COPY.length + 1)));
  });

  // Each input with the number of directives it holds, written out: most hold none,
  // two hold long lists, so a parser that gave up on them would fail.
  const PATHOLOGICAL: [string, string, number][] = [
    ['一是 run together', '一是'.repeat(100_000), 0],
    ['，一要 after commas', '，一要'.repeat(70_000), 0],
    ['。（一） after stops', '。（一）'.repeat(50_000), 0],
    ['unclosed quotes', '“'.repeat(200_000), 0],
    ['bare 一、 lines', '一、\n'.repeat(70_000), 0],
    ['一是， after commas', `${'一是，'.repeat(60_000)}。`, 0],
    ['一是。二是。 pairs', '一是。二是。'.repeat(30_000), 60_000],
    ['the same heading again and again', '一、总体要求\n'.repeat(30_000), 0],
    ['1.1 run together', '1.1 '.repeat(50_000), 0],
    ['(i) (ii) run together', '(i) (ii) '.repeat(20_000), 0],
    ['(a) x; (b) y; pairs', '(a) x; (b) y; '.repeat(20_000), 40_000],
    ['PART 1 headings', 'PART 1\n'.repeat(50_000), 50_000],
  ];

  // The timeout only keeps a loaded CI machine from failing a correct parser; speed is the bench's.
  it.each(PATHOLOGICAL)('completes on %s without crossing blocks', { timeout: 30_000 }, (_name, text, count) => {
    const found = findDirectives(text);
    expect(found).toHaveLength(count);
    const crossing = found.filter((d) => d.leadEnd > text.length || text.slice(d.start, d.leadEnd).includes('\n'));
    expect(crossing).toEqual([]);
  });
});
