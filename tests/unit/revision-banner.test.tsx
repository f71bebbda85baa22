/**
 * Issue 16, the in-page banner of a revised visit, rendered on happy-dom and clicked as a reader would: the
 * sentence in both languages (English plural forms), the deleted passages as text (a passage that looks like
 * markup stays text), and the button that hides and shows the page's change marks.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { RevisionBanner } from '../../components/page/RevisionBanner';
import { translator } from '../../utils/i18n';
import type { RevisionSummary } from '../../utils/revisions/model';

let root: HTMLElement;
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

// Noon local time: the same calendar day in every time zone the test may run in.
const since = new Date(2026, 10, 20, 12, 0).toISOString();
const summary = (over: Partial<RevisionSummary> = {}): RevisionSummary => ({ since, inserted: 1, changed: 1, deleted: ['，分管负责同志要靠前指挥、一线督导'], ...over });

describe('the revision banner', () => {
  it('says in Chinese since when and how many passages were added, changed and deleted, and lists the deleted ones', () => {
    const el = mount(<RevisionBanner summary={summary()} t={translator('zh')} onShowMarks={() => {}} />);
    expect(el.querySelector('[data-nl-revision] > span')!.textContent).toBe('本通知自 2026-11-20 以来有改动：新增 1 处，修改 1 处，删除 1 处');
    expect([...el.querySelectorAll('[data-nl-deleted]')].map((li) => li.textContent)).toEqual(['，分管负责同志要靠前指挥、一线督导']);
  });

  it('uses English plural forms', () => {
    const one = mount(<RevisionBanner summary={summary()} t={translator('en')} onShowMarks={() => {}} />);
    expect(one.querySelector('[data-nl-revision] > span')!.textContent).toBe('This notice has changed since 2026-11-20: 1 addition, 1 change, 1 deletion');
    act(() => render(<RevisionBanner summary={summary({ inserted: 3, changed: 0, deleted: ['甲', '乙'] })} t={translator('en')} onShowMarks={() => {}} />, root));
    expect(root.querySelector('[data-nl-revision] > span')!.textContent).toBe('This notice has changed since 2026-11-20: 3 additions, 0 changes, 2 deletions');
  });

  it('shows a deleted passage that looks like markup as text, and lists nothing when nothing was deleted', () => {
    const hostile = '<img src=x onerror="alert(1)">第三条<b>删除</b>';
    const el = mount(<RevisionBanner summary={summary({ deleted: [hostile] })} t={translator('zh')} onShowMarks={() => {}} />);
    expect(el.querySelector('[data-nl-deleted]')!.textContent).toBe(hostile);
    expect(el.querySelector('img, b')).toBeNull();
    act(() => render(<RevisionBanner summary={summary({ deleted: [] })} t={translator('zh')} onShowMarks={() => {}} />, root));
    expect(root.querySelectorAll('[data-nl-deleted]')).toHaveLength(0);
    expect(root.textContent).toContain('删除 0 处');
  });

  it('hides the change marks and shows them again', () => {
    const calls: boolean[] = [];
    const el = mount(<RevisionBanner summary={summary()} t={translator('zh')} onShowMarks={(show) => calls.push(show)} />);
    const button = el.querySelector<HTMLButtonElement>('[data-nl-action="toggle-changes"]')!;
    expect([button.textContent, button.getAttribute('aria-pressed')]).toEqual(['隐藏改动标记', 'false']);
    act(() => button.click());
    expect([button.textContent, button.getAttribute('aria-pressed')]).toEqual(['显示改动标记', 'true']);
    act(() => button.click());
    expect(calls).toEqual([false, true]);
  });
});
