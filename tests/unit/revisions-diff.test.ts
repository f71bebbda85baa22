import { afterEach, describe, expect, it } from 'vitest';
import { bodyChanges, wordDiff } from '../../utils/revisions/diff';
import { setSegmenterForTest } from '../../utils/revisions/tokens';

/** A county notice's deduplicated body as the page gives it: a title, 主送, numbered paragraphs, 落款. */
const NOTICE = [
  '关于做好2026年冬季安全生产工作的通知',
  '各镇人民政府、街道办事处，县政府各部门：',
  '为切实做好今冬明春安全生产工作，有效防范和遏制各类生产安全事故，现就有关事项通知如下。',
  '一、开展隐患排查。各单位要对照清单全面开展自查，请于2026年11月20日前将自查报告报送县应急管理局。逾期未报的，予以通报。',
  '二、加强值班值守。严格执行领导带班和24小时值班制度，遇有突发情况立即报告。',
  '三、强化宣传教育。利用广播、宣传栏等方式普及安全知识。',
  '联系人：张明，电话：0917-3212345。',
  '柳林县安全生产委员会办公室',
  '2026年11月3日',
].join('\n');

afterEach(() => setSegmenterForTest(undefined));

describe('bodyChanges on a revised county notice', () => {
  it('a corrected deadline is one change, with the text it replaced', () => {
    const newer = NOTICE.replace('2026年11月20日前', '2026年12月5日前');
    const c = bodyChanges(NOTICE, newer);
    expect(c.inserted).toEqual([]);
    expect(c.deleted).toEqual([]);
    expect(c.changed).toHaveLength(1);
    expect(c.changed[0]!.before).toBe('11月20');
    expect(newer.slice(c.changed[0]!.start, c.changed[0]!.end)).toBe('12月5');
  });

  it('a removed sentence is one deletion, placed where it was', () => {
    const newer = NOTICE.replace('逾期未报的，予以通报。', '');
    const c = bodyChanges(NOTICE, newer);
    expect(c).toEqual({
      inserted: [],
      changed: [],
      deleted: [{ at: newer.indexOf('县应急管理局。') + '县应急管理局。'.length, text: '逾期未报的，予以通报。' }],
    });
  });

  it('an added paragraph is one insertion covering exactly that paragraph', () => {
    const added = '四、做好应急准备。各单位要储备必要的应急物资，确保拉得出、用得上。';
    const newer = NOTICE.replace('联系人', `${added}\n联系人`);
    const c = bodyChanges(NOTICE, newer);
    expect(c.changed).toEqual([]);
    expect(c.deleted).toEqual([]);
    expect(c.inserted).toHaveLength(1);
    expect(newer.slice(c.inserted[0]!.start, c.inserted[0]!.end)).toBe(added);
  });

  it('a whole paragraph removed is one deletion with its text', () => {
    const gone = '三、强化宣传教育。利用广播、宣传栏等方式普及安全知识。';
    const c = bodyChanges(NOTICE, NOTICE.replace(`${gone}\n`, ''));
    expect(c.inserted).toEqual([]);
    expect(c.changed).toEqual([]);
    expect(c.deleted.map((d) => d.text)).toEqual([gone]);
  });

  it('white space, line breaks and full-width digits are not changes; a real edit beside them still is', () => {
    const respaced = NOTICE.replace('各镇人民政府', '各镇　人民政府')
      .replace('2026年11月20日', '２０２６年１１月２０日')
      .replace('二、加强值班值守。', '二、加强值班值守。\n\n   ')
      .replace('0917-3212345', '０９１７－３２１２３４５');
    expect(bodyChanges(NOTICE, respaced)).toEqual({ inserted: [], changed: [], deleted: [] });
    expect(wordDiff(NOTICE, respaced)).toEqual([{ op: 'equal', text: respaced }]);

    const edited = respaced.replace('张明', '李华');
    const c = bodyChanges(NOTICE, edited);
    expect(c.changed.map((x) => x.before)).toEqual(['张明']);
    expect(c.inserted).toEqual([]);
    expect(c.deleted).toEqual([]);
  });

  it('a paragraph moved to another place is a deletion where it was and an insertion where it is', () => {
    const moved = '一、开展隐患排查。各单位要对照清单全面开展自查，请于2026年11月20日前将自查报告报送县应急管理局。逾期未报的，予以通报。';
    const lines = NOTICE.split('\n');
    const newer = [...lines.slice(0, 3), ...lines.slice(4, 7), moved, ...lines.slice(7)].join('\n');
    const c = bodyChanges(NOTICE, newer);
    expect(c.changed).toEqual([]);
    expect(c.deleted.map((d) => d.text)).toEqual([moved]);
    expect(c.inserted).toHaveLength(1);
    expect(newer.slice(c.inserted[0]!.start, c.inserted[0]!.end)).toBe(moved);
  });

  it('edits in three paragraphs are three changes, in reading order', () => {
    const newer = NOTICE.replace('隐患排查', '风险隐患排查')
      .replace('24小时值班', '24小时在岗值班')
      .replace('宣传栏', '微信公众号');
    const c = bodyChanges(NOTICE, newer);
    expect(c.changed.map((x) => x.before)).toEqual(['宣传栏']);
    expect(c.inserted.map((x) => newer.slice(x.start, x.end))).toEqual(['风险', '在岗']);
    expect(c.deleted).toEqual([]);
  });

  it('without Intl.Segmenter it compares characters and still finds one change for the deadline', () => {
    setSegmenterForTest(null);
    const newer = NOTICE.replace('2026年11月20日前', '2026年12月5日前');
    const c = bodyChanges(NOTICE, newer);
    expect(c.changed).toHaveLength(1);
    // By characters the month's first 1 is kept: 1[1月20] → 1[2月5].
    expect(c.changed[0]!.before).toBe('1月20');
    expect(newer.slice(c.changed[0]!.start, c.changed[0]!.end)).toBe('2月5');
  });

  it('two texts with nothing in common are one change, not a word-by-word tangle', () => {
    const other = '关于开展2027年春季植树活动的倡议\n全县广大干部群众：\n春回大地，万物复苏。让我们行动起来，共同建设美丽家园。';
    const c = bodyChanges(NOTICE, other);
    expect(c.inserted).toEqual([]);
    expect(c.deleted).toEqual([]);
    expect(c.changed).toHaveLength(1);
  });
});

describe('wordDiff for the side panel', () => {
  it('shows the corrected deadline as the old words removed before the new ones', () => {
    const newer = NOTICE.replace('2026年11月20日前', '2026年12月5日前');
    const parts = wordDiff(NOTICE, newer);
    expect(parts.filter((p) => p.op !== 'equal')).toEqual([
      { op: 'delete', text: '11月20' },
      { op: 'insert', text: '12月5' },
    ]);
    expect(parts[0]!.text.endsWith('请于2026年')).toBe(true);
    expect(parts[3]!.text.startsWith('日前将自查报告')).toBe(true);
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe(newer);
  });

  it('identical versions are one equal part', () => {
    expect(wordDiff(NOTICE, NOTICE)).toEqual([{ op: 'equal', text: NOTICE }]);
  });
});
