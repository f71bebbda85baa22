import { describe, expect, it } from 'vitest';
import type { DuplicateResult } from '../../utils/text/dedupe';
import { findDuplicateBody } from './helpers/dedupe';

// Second copies that differ slightly in content (a CMS that re-rendered a
// sentence): collapse at ≥ ~97% alike, never below.

const NOTICE = [
  '各区县应急管理局，各有关单位：',
  '　　为切实做好2024年汛期安全生产工作，有效防范和遏制各类生产安全事故发生，保障人民群众生命财产安全，根据省应急管理厅《关于加强汛期安全防范工作的通知》要求，现就有关事项通知如下。',
  '　　一、提高思想认识。各单位要充分认识汛期安全生产工作的重要性和紧迫性，牢固树立安全发展理念，坚持人民至上、生命至上，把汛期安全生产工作摆在突出位置，切实加强组织领导，层层压实责任。',
  '　　二、加强隐患排查。各单位要组织力量对辖区内尾矿库、危险化学品企业、建筑施工工地、地下空间等重点部位开展拉网式排查，对发现的隐患要建立台账，明确整改责任、整改措施和整改时限，确保隐患整改到位。',
  '　　三、强化应急值守。汛期要严格执行24小时值班和领导带班制度，保持通讯畅通，遇有重大险情要第一时间报告，不得迟报、漏报、瞒报。',
  '　　四、做好应急准备。各单位要修订完善防汛应急预案，储备必要的应急物资，组织开展应急演练，提高应急处置能力。',
  '　　联系人：王明，电话：029-86781234。',
].join('\n');

const PLAN = [
  '　　为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，进一步激发市场主体活力，推动全市经济高质量发展，结合我市实际，制定本实施方案。',
  '　　一、总体要求',
  '　　以习近平新时代中国特色社会主义思想为指导，坚持以市场主体需求为导向，以深化“放管服”改革为主线，对标国内一流营商环境，着力破除制约市场主体发展的体制机制障碍，努力打造市场化、法治化、国际化一流营商环境。',
  '　　二、主要任务',
  '　　（一）深化商事制度改革。全面推行企业开办“一窗通办”，将企业开办时间压缩至1个工作日以内。推进“证照分离”改革全覆盖，大力推动“照后减证”和简化审批。',
  '　　（二）优化工程建设项目审批。全面推行工程建设项目分级分类管理，社会投资简易低风险项目审批时限压缩至15个工作日以内，推行联合验收、“多测合一”。',
  '　　（三）提升政务服务效能。推进政务服务事项“一网通办”，除法律法规另有规定或涉密等外，政务服务事项全部纳入平台办理，实现“最多跑一次”。',
  '　　（四）加强事中事后监管。全面推行“双随机、一公开”监管，推进跨部门联合监管，对新产业新业态实行包容审慎监管，依法保护各类市场主体合法权益。',
  '　　三、保障措施',
  '　　（一）加强组织领导。成立市优化营商环境工作领导小组，统筹推进全市优化营商环境工作，研究解决重大问题。各区县、各部门要落实主体责任，主要负责同志亲自抓。',
  '　　（二）强化督查考核。将优化营商环境工作纳入年度目标责任考核，定期通报工作进展，对工作推进不力的单位进行约谈问责。',
  '　　（三）营造良好氛围。充分利用报刊、广播电视、网络等媒体，广泛宣传优化营商环境的政策措施和典型经验，形成全社会共同参与的良好氛围。',
].join('\n');

/** Characters a reader counts: everything but white space. */
const counted = (s: string) => s.replace(/\s/g, '').length;
function visible(raw: string, r: DuplicateResult): string {
  let out = '';
  let at = 0;
  for (const g of r.ranges) {
    out += raw.slice(at, g.start);
    at = g.end;
  }
  return out + raw.slice(at);
}
/** Asserts that exactly `copy` is hidden: one range, the text's end. */
function expectHidden(raw: string, copy: string) {
  const r = findDuplicateBody(raw);
  expect(r).not.toBeNull();
  expect(r!.ranges.map((g) => raw.slice(g.start, g.end))).toEqual([copy]);
  expect(r!.ranges[0].end).toBe(raw.length);
  return r!;
}
function similarity(a: string, b: string): number {
  // Rough share of equal characters, only to document what the fixtures are.
  return 1 - Math.abs(counted(a) - counted(b)) / counted(a);
}

