import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers/load-page';
import { describe, expect, it } from 'vitest';
import type { DuplicateResult } from '../../utils/text/dedupe';
import { findDuplicateBody } from './helpers/dedupe';

// Duplicated bodies that must collapse. Negative cases: dedupe-negative.test.ts;
// near-copies: dedupe-fuzzy.test.ts; linear time: dedupe-perf.test.ts.

// The seed as shipped in the repository (a byte-for-byte copy of shared/seed/000_cc35e6d18870d5bf.txt).
const SEED = join(FIXTURES, 'pages/sample-notice.seed.txt');

const TITLE = '关于做好2024年汛期安全生产工作的通知';
const DATE = '发布日期：2024-06-03　　来源：市应急管理局';
const NOTICE_PARAS = [
  '各区县应急管理局，各有关单位：',
  '　　为切实做好2024年汛期安全生产工作，有效防范和遏制各类生产安全事故发生，保障人民群众生命财产安全，根据省应急管理厅《关于加强汛期安全防范工作的通知》要求，现就有关事项通知如下。',
  '　　一、提高思想认识。各单位要充分认识汛期安全生产工作的重要性和紧迫性，牢固树立安全发展理念，坚持人民至上、生命至上，把汛期安全生产工作摆在突出位置，切实加强组织领导，层层压实责任。',
  '　　二、加强隐患排查。各单位要组织力量对辖区内尾矿库、危险化学品企业、建筑施工工地、地下空间等重点部位开展拉网式排查，对发现的隐患要建立台账，明确整改责任、整改措施和整改时限，确保隐患整改到位。',
  '　　三、强化应急值守。汛期要严格执行24小时值班和领导带班制度，保持通讯畅通，遇有重大险情要第一时间报告，不得迟报、漏报、瞒报。',
  '　　四、做好应急准备。各单位要修订完善防汛应急预案，储备必要的应急物资，组织开展应急演练，提高应急处置能力。',
  '　　联系人：王明，电话：029-86781234。',
];
const NOTICE = NOTICE_PARAS.join('\n');

const REPORT_PARAS = [
  '　　6月12日下午，区政府召开全区优化营商环境工作推进会，区委副书记、区长张华出席会议并讲话，副区长李强主持会议。',
  '　　会议通报了今年以来全区优化营商环境工作进展情况，区发改委、区市场监管局、区行政审批服务局等单位作了交流发言。',
  '　　张华指出，优化营商环境是推动高质量发展的重要抓手。各部门要对标先进地区，聚焦企业和群众办事的堵点难点，持续深化“放管服”改革，推动更多事项“一网通办”“最多跑一次”。',
  '　　张华强调，要强化责任落实，建立问题清单、任务清单和责任清单，定期调度、跟踪问效，确保各项改革举措落地见效，为全区经济社会发展营造良好环境。',
];
const REPORT = REPORT_PARAS.join('\n');

/** The text of each hidden range: what the reader no longer sees. */
function hidden(raw: string, r: DuplicateResult): string[] {
  return r.ranges.map((g) => raw.slice(g.start, g.end));
}

/** raw with the hidden ranges cut out. */
function visible(raw: string, r: DuplicateResult): string {
  let out = '';
  let at = 0;
  for (const g of r.ranges) {
    out += raw.slice(at, g.start);
    at = g.end;
  }
  return out + raw.slice(at);
}
/** Characters a reader counts: everything but white space and zero-width characters (what `chars` reports). */
const counted = (s: string) => s.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '').length;

function expectWellFormed(raw: string, r: DuplicateResult | null): DuplicateResult {
  expect(r).not.toBeNull();
  const res = r!;
  expect(res.ranges.length).toBeGreaterThan(0);
  let prev = res.originalEnd;
  expect(res.originalStart).toBeLessThan(res.originalEnd);
  for (const g of res.ranges) {
    expect(g.start).toBeGreaterThanOrEqual(prev);
    expect(g.end).toBeGreaterThan(g.start);
    expect(g.end).toBeLessThanOrEqual(raw.length);
    expect(g.chars).toBe(counted(raw.slice(g.start, g.end)));
    prev = g.end;
  }
  return res;
}

