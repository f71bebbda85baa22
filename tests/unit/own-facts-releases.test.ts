/**
 * The own facts of reports, speeches and press releases, which state them in their own places: a report's
 * 「——2025年1月9日在…会议上」 line, a title that names the reporting body after the year, Hong Kong's 「Ends/…」, a
 * minister's byline, a release signed with its ministry's name, a notice closing with a date alone; and the values of
 * an info line that runs into the page's counters.
 */
import { describe, expect, it } from 'vitest';
import { readOwnFacts } from '../../utils/facts/own-facts';
import type { FactLine } from '../../utils/facts/lines';
import { infoValue, issuerInTitle } from '../../utils/text/document-marks';

let blocks = 0;
const line = (text: string, tag = 'p'): FactLine => ({ text, written: text, chars: text.length, links: 0, cell: tag === 'td' || tag === 'th', block: ++blocks });
const area = (o: { before?: FactLine[]; end?: FactLine[] }) => ({ before: o.before ?? [], after: [], body: [], end: o.end ?? [], following: [] });

describe('a report or speech dated by its delivery', () => {
  it('takes the date of the line under the title, the speaker after it or not', () => {
    const spoken = readOwnFacts(area({ before: [line('2025年乌丹镇人民政府工作报告（摘要）'), line('——2025年1月9日在乌丹镇第十八届人民代表大会第六次会议上　镇长　高建华')] }), '');
    expect(spoken.written).toBe('2025-01-09');
    expect(readOwnFacts(area({ before: [line('—— 2024年12月20日在全县经济工作会议上的讲话')] }), '').written).toBe('2024-12-20');
  });

  it('a sentence telling of a meeting is no such line', () => {
    expect(readOwnFacts(area({ before: [line('2025年1月9日在县政府召开常务会议，研究部署春耕工作。')] }), '').written).toBe('');
  });

  it('names the reporting body of a title that opens with the year', () => {
    expect(issuerInTitle('2025年乌丹镇人民政府工作报告（摘要）')).toBe('乌丹镇人民政府');
    expect(issuerInTitle('2024年度赫章县农业农村局工作总结')).toBe('赫章县农业农村局');
    // Whoever 全市 is, it is no body's name.
    expect(issuerInTitle('2024年全市工作总结')).toBe('');
  });
});

describe("a 会议纪要's header", () => {
  it('names its issuer and date under the 纪要\'s name and number, in the cells of its 红头 or not', () => {
    const before = [line('彰武县人民政府2025年第28次常务会议纪要'), line('发布时间：2025-10-22 09:18 来源：县政府办公室'),
      line('彰武县人民政府常务会议纪要', 'td'), line('第28次', 'td'), line('彰武县人民政府办公室', 'td'), line('2025年10月20日', 'td')];
    expect(readOwnFacts(area({ before }), '')).toMatchObject({ issuer: '彰武县人民政府办公室', written: '2025-10-20' });
  });

  it('its 版记 (…办公室 二〇二五年十月二十日印发) is the day it was printed, not a signature', () => {
    const end = [line('抄送：县委办公室，县人大常委会办公室。'), line('彰武县人民政府办公室　二〇二五年十月二十日印发')];
    expect(readOwnFacts(area({ before: [line('彰武县人民政府2025年第28次常务会议纪要')], end }), '')).toMatchObject({ issuer: '', written: '' });
  });
});

describe('a notice closing with its date alone', () => {
  it('is dated by it, attachments below or not', () => {
    const end = [line('请驾驶人士留意现场交通指示，并予以配合。'), line('2024年2月26日'), line('附件'), line('第一阶段临时交通措施示意图 (PDF)')];
    expect(readOwnFacts(area({ end }), '').written).toBe('2024-02-26');
  });

  it('but not by a date that more prose follows, nor by one in a table cell', () => {
    const more = [line('2024年2月26日'), line('当天上午，工作组深入施工现场，检查了围蔽设施和交通指示的设置情况。')];
    expect(readOwnFacts(area({ end: more }), '').written).toBe('');
    expect(readOwnFacts(area({ end: [line('完成时限'), line('2024年6月30日', 'td')] }), '').written).toBe('');
  });
});

