/**
 * The in-page outline renders a long list in slices (issue 14: hundreds of rows in one render were a long
 * task): the first rows at once, the rest in idle time, and a row the keys go to at once. On happy-dom, with
 * the idle callback faked, driven by the keys a reader presses.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Outline, type OutlineItem } from '../../components/page/Outline';
import { translator } from '../../utils/i18n';

const t = translator('zh');
let root: HTMLElement;
let idle: (() => void)[] = [];

// 一、 … 一百二十、 as 120 first-level directives: every one is a row (nothing to collapse).
const ITEMS: OutlineItem[] = Array.from({ length: 120 }, (_, i) => ({ index: i, ordinal: `${i + 1}、`, level: 1, lead: `${i + 1}、第${i + 1}项部署事项。` }));

beforeEach(() => {
  idle = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
  vi.stubGlobal('cancelIdleCallback', () => {});
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
});

const rows = () => root.querySelectorAll('[data-nl-outline-item]');
const key = (el: Element, k: string) => act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
/** Runs the idle callbacks pending now (each slice schedules the next one after it renders). */
const idleOnce = () => act(() => idle.splice(0).forEach((run) => run()));

describe('a long outline, rendered in slices', () => {
  it('shows the first 40 rows at once and the rest, 40 at a time, in idle time', () => {
    act(() => render(<Outline items={ITEMS} t={t} onJump={() => {}} />, root));
    expect(rows()).toHaveLength(40);
    expect(root.querySelector('[role="tree"] [tabindex="0"]')!.getAttribute('data-nl-outline-item')).toBe('0');
    const seen: number[] = [];
    for (let slice = 0; slice < 3; slice++) {
      idleOnce();
      seen.push(rows().length);
    }
    expect(seen).toEqual([80, 120, 120]);
    expect(idle).toHaveLength(0);
    // Every row says where it is in the whole list, rendered yet or not.
    expect(rows()[39]!.getAttribute('aria-setsize')).toBe('120');
  });

  it('End goes to the last row at once, before its slice came; Home back to the first', () => {
    act(() => render(<Outline items={ITEMS} t={t} onJump={() => {}} />, root));
    const first = root.querySelector<HTMLElement>('[data-nl-outline-item="0"]')!;
    act(() => first.focus());
    key(first, 'End');
    expect(rows()).toHaveLength(120);
    expect((document.activeElement as HTMLElement).getAttribute('data-nl-outline-item')).toBe('119');
    key(document.activeElement!, 'Home');
    expect((document.activeElement as HTMLElement).getAttribute('data-nl-outline-item')).toBe('0');
  });

  it('renders at once the row where the reader is, far down the list', () => {
    act(() => render(<Outline items={ITEMS} t={t} onJump={() => {}} current={100} />, root));
    expect(rows()).toHaveLength(101);
    expect(root.querySelector('[aria-current="location"]')!.getAttribute('data-nl-outline-item')).toBe('100');
  });

  it('a short outline is whole in its first render', () => {
    act(() => render(<Outline items={ITEMS.slice(0, 12)} t={t} onJump={() => {}} />, root));
    expect(rows()).toHaveLength(12);
    expect(idle).toHaveLength(0);
  });
});