describe('findDuplicateBody: near-copies collapse', () => {
  it('a few characters substituted in the second copy', () => {
    const copy2 = NOTICE.replace('拉网式排查', '拉网式检查').replace('层层压实责任', '层层落实责任').replace('第一时间报告', '第一时间上报');
    expect(copy2).not.toBe(NOTICE);
    expectHidden(`${NOTICE}\n${copy2}`, copy2);
  });

  it('a few characters inserted in the second copy', () => {
    const copy2 = NOTICE.replace('储备必要的应急物资', '储备必要的防汛应急物资').replace('保持通讯畅通', '保持通讯联络畅通');
    expectHidden(`${NOTICE}${copy2}`, copy2);
  });

  it('a few characters deleted from the second copy', () => {
    const copy2 = NOTICE.replace('有效防范和遏制', '防范和遏制').replace('，组织开展应急演练', '，开展应急演练');
    expect(similarity(NOTICE, copy2)).toBeGreaterThan(0.98);
    expectHidden(`${NOTICE}\n${copy2}`, copy2);
  });

  it('one sentence re-rendered in a long body (≈2% of it)', () => {
    const before = '将企业开办时间压缩至1个工作日以内。';
    const after = '企业开办时间一律压缩到1个工作日内完成。';
    expect(PLAN).toContain(before);
    const copy2 = PLAN.replace(before, after);
    const r = expectHidden(`${PLAN}\n${copy2}`, copy2);
    expect(visible(`${PLAN}\n${copy2}`, r)).toBe(`${PLAN}\n`);
  });

  it('a short clause added to one paragraph of a long body', () => {
    const copy2 = PLAN.replace('研究解决重大问题。', '研究解决重大问题，协调推进重点任务。');
    expectHidden(`${PLAN}${copy2}`, copy2);
  });

  it('the last characters differ: the copy is still hidden to the end', () => {
    const copy2 = `${NOTICE.slice(0, -1)}！`; // "…86781234。" → "…86781234！"
    expectHidden(`${NOTICE}\n${copy2}`, copy2);
  });

  it('the first characters differ: the copy is hidden from its start', () => {
    const copy2 = NOTICE.replace('各区县应急管理局', '各区县应急局');
    expectHidden(`${NOTICE}\n${copy2}`, copy2);
    const title = '关于做好2024年汛期安全生产工作的通知\n';
    const raw = `${title}${NOTICE}${copy2}`;
    const r = expectHidden(raw, copy2);
    expect(r.originalStart).toBe(title.length);
  });

  it('edits and re-spacing together, three copies', () => {
    const copy2 = NOTICE.replace(/，/g, ',').replace('拉网式排查', '拉网式检查');
    const copy3 = NOTICE.replace(/　　/g, '\u00a0\u00a0').replace('层层压实责任', '层层落实责任');
    const raw = `${NOTICE}\n${copy2}\n${copy3}`;
    const r = findDuplicateBody(raw);
    expect(r).not.toBeNull();
    expect(r!.ranges.map((g) => raw.slice(g.start, g.end))).toEqual([`${copy2}\n`, copy3]);
    expect(r!.ranges[1].end).toBe(raw.length);
  });
});

describe('findDuplicateBody: copies that differ too much stay', () => {
  it('a second version with two paragraphs rewritten (≈30% different)', () => {
    const copy2 = NOTICE.replace(
      /二、加强隐患排查。[^\n]*/,
      '二、开展专项检查。各区县要在6月底前完成对辖区内重点行业领域的专项检查，检查结果于7月5日前报市应急管理局。',
    ).replace(/三、强化应急值守。[^\n]*/, '三、严格值班值守。执行领导带班和关键岗位24小时值班制度。');
    expect(findDuplicateBody(`${NOTICE}\n${copy2}`)).toBeNull();
  });

  it('one substantial sentence changed in a short body (≈8%)', () => {
    const copy2 = NOTICE.replace('遇有重大险情要第一时间报告，不得迟报、漏报、瞒报', '如发生险情须立即按程序逐级上报并做好处置记录工作');
    expect(findDuplicateBody(`${NOTICE}\n${copy2}`)).toBeNull();
  });

  it('many small edits spread over the whole copy (≈6%)', () => {
    let copy2 = NOTICE;
    for (const [a, b] of [
      ['切实', '认真'],
      ['有效', '全力'],
      ['保障', '确保'],
      ['充分', '深刻'],
      ['牢固', '始终'],
      ['组织', '调集'],
      ['建立', '健全'],
      ['明确', '落实'],
      ['严格', '认真'],
      ['修订', '更新'],
      ['储备', '准备'],
      ['提高', '增强'],
    ] as const) {
      copy2 = copy2.replace(a, b);
    }
    expect(findDuplicateBody(`${NOTICE}\n${copy2}`)).toBeNull();
  });

  it('a long paragraph present only in the second copy', () => {
    const extra = '\n　　五、加强宣传引导。各单位要通过多种渠道宣传防汛避险和自救互救知识，提高群众安全意识和自我防护能力，营造全社会关心支持汛期安全生产工作的良好氛围。';
    const copy2 = NOTICE.replace('\n　　联系人', `${extra}\n　　联系人`);
    expect(findDuplicateBody(`${NOTICE}\n${copy2}`)).toBeNull();
  });
});
