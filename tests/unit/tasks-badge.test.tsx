/**
 * The due date and lead unit beside a directive (TaskBadge) and its correction form, rendered on happy-dom and
 * used by keyboard as a reader would: Enter saves, Esc cancels, a bad date is refused.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskBadge } from '../../components/shared/TaskBadge';
import { TaskContext, type TaskSource } from '../../components/shared/task-context';
import { translator } from '../../utils/i18n';
import type { TaskCorrection } from '../../utils/tasks/due';

const zh = translator('zh');
const en = translator('en');
let root: HTMLElement;

function mount(source: Partial<TaskSource>, tab?: number, t = zh) {
  const value: TaskSource = {
    extracted: () => ({ due: { kind: 'date', date: '2025-11-30', text: '于2025年11月30日前' }, lead: '区应急管理局' }),
    correction: () => undefined,
    today: '2025-11-27',
    correct: () => {},
    ...source,
  };
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<TaskContext.Provider value={value}><TaskBadge index={2} label="（二）" t={t} tab={tab} /></TaskContext.Provider>, root));
  return root;
}
const q = (sel: string) => root.querySelector<HTMLElement>(sel);
function type(sel: string, value: string) {
  const input = q(sel) as HTMLInputElement;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const key = (sel: string, k: string) => act(() => void q(sel)!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('TaskBadge', () => {
  it('shows the due date relative to today, the date, and the lead unit', () => {
    mount({});
    expect(q('[data-nl-field="task-due"]')!.textContent).toBe('还有3天 · 2025-11-30');
    expect(q('[data-nl-field="task-lead"]')!.textContent).toBe('牵头：区应急管理局');
  });

  it('in English, with plurals', () => {
    mount({ today: '2025-12-01' }, undefined, en);
    expect(q('[data-nl-field="task-due"]')!.textContent).toBe('overdue by 1 day · 2025-11-30');
    expect(q('[data-nl-field="task-lead"]')!.textContent).toBe('Lead: 区应急管理局');
  });

  it("the reader's correction wins, and says so", () => {
    mount({ correction: () => ({ due: '2025-12-04', lead: '区住建局' }) });
    expect(q('[data-nl-field="task-due"]')!.textContent).toBe('还有7天 · 2025-12-04');
    expect(q('[data-nl-field="task-lead"]')!.textContent).toBe('牵头：区住建局');
    expect(q('.nl-task-corrected')!.textContent).toBe('已修改');
  });

  it('in the in-page outline, a directive that names nothing draws nothing (a dated one beside it does)', () => {
    mount({ extracted: () => ({}) }, -1);
    expect(root.innerHTML).toBe('');
    act(() => render(null, root));
    mount({}, -1);
    expect(q('[data-nl-task]')).not.toBeNull();
  });

  it('saves a typed correction with Enter (the form opens with the date field focused)', () => {
    const correct = vi.fn<(i: number, c: TaskCorrection | null) => void>();
    mount({ correct });
    act(() => q('[data-nl-action="task-edit"]')!.click());
    expect(document.activeElement).toBe(q('[data-nl-field="task-due-input"]'));
    type('[data-nl-field="task-due-input"]', '2025年12月2日');
    type('[data-nl-field="task-lead-input"]', '区消防救援大队');
    act(() => void q('[data-nl-task-form]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(correct).toHaveBeenCalledTimes(1);
    expect(correct).toHaveBeenCalledWith(2, { due: '2025-12-02', lead: '区消防救援大队' });
    expect(q('[data-nl-task-form]')).toBeNull();
  });

  it('refuses a date that is no day, and Esc cancels without saving', () => {
    const correct = vi.fn();
    mount({ correct });
    act(() => q('[data-nl-action="task-edit"]')!.click());
    type('[data-nl-field="task-due-input"]', '2025-02-30');
    act(() => void q('[data-nl-task-form]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(q('[data-nl-field="task-due-input"]')!.getAttribute('aria-invalid')).toBe('true');
    key('[data-nl-field="task-due-input"]', 'Escape');
    expect(q('[data-nl-task-form]')).toBeNull();
    expect(correct).not.toHaveBeenCalled();
  });

  it('a corrected directive can go back to what the notice says', () => {
    const correct = vi.fn();
    mount({ correct, correction: () => ({ lead: '区住建局' }) });
    act(() => q('[data-nl-action="task-edit"]')!.click());
    act(() => q('[data-nl-action="task-reset"]')!.click());
    expect(correct).toHaveBeenCalledWith(2, null);
  });
});
