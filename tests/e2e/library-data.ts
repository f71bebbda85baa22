/** Three more notices for the library tests (the fourth is the sample notice, annotated in the page). */
import type { Annotation, NoticeRecord } from '../../utils/model';

export const HOLIDAY = 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm';
export const FLOOD = 'https://www.gov.uk/guidance/flood-plans';
export const SAFETY = 'http://yjglj.xa.gov.cn/zwgk/tzgg/safety.html';

const T = (d: string) => `${d}T08:00:00.000Z`;
const notice = (p: Partial<NoticeRecord> & Pick<NoticeRecord, 'page' | 'title'>): NoticeRecord => ({
  site: '', source: '', published: '', docNumber: '', directives: [], firstSeen: T('2024-01-01'), lastSeen: T('2024-01-02'), ...p,
});
const ann = (p: Partial<Annotation> & Pick<Annotation, 'id' | 'page'>): Annotation => ({
  kind: 'highlight', selectors: [], note: '', tags: [], created: T('2024-02-01'), modified: T('2024-02-02'), ...p,
});
const quote = (exact: string, start: number): Annotation['selectors'] => [
  { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
  { type: 'TextPositionSelector', start, end: start + exact.length },
];

export const notices: NoticeRecord[] = [
  notice({ page: HOLIDAY, title: '国务院办公厅关于2024年部分节假日安排的通知', site: '中国政府网', source: '国务院办公厅', published: '2023-10-25', docNumber: '国办发明电〔2023〕7号',
    directives: [{ ordinal: '一、', level: 1, lead: '一、元旦：1月1日放假，与周末连休。' }, { ordinal: '二、', level: 1, lead: '二、春节：2月10日至17日放假调休，共8天。' }] }),
  notice({ page: FLOOD, title: 'Flood plans for local authorities', site: 'GOV.UK', source: 'Environment Agency', published: '2024-03-12' }),
  notice({ page: SAFETY, title: '关于开展安全生产大检查的通知', site: '西安市应急管理局', source: '市应急局', published: '2024-05-20',
    directives: [{ ordinal: '（一）', level: 1, lead: '（一）全面排查风险隐患。' }] }),
];

export const annotations: Annotation[] = [
  ann({ id: 'hol-1', page: HOLIDAY, selectors: quote('2月10日至17日放假调休，共8天', 40), color: 'green', tags: ['假期'], note: '记得提前订票', directive: { ordinal: '二、', index: 1, lead: '二、春节：2月10日至17日放假调休，共8天。' } }),
  ann({ id: 'hol-d', page: HOLIDAY, kind: 'directive', status: 'done', directive: { ordinal: '一、', index: 0, lead: '一、元旦：1月1日放假，与周末连休。' } }),
  ann({ id: 'flood-1', page: FLOOD, selectors: quote('Local authorities should publish flood plans', 10), color: 'blue', note: 'Check the council page', tags: ['flood'] }),
  ann({ id: 'safe-1', page: SAFETY, selectors: quote('全面排查风险隐患，建立问题清单', 30), color: 'pink', tags: ['督查'], directive: { ordinal: '（一）', index: 0, lead: '（一）全面排查风险隐患。' } }),
  ann({ id: 'safe-d', page: SAFETY, kind: 'directive', status: 'doing', note: '下周三前上报', directive: { ordinal: '（一）', index: 0, lead: '（一）全面排查风险隐患。' } }),
];