describe('findDuplicateBody: the real sample', () => {
  const raw = readFileSync(SEED, 'utf8');
  const marker = '确保“散乱污”企业整治工作顺利推进。';

  it('hides exactly the second copy, which starts mid-paragraph right after the first “…顺利推进。”', () => {
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    const junction = raw.indexOf(marker) + marker.length;
    expect(raw.indexOf(marker, junction)).toBeGreaterThan(junction); // the sample really has two
    expect(r.ranges).toHaveLength(1);
    expect(r.ranges[0].start).toBe(junction);
    expect(r.ranges[0].end).toBe(raw.length);
    expect(raw.slice(junction, junction + 5)).toBe('9月4日上');
    expect(r.originalStart).toBe(0);
    expect(r.originalEnd).toBe(junction);
    // The sample's second copy is the first one again, character for character.
    expect(hidden(raw, r)).toEqual([raw.slice(0, junction)]);
    expect(r.ranges[0].chars).toBe(975);
  });

  it('still finds it when the second copy is re-spaced (NBSP, U+3000, zero-width, no tabs)', () => {
    const junction = raw.indexOf(marker) + marker.length;
    const copy2 = raw
      .slice(junction)
      .replace(/\t/g, '\u3000\u3000')
      .replace(/\n\n\n/g, '\n\u00a0\n')
      .replace(/，/g, '，\u200b');
    const variant = raw.slice(0, junction) + copy2;
    const r = expectWellFormed(variant, findDuplicateBody(variant));
    expect(r.ranges[0].start).toBe(junction);
    expect(r.ranges[0].end).toBe(variant.length);
    expect(hidden(variant, r)).toEqual([copy2]);
  });

  it('leaves the sample alone once the duplicate is removed', () => {
    const junction = raw.indexOf(marker) + marker.length;
    expect(findDuplicateBody(raw.slice(0, junction))).toBeNull();
  });
});

