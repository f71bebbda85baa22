import { describe, expect, it } from 'vitest';
import { findDuplicateBody } from './helpers/dedupe';

// Legitimate repetition that must never be hidden: the repeat has to cover
// nearly the whole body (≥ 85%) before anything is collapsed.

const OPENING = [
  '关于开展2024年“安全生产月”活动的通知',
  '各区县人民政府，市政府各部门：',
  '　　今年6月是全国第23个“安全生产月”，活动主题为“人人讲安全、个个会应急——畅通生命通道”。为深入贯彻落实习近平总书记关于安全生产的重要论述，经市政府同意，现就开展我市2024年“安全生产月”活动通知如下。',
].join('\n');

const BODY = [
  '　　一、活动时间。2024年6月1日至30日。',
  '　　二、主要内容。（一）开展集中宣讲。各级领导干部要带头讲安全，深入企业、社区开展安全宣讲，推动安全理念入脑入心。（二）开展应急演练。各单位要结合实际组织开展消防疏散、危化品泄漏处置等应急演练，检验预案、锻炼队伍。（三）开展隐患排查。聚焦燃气、消防、交通运输等重点行业领域，深入开展隐患排查整治。',
  '　　三、工作要求。各单位要高度重视，精心组织，确保活动取得实效。活动结束后，请于7月5日前将活动总结报送市安委会办公室。',
].join('\n');

const SIGNATURE = '　　特此通知。\n市安全生产委员会办公室\n2024年5月28日';

describe('findDuplicateBody: legitimate repetition stays visible', () => {
  it('a notice with no repetition at all', () => {
    expect(findDuplicateBody(`${OPENING}\n${BODY}\n${SIGNATURE}`)).toBeNull();
  });

  it('a slogan quoted twice', () => {
    const slogan = '“人人讲安全、个个会应急——畅通生命通道”';
    const raw = `${OPENING}\n${BODY}\n　　让我们牢记${slogan}，共同营造安全稳定的生产生活环境。\n${SIGNATURE}`;
    expect(raw.split('人人讲安全、个个会应急').length - 1).toBe(2);
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('a whole sentence repeated for emphasis', () => {
    const s = '各单位主要负责同志是本单位安全生产第一责任人，对本单位安全生产工作全面负责。';
    const raw = `${OPENING}\n　　${s}\n${BODY}\n　　再次强调：${s}\n${SIGNATURE}`;
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('repeated table cells', () => {
    const rows = ['序号\t单位名称\t检查日期\t检查结果\t整改情况'];
    const units = ['市第一中学', '市第二中学', '市实验小学', '东关街道办事处', '西郊水厂', '市人民医院', '城南客运站', '市图书馆', '市体育中心', '高新区管委会', '市档案馆', '市文化馆'];
    units.forEach((u, i) => rows.push(`${i + 1}\t${u}\t2024年6月${10 + i}日\t合格\t已整改到位`));
    const raw = `关于2024年第二季度消防安全检查情况的通报\n${rows.join('\n')}\n　　以上单位均已完成整改。`;
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('a table whose rows are identical', () => {
    const row = '合格\t已整改到位\t复查通过\t不需要进一步处理';
    const raw = `检查结果汇总\n${Array.from({ length: 30 }, () => row).join('\n')}`;
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('a text made only of a short unit repeated many times', () => {
    expect(findDuplicateBody('合格\n'.repeat(400))).toBeNull();
    expect(findDuplicateBody('同意。'.repeat(100))).toBeNull();
    expect(findDuplicateBody('a'.repeat(5000))).toBeNull();
  });

  it('repeated short lines: 特此通知 and 附件 headings', () => {
    const raw = `${OPENING}\n${BODY}\n　　特此通知。\n附件：1.活动安排表\n${SIGNATURE}\n附件1\n活动安排表\n附件2\n活动总结模板`;
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('a short line printed twice with nothing else', () => {
    expect(findDuplicateBody('特此通知。\n特此通知。')).toBeNull();
    expect(findDuplicateBody('市安全生产委员会办公室\n市安全生产委员会办公室')).toBeNull();
  });

  it('a summary paragraph that restates a sentence of the body', () => {
    const summary = '　　摘要：今年6月是全国第23个“安全生产月”，活动主题为“人人讲安全、个个会应急——畅通生命通道”。';
    const raw = `${summary}\n${OPENING}\n${BODY}\n${SIGNATURE}`;
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('headings repeated as a table of contents', () => {
    const toc = '目录\n一、活动时间\n二、主要内容\n（一）开展集中宣讲\n（二）开展应急演练\n（三）开展隐患排查\n三、工作要求';
    const body = BODY.replace('一、活动时间。', '一、活动时间\n　　')
      .replace('二、主要内容。', '二、主要内容\n')
      .replace('三、工作要求。', '三、工作要求\n　　');
    expect(findDuplicateBody(`${OPENING}\n${toc}\n${body}\n${SIGNATURE}`)).toBeNull();
  });

  it('two different notices that share a long boilerplate paragraph', () => {
    const boiler =
      '　　各单位要高度重视，精心组织，周密部署，明确专人负责，确保各项工作落到实处。要加强督促检查，及时发现和解决工作中存在的问题，对工作不力、措施不实的单位予以通报批评。请于规定时间内将工作总结报送市政府办公室，联系人：李华，电话：029-86781111。';
    const a = `关于开展夏季防溺水专项行动的通知\n　　为切实加强中小学生防溺水工作，有效预防溺水事故发生，决定在全市开展夏季防溺水专项行动，重点对河道、水库、池塘等危险水域开展巡查，设置警示标志。\n${boiler}`;
    const b = `关于做好高温天气劳动保护工作的通知\n　　为切实保障高温天气期间劳动者身体健康和生命安全，各单位要合理安排工作时间，落实防暑降温措施，按规定发放高温津贴，严禁违法加班加点。\n${boiler}`;
    expect(findDuplicateBody(`${a}\n${b}`)).toBeNull();
  });

  it('a list page of notices that share most of their wording', () => {
    const item = (d: string, w: string) => `${d}　关于${w}领域安全生产专项整治工作情况的通报（第${d.slice(5, 7)}期）`;
    const raw = ['2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'].map((d, i) => item(d, ['危险化学品', '建筑施工', '道路交通', '消防'][i])).join('\n');
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('only part of the body printed twice (coverage below 85%)', () => {
    const first = BODY.split('\n').slice(0, 2).join('\n');
    const raw = `${OPENING}\n${BODY}\n${first}\n${SIGNATURE}`;
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('the body printed twice but inside a much longer page', () => {
    const extra =
      '　　相关链接：市应急管理局关于进一步加强汛期安全生产工作的通知；市安委办关于开展城镇燃气安全专项整治的通知；市消防救援支队关于夏季消防安全提示的公告；市交通运输局关于加强道路运输安全管理的通知；市住建局关于开展建筑施工安全大检查的通知。';
    const raw = `${OPENING}\n${BODY}\n${BODY}\n${extra}\n${extra.replace(/通知/g, '通报')}`;
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('the body followed by a half copy (truncated second print)', () => {
    const body = `${OPENING}\n${BODY}`;
    const raw = `${body}\n${body.slice(0, Math.floor(body.length * 0.5))}`;
    expect(findDuplicateBody(raw)).toBeNull();
  });

  it('empty, blank and tiny inputs', () => {
    expect(findDuplicateBody('')).toBeNull();
    expect(findDuplicateBody(' \n\u3000\u00a0\n')).toBeNull();
    expect(findDuplicateBody('通知')).toBeNull();
  });
});