describe('English press releases', () => {
  it("a tax notice's header: its number on a line of its own, then 「Issued:」 and the date", () => {
    const before = [line('Notice 2025-04: Sales and Use Tax on Delivery Charges Collected by Marketplace Facilitators'), line('Published: June 2, 2025'),
      line('Utah State Tax Commission'), line('Notice 2025-04'), line('Issued: June 2, 2025'), line('Subject: Sales and use tax on delivery charges')];
    expect(readOwnFacts(area({ before }), '')).toMatchObject({ docNumber: 'Notice 2025-04', written: '2025-06-02' });
    // 「Published:」 is when the page went up, not the notice's own date; a sentence naming a notice is no number.
    const page = [line('Published: June 2, 2025'), line('See Notice 2024-11 for the earlier rules on delivery charges.')];
    expect(readOwnFacts(area({ before: page }), '')).toMatchObject({ docNumber: '', written: '' });
  });

  it("Hong Kong's 「Ends/」 line dates the release", () => {
    const end = [line('Employees who feel unwell should stop working and report to their supervisors.'), line('Ends/Tuesday, May 6, 2025'), line('Issued at HKT 17:30')];
    expect(readOwnFacts(area({ end }), '').written).toBe('2025-05-06');
  });

  it("a minister's byline names the portfolio, or the minister when the byline has no portfolio", () => {
    expect(readOwnFacts(area({ before: [line('14 May 2025'), line('The Hon Daniel Reeve MP, Minister for Skills and Training')] }), '').issuer).toBe('Minister for Skills and Training');
    expect(readOwnFacts(area({ before: [line('The Hon Daniel Reeve MP'), line('Minister for Skills and Training')] }), '').issuer).toBe('Minister for Skills and Training');
    expect(readOwnFacts(area({ before: [line('Release 8 May 2025'), line('Hon Claire Whitfield')] }), '').issuer).toBe('Hon Claire Whitfield');
    expect(readOwnFacts(area({ before: [line('Honours list recognises community leaders')] }), '').issuer).toBe('');
  });

  it('a signature block under the title: the bodies, then the date; the first body named leads', () => {
    const before = [line('Statistical Communiqué of Hainan Province on the 2025 National Economic and Social Development'),
      line('Hainan Provincial Bureau of Statistics'), line('Survey Office of the National Bureau of Statistics in Hainan'), line('March 18, 2026')];
    expect(readOwnFacts(area({ before }), '')).toMatchObject({ issuer: 'Hainan Provincial Bureau of Statistics', written: '2026-03-18' });
    // A byline of a person above the date names no body.
    expect(readOwnFacts(area({ before: [line('By Maria Benton, Deputy Assistant Secretary'), line('March 18, 2026')] }), '').issuer).toBe('');
  });

  it("a release signed with its ministry's name on its last line is issued by it; a last line of prose names no one", () => {
    const signed = [line('More information is available at www.mom.gov.sg/wic.'), line('Ministry of Manpower')];
    expect(readOwnFacts(area({ end: signed }), '').issuer).toBe('Ministry of Manpower');
    expect(readOwnFacts(area({ end: [line('The Ministry of Manpower will review the framework in two years.')] }), '').issuer).toBe('');
  });
});

describe('an info line that runs into the page counters', () => {
  it('ends a value at 阅读, 浏览次数 or 作者, spaced or not', () => {
    expect(infoValue('发布时间：2025-01-16 10:25来源：乌丹镇人民政府阅读：1284', /来\s*源/)).toBe('乌丹镇人民政府');
    expect(infoValue('来源：市统计局 浏览次数：56', /来\s*源/)).toBe('市统计局');
    expect(infoValue('来源：县融媒体中心作者：李明', /来\s*源/)).toBe('县融媒体中心');
    // A body whose name holds such a word keeps it: only a label, followed by its colon, ends a value.
    expect(infoValue('来源：人民日报编辑部', /来\s*源/)).toBe('人民日报编辑部');
  });
});
