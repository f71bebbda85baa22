import { describe, expect, it } from 'vitest';
import { findDirectives } from '../../utils/text/directives';

const shape = (text: string) => findDirectives(text).map((d) => `${d.level}:${d.ordinal}`);
const lines = (...blocks: string[]) => blocks.join('\n');

// A 实施方案 in GB/T 9704 headings where 二、 has a single 1. and 三、 a single （一）.
const PLAN = lines(
  '关于开展2025年城镇燃气安全专项整治的实施方案',
  '为深入排查整治城镇燃气安全隐患，结合我县实际，制定本方案。',
  '一、工作目标',
  '（一）全面排查。2025年6月底前，完成全县燃气经营企业和用户隐患排查。',
  '（二）集中整治。2025年10月底前，完成排查发现隐患的整改。',
  '二、整治内容',
  '1.燃气经营企业。重点整治无证经营、超范围经营等问题。',
  '三、保障措施',
  '（一）加强组织领导。县政府成立专项整治工作专班，统筹推进整治工作。',
  '联系电话：（010）63452211',
  '四、工作要求',
  '各乡镇、各部门要于每月25日前报送工作进展。',
);

describe('lone headings in a formal document', () => {
  it('keeps a lone 1. under 二、 and a lone （一） under 三、 as headings', () => {
    expect(shape(PLAN)).toEqual([
      '1:一、', '2:（一）', '2:（二）', '1:二、', '2:1.', '1:三、', '2:（一）', '1:四、',
    ]);
  });

  it('does not take the phone code （010） for a heading', () => {
    const found = findDirectives(PLAN);
    expect(found).toHaveLength(8);
    expect(found.some((d) => d.ordinal === '（010）')).toBe(false);
  });

  it('keeps a lone 1. under a lone （一）, each one level down', () => {
    const text = lines(
      '一、总体要求',
      '坚持安全第一、预防为主。',
      '二、主要任务',
      '（一）完善制度体系。',
      '1.修订应急预案。2025年底前完成县级预案修订。',
      '三、工作步骤',
      '（一）动员部署。',
      '（二）组织实施。',
    );
    expect(shape(text)).toEqual(['1:一、', '1:二、', '2:（一）', '3:1.', '1:三、', '2:（一）', '2:（二）']);
  });

  it('does not take a lone 1. whose list a gap cut off (1. then 3. under one parent)', () => {
    const text = lines(
      '一、工作任务',
      '1.摸清底数。',
      '3.建立台账。',
      '二、工作要求',
      '1.提高认识。',
      '2.压实责任。',
    );
    expect(shape(text)).toEqual(['1:一、', '1:二、', '2:1.', '2:2.']);
  });

  it('does not take a lone item written inside a paragraph or inside quotes', () => {
    const text = lines(
      '一、基本情况',
      '去年全县完成改造任务。（一）号文件明确了补助标准。',
      '二、下一步打算',
      '“（一）加强领导”是上级文件的第一条要求。',
      '三、有关要求',
      '（一）按时报送。每月25日前报送进展。',
    );
    expect(shape(text)).toEqual(['1:一、', '1:二、', '1:三、', '2:（一）']);
  });

  it('keeps a lone heading at the top out: a single 一、 with no 二、 has no parent', () => {
    const text = lines('一、工作安排', '请各单位按时参会。', '会议要求：一是准时到会；二是遵守会场纪律。');
    expect(shape(text)).toEqual(['1:一是', '1:二是']);
  });
});

describe('the two-item rule stays for narrative lists', () => {
  it('does not take a lone 一是 or 第一 under a heading, beside a lone （一） that is kept', () => {
    const text = lines(
      '一、工作目标',
      '（一）提高排查质量。一是要全面细致，不留死角。',
      '二、工作措施',
      '（一）加强督导。第一，要落实包片责任制。',
      '（二）严肃问责。对工作不力的严肃追责。',
    );
    expect(shape(text)).toEqual(['1:一、', '2:（一）', '1:二、', '2:（一）', '2:（二）']);
  });

  it('does not take a lone 1. in a meeting report without GB/T headings', () => {
    const text = lines(
      '3月5日，县政府召开常务会议，研究部署春耕生产工作。',
      '1.会议听取了县农业农村局关于春耕备耕情况的汇报。',
      '会议要求，一要抓好农资供应；二要做好技术服务。',
    );
    expect(shape(text)).toEqual(['1:一要', '1:二要']);
  });
});
