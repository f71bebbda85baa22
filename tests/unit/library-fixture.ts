/**
 * A small, hand-made library for the library tests: three notices (one English),
 * a page with annotations but no notice record, and annotations of every kind.
 */
import type { Annotation, NoticeRecord } from '../../utils/model';
import type { LibraryEntry } from '../../utils/store/messages';

export const A = 'http://gxj.xa.gov.cn/xwzx/a.html';
export const B = 'https://www.gov.cn/zhengce/b.htm';
export const C = 'https://www.gov.uk/guidance/c';
export const D = 'http://news.example.com/d.html';

function notice(page: string, p: Partial<NoticeRecord>): NoticeRecord {
  return {
    page, title: '', site: '', source: '', published: '', docNumber: '', directives: [],
    firstSeen: '2024-01-01T00:00:00.000Z', lastSeen: '2024-01-01T00:00:00.000Z', ...p,
  };
}

export const notices: NoticeRecord[] = [
  notice(A, {
    title: '市工信委召开全体干部大会 安排部署下阶段重点工作', site: '西安市工业和信息化局', source: '市工信委',
    published: '2018-09-05', lastSeen: '2024-03-01T00:00:00.000Z',
    directives: [{ ordinal: '一要', level: 1, lead: '一要坚决打好秦岭保卫战。' }, { ordinal: '二要', level: 1, lead: '二要认真开展作风问题大排查。' }],
  }),
  notice(B, { title: '国务院办公厅关于做好２０２４年春节假期安排的通知', site: '中国政府网', docNumber: '国办发明电〔2023〕7号', published: '2023-10-25', lastSeen: '2024-02-01T00:00:00.000Z' }),
  notice(C, { title: 'Flood Guidance for Local Authorities', site: 'GOV.UK', published: '2024-01-15', lastSeen: '2024-01-20T00:00:00.000Z' }),
];

export const entries: LibraryEntry[] = notices.map((n) => ({ page: n.page, notice: n, count: 0 }));

let seq = 0;
function ann(page: string, p: Partial<Annotation>): Annotation {
  seq++;
  return {
    id: `id-${String(seq).padStart(3, '0')}`, page, kind: 'highlight', selectors: [], note: '', tags: [],
    created: '2024-01-01T00:00:00.000Z', modified: `2024-01-0${Math.min(seq, 9)}T00:00:00.000Z`, ...p,
  };
}

const q = (exact: string, start: number): Annotation['selectors'] => [
  { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  { type: 'TextPositionSelector', start, end: start + exact.length },
];

export const annotations: Annotation[] = [
  ann(A, { selectors: q('必须切实扛起生态保护政治责任', 300), color: 'green', tags: ['秦岭'], directive: { ordinal: '一要', index: 0, lead: '一要坚决打好秦岭保卫战。' } }),
  ann(A, { selectors: q('每周至少集中协调一次幸福路地区\n大企业搬迁工作', 100), color: 'yellow', note: '本周五前报送台账', tags: ['搬迁'] }),
  // An older directive annotation, superseded by the next one: its "todo" is stale.
  ann(A, { kind: 'directive', status: 'todo', directive: { ordinal: '二要', index: 1, lead: '二要认真开展作风问题大排查。' } }),
  ann(A, { kind: 'directive', status: 'done', note: '机关纪委牵头', directive: { ordinal: '二要', index: 1, lead: '二要认真开展作风问题大排查。' } }),
  ann(A, { kind: 'page-note', note: '9月全体干部大会要点' }),
  ann(B, { selectors: q('2月10日至17日放假调休，共8天', 50), color: 'blue', tags: ['假期', '秦岭'] }),
  ann(B, { kind: 'directive', status: 'doing', directive: { ordinal: '一、', index: 0, lead: '一、春节' } }),
  ann(C, { selectors: q('Local authorities should publish flood plans', 10), color: 'green', note: 'Check the council page' }),
  ann(D, { selectors: q('商业新闻里的一句话', 5), color: 'pink', tags: ['其他'] }),
];
