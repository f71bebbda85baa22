/**
 * Two stored notices with task facts and the reader's annotations, for the task list and export tests: a 区
 * 应急管理局 notice (dated and recurring deadlines, one corrected by the reader, one done) and a 教育局 notice
 * (an undated directive the reader highlighted, an untouched undated one that is no task).
 */
import type { Annotation, NoticeRecord } from '../../utils/model';

export const TODAY = '2025-11-25';
const T = '2025-11-20T08:00:00.000Z';

export const EMERGENCY: NoticeRecord = {
  page: 'https://www.example.gov.cn/zwgk/tzgg/2025/notice-1.html',
  title: '关于做好2025年冬季安全生产工作的通知',
  site: 'www.example.gov.cn', source: '区应急管理局', published: '2025-10-08', docNumber: '',
  directives: [
    { ordinal: '一、', level: 1, lead: '一、总体要求' },
    { ordinal: '（一）', level: 2, lead: '（一）开展隐患排查。' },
    { ordinal: '（二）', level: 2, lead: '（二）完善应急预案。' },
    { ordinal: '（三）', level: 2, lead: '（三）按月报送工作进展。' },
    { ordinal: '（四）', level: 2, lead: '（四）加强值班值守。' },
  ],
  tasks: [
    { index: 1, due: { kind: 'date', date: '2025-11-20', text: '于2025年11月20日前' }, lead: '区住建局' },
    { index: 2, due: { kind: 'date', date: '2025-11-30', text: '于2025年11月30日前' }, lead: '区应急管理局', responsible: ['各街道办事处', '区消防救援大队'] },
    { index: 3, due: { kind: 'recurring', every: 'month', day: 10, text: '每月10日前' }, reportTo: '区政府办公室' },
    { index: 4, due: { kind: 'date', date: '2025-12-31', text: '12月底前' } },
  ],
  firstSeen: T, lastSeen: T,
};

export const SCHOOLS: NoticeRecord = {
  page: 'https://jyj.example.gov.cn/art/2025/11/3/art_1.html',
  title: '关于加强校园食品安全管理的通知',
  site: 'jyj.example.gov.cn', source: '区教育局', published: '2025-11-03', docNumber: '',
  directives: [
    { ordinal: '一是', level: 1, lead: '一是落实校长负责制。' },
    { ordinal: '二是', level: 1, lead: '二是规范食材采购。' },
  ],
  firstSeen: T, lastSeen: T,
};

const base = { selectors: [], note: '', tags: [], created: T, modified: T };
export const ANNOTATIONS: Annotation[] = [
  // The reader corrected （二）'s date and lead unit, and set it doing.
  { ...base, id: 'd-2', page: EMERGENCY.page, kind: 'directive', directive: { ordinal: '（二）', index: 2, lead: '（二）完善应急预案。' }, status: 'doing', due: '2025-11-28', lead: '区应急管理局（牵头）' },
  // （一） is done (on 2025-11-19).
  { ...base, id: 'd-1', page: EMERGENCY.page, kind: 'directive', directive: { ordinal: '（一）', index: 1, lead: '（一）开展隐患排查。' }, status: 'done', modified: '2025-11-19T10:00:00.000Z' },
  // A highlight inside 一是 makes it a task without a date.
  { ...base, id: 'h-1', page: SCHOOLS.page, kind: 'highlight', directive: { ordinal: '一是', index: 0, lead: '一是落实校长负责制。' }, color: 'yellow',
    selectors: [{ type: 'TextQuoteSelector', exact: '校长负责制', prefix: '', suffix: '' }] },
];
