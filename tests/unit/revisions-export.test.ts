import { describe, expect, it } from 'vitest';
import { renderNoticeMarkdown } from '../../utils/export';
import { exportRevision } from '../../utils/export/revision-markdown';
import type { NoticeRecord } from '../../utils/model';
import { ofType, parseMd } from '../fixtures/export/md-helpers';

const PAGE = 'https://www.liulin.gov.cn/zwgk/tzgg/202611/t20261103_88231.html';
const NOTICE: NoticeRecord = {
  page: PAGE,
  title: '关于做好2026年冬季安全生产工作的通知',
  site: '柳林县人民政府',
  source: '县安委会办公室',
  published: '2026-11-03',
  docNumber: '',
  directives: [],
  firstSeen: '2026-11-20T02:00:00.000Z',
  lastSeen: '2026-12-02T02:00:00.000Z',
};
// The deleted sentence carries Markdown and HTML of its own: the export must keep them as text.
const OLD = '一、开展隐患排查。请于2026年11月20日前报送。对*逾期*未报的，<b>予以通报</b>。\n二、加强值班值守。';
const NEW = '一、开展隐患排查。请于2026年12月5日前报送。\n二、加强值班值守。\n三、做好应急准备。';
const VERSIONS = [
  { page: PAGE, savedAt: '2026-12-02T02:00:00.000Z', text: NEW },
  { page: PAGE, savedAt: '2026-11-25T02:00:00.000Z', text: OLD.replace('二、', '二、 ') },
  { page: PAGE, savedAt: '2026-11-20T02:00:00.000Z', text: OLD },
];
const render = (lang: 'zh' | 'en', revisionChanges: boolean) =>
  renderNoticeMarkdown(NOTICE, [], { exportedAt: '2026-12-02T08:00:00.000Z', lang, revisions: { [PAGE]: exportRevision(VERSIONS)! }, revisionChanges });

describe('the Markdown export of a revised notice', () => {
  it('compares the oldest kept version with the newest', () => {
    expect(exportRevision(VERSIONS)).toEqual({
      since: '2026-11-20T02:00:00.000Z',
      inserted: ['三、做好应急准备。'],
      changed: [{ before: '11月20', after: '12月5' }],
      deleted: ['对*逾期*未报的，<b>予以通报</b>。'],
    });
    expect(exportRevision(VERSIONS.slice(0, 1))).toBeNull();
  });

  it('states the revision under the citation, and nothing more without the option', () => {
    const md = render('zh', false);
    expect(md).toContain('\n本通知自 2026-11-20 以来有改动：新增 1 处，修改 1 处，删除 1 处。\n');
    expect(md).not.toContain('## 改动');
    expect(render('en', false)).toContain('\nRevised since 2026-11-20: 1 addition, 1 change, 1 deletion.\n');
  });

  it('with the option, lists each passage as an escaped quote', () => {
    const md = render('zh', true);
    expect(md.slice(md.indexOf('## 改动'))).toBe(
      [
        '## 改动',
        '',
        '新增：',
        '> 三、做好应急准备。',
        '',
        '修改（原为“11月20”）：',
        '> 12月5',
        '',
        '删除：',
        '> 对\\*逾期\\*未报的，\\<b\\>予以通报\\</b\\>。',
        '',
      ].join('\n'),
    );
    const root = parseMd(md);
    expect(ofType(root, 'emph')).toEqual([]);
    expect(ofType(root, 'html_inline')).toEqual([]);
    expect(ofType(root, 'block_quote')).toHaveLength(3);
  });
});
