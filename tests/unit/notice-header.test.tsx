/**
 * The side panel's notice header shows the notice's own 发文机关 and 成文日期 when they were read, and a record
 * stored before they were (no such fields) still shows what it has. Rendered on happy-dom.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NoticeHeader } from '../../components/sidepanel/NoticeHeader';
import { translator } from '../../utils/i18n';
import type { NoticeRecord } from '../../utils/model';
import * as F from '../fixtures/export/notices';

let root: HTMLElement;
function mount(notice: NoticeRecord, lang: 'zh' | 'en' = 'zh') {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<NoticeHeader page={notice.page} notice={notice} annotations={[]} status={null} orphans={0} t={translator(lang)} />, root));
  return root;
}
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

/** Each shown field as `label value`, in order (the URL row left out). */
const rows = (el: HTMLElement) =>
  Array.from(el.querySelectorAll('dl > div'))
    .filter((d) => d.querySelector('dd')?.getAttribute('data-nl-field') !== 'url')
    .map((d) => `${d.querySelector('dt')!.textContent} ${d.querySelector('dd')!.textContent}`);

describe('NoticeHeader', () => {
  it('shows 发文机关 and 成文日期 first, and a 来源 that is the 发文机关 only once', () => {
    expect(rows(mount(F.nestedNotice))).toEqual(['发文机关 国务院办公厅', '成文日期 2024-01-12', '日期 2024-01-15', '发文字号 国办发〔2024〕3号', '网站 中国政府网']);
  });

  it('shows a different 来源 beside the 发文机关, in English too', () => {
    const n = { ...F.nestedNotice, source: '中国政府网网站', issuer: '国务院' };
    expect(rows(mount(n, 'en'))).toEqual(['Issuing authority 国务院', 'Date written 2024-01-12', 'Issued by 中国政府网网站', 'Date 2024-01-15', 'Document no. 国办发〔2024〕3号', 'Site 中国政府网']);
  });

  it('shows a record stored before they were read without them', () => {
    expect('issuer' in F.sampleNotice).toBe(false);
    expect(rows(mount(F.sampleNotice))).toEqual(['来源 市工信委办公室', '日期 2018-09-05', '网站 西安市工业和信息化局']);
  });
});