describe('findDuplicateBody: whole body printed twice', () => {
  it('junction mid-paragraph (no separator between the copies)', () => {
    const raw = NOTICE + NOTICE;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([NOTICE]);
    expect(r.ranges).toEqual([{ start: NOTICE.length, end: raw.length, chars: 425 }]);
    expect(r.originalStart).toBe(0);
    expect(r.originalEnd).toBe(NOTICE.length);
  });

  it('two consecutive runs of paragraphs: the range starts at the second run’s line, indentation included', () => {
    const raw = `${REPORT}\n${REPORT}\n`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(r.ranges).toHaveLength(1);
    expect(r.ranges[0].start).toBe(REPORT.length + 1);
    expect(raw.slice(r.ranges[0].start, r.ranges[0].start + 3)).toBe('　　6');
    expect(r.ranges[0].end).toBe(raw.length);
    expect(visible(raw, r)).toBe(`${REPORT}\n`);
    expect(r.originalEnd).toBe(REPORT.length);
  });

  it('title and date printed once before the copies', () => {
    const head = `${TITLE}\n${DATE}\n`;
    const raw = `${head}${NOTICE}\n${NOTICE}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(r.originalStart).toBe(head.length);
    expect(hidden(raw, r)).toEqual([NOTICE]);
  });

  it('附件 line printed once after the second copy is not swallowed', () => {
    const tail = '附件：1.汛期安全生产重点检查表\n　　　2.隐患排查整改台账';
    const raw = `${NOTICE}\n${NOTICE}\n\n${tail}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([`${NOTICE}\n\n`]);
    expect(visible(raw, r)).toBe(`${NOTICE}\n${tail}`);
  });

  it('prefix and suffix together, with 特此通知 printed once after the copies', () => {
    const raw = `${TITLE}\n${NOTICE}\n${NOTICE}\n　　特此通知。\n市应急管理局\n2024年6月3日`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    const v = visible(raw, r);
    expect(v).toBe(`${TITLE}\n${NOTICE}\n　　特此通知。\n市应急管理局\n2024年6月3日`);
    // The range ends at the start of 特此通知's line; the line keeps its indentation.
    expect(raw.slice(r.ranges[0].end)).toMatch(/^　　特此通知。/);
  });

  it('copies separated by spaces only: the spaces go with the hidden copy', () => {
    const raw = `${REPORT} \u3000${REPORT}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([` \u3000${REPORT}`]);
    expect(visible(raw, r)).toBe(REPORT);
  });

  it('trailing white space after the last copy is hidden with it', () => {
    const raw = `${REPORT}\n${REPORT}\n\u00a0\n\u3000\n\n`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([`${REPORT}\n\u00a0\n\u3000\n\n`]);
  });

  it('a footer printed once after the copies stays visible', () => {
    const footer = '主办：某某市人民政府办公室　　承办：某某市大数据中心　　网站标识码：6101000001';
    const raw = `${REPORT}${REPORT}\n${footer}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(r.ranges[0].start).toBe(REPORT.length);
    expect(visible(raw, r)).toBe(`${REPORT}${footer}`);
    expect(raw.slice(r.ranges[0].end)).toBe(footer);
  });

  it('<br>-separated bodies (runs of newlines and NBSP lines)', () => {
    const br = NOTICE_PARAS.join('\n\n\u00a0\n\n');
    const raw = `${TITLE}\n\n\n${br}\n\n\n\n${br}\n\n\n`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([`${br}\n\n\n`]);
    expect(visible(raw, r)).toBe(`${TITLE}\n\n\n${br}\n\n\n\n`);
  });

  it('a very short body (~40 chars) printed twice', () => {
    const body = '市政府召开常务会议，研究部署安全生产和防汛抗旱工作，要求各地压实责任、狠抓落实。';
    expect(body).toHaveLength(40);
    const raw = `${body}\n${body}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(r.ranges[0]).toEqual({ start: body.length + 1, end: raw.length, chars: 40 });
    expect(hidden(raw, r)).toEqual([body]);
  });

  it('CRLF line endings', () => {
    const body = REPORT.replace(/\n/g, '\r\n');
    const raw = `${body}\r\n${body}\r\n`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([`${body}\r\n`]);
  });

  it('text with characters outside the BMP', () => {
    const body = `${REPORT_PARAS[0]}\n　　会议要求，𠮷𠮷镇等乡镇要加快推进项目建设。`;
    const raw = body + body;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([body]);
  });
});

describe('findDuplicateBody: copies that differ only in rendering', () => {
  it('white space, NBSP, U+3000 and zero-width characters', () => {
    const copy2 = NOTICE.replace(/　　/g, '\u00a0\u00a0 ').replace(/。/g, '。\u200b').replace(/\n/g, '\n\n\ufeff');
    const raw = `${NOTICE}\n${copy2}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([copy2]);
  });

  it('full-width vs half-width punctuation and digits', () => {
    const copy2 = NOTICE.replace(/，/g, ',').replace(/：/g, ':').replace(/24/g, '２４').replace(/2024/g, '２０２４');
    const raw = `${NOTICE}${copy2}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([copy2]);
  });

  it('curly quotes vs straight or CJK quotes', () => {
    const copy2 = REPORT.replace(/“/g, '〝').replace(/”/g, '〞');
    const copy3 = REPORT.replace(/[“”]/g, '"');
    for (const c of [copy2, copy3]) {
      const raw = `${REPORT}\n${c}`;
      const r = expectWellFormed(raw, findDuplicateBody(raw));
      expect(hidden(raw, r)).toEqual([c]);
    }
  });
});

describe('findDuplicateBody: three and four copies', () => {
  it('body printed three times: hides copies 2 and 3', () => {
    const raw = `${TITLE}\n${NOTICE}\n${NOTICE}\n${NOTICE}\n`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(r.ranges).toHaveLength(2);
    const s2 = TITLE.length + 1 + NOTICE.length + 1;
    const s3 = s2 + NOTICE.length + 1;
    expect(r.ranges[0]).toMatchObject({ start: s2, end: s3 });
    expect(r.ranges[1]).toMatchObject({ start: s3, end: raw.length });
    expect(hidden(raw, r)).toEqual([`${NOTICE}\n`, `${NOTICE}\n`]);
    expect(visible(raw, r)).toBe(`${TITLE}\n${NOTICE}\n`);
  });

  it('three copies joined mid-paragraph', () => {
    const raw = REPORT + REPORT + REPORT;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([REPORT, REPORT]);
  });

  it('four copies: hides three', () => {
    const raw = [REPORT, REPORT, REPORT, REPORT].join('\n');
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(hidden(raw, r)).toEqual([`${REPORT}\n`, `${REPORT}\n`, REPORT]);
    expect(visible(raw, r)).toBe(`${REPORT}\n`);
  });
});

describe('findDuplicateBody: where the copy boundary goes', () => {
  it('title ending like the body does not shift the boundary into the previous copy', () => {
    // Title "…的通知" and body "…特此通知" end alike; the copies are still cut at the body's start.
    const body = `${NOTICE_PARAS.slice(0, 4).join('\n')}\n　　特此通知`;
    const raw = `${TITLE}\n${body}\n${body}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(r.originalStart).toBe(TITLE.length + 1);
    expect(hidden(raw, r)).toEqual([body]);
  });

  it('a date before the body and as its signature: visible text is title, date, body', () => {
    const d = '2024年6月3日';
    const body = `${REPORT}\n${d}`;
    const raw = `${d}\n${body}\n${body}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    // The text repeats with the period "date, report": hiding the first copy's signature with the second
    // report leaves the reader the same date, report, date.
    expect(hidden(raw, r)).toEqual([`${d}\n${REPORT}\n`]);
    expect(visible(raw, r)).toBe(`${d}\n${REPORT}\n${d}`);
  });

  it('kept copy offsets cover exactly the first copy', () => {
    const raw = `${TITLE}\n\n${REPORT}\n\n${REPORT}`;
    const r = expectWellFormed(raw, findDuplicateBody(raw));
    expect(raw.slice(r.originalStart, r.originalEnd)).toBe(REPORT.trim());
  });
});
