/**
 * Named colours where the reader sees them (issue 12): the options page's fields write them, the selection
 * toolbar and the highlight menu show them on the swatches and in their names, as text even when it looks
 * like markup. Rendered on happy-dom and driven as a reader would (typing, change events, clicks).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ColorMeaningsProvider, type FollowMeanings } from '../../components/page/color-meanings';
import { HighlightMenu } from '../../components/page/HighlightMenu';
import { SelectionToolbar } from '../../components/page/SelectionToolbar';
import { ColorMeaningsSettings } from '../../components/options/ColorMeaningsSettings';
import { translator } from '../../utils/i18n';
import { SETTINGS_KEY, type ColorMeanings, type SettingsStorage } from '../../utils/reader-settings';

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

/** A settings source the test can change, as the options page would. */
function source(initial: ColorMeanings) {
  let on: ((m: ColorMeanings) => void) | null = null;
  const follow: FollowMeanings = (fn) => {
    on = fn;
    fn(initial);
    return () => (on = null);
  };
  return { follow, set: (m: ColorMeanings) => act(() => on?.(m)) };
}

const swatch = (el: Element, c: string) => el.querySelector<HTMLButtonElement>(`[data-nl-color="${c}"]`)!;
const at = { x: 200, y: 200, bottom: 220 };

describe('the selection toolbar with named colours', () => {
  it('names a colour the reader named, on the swatch and in its title; the others stay plain colours', () => {
    const { follow } = source({ yellow: '重点', blue: '疑问' });
    const el = mount(<ColorMeaningsProvider follow={follow}><SelectionToolbar at={at} t={translator('zh')} onHighlight={() => {}} onNote={() => {}} /></ColorMeaningsProvider>);
    expect(el.querySelectorAll('[data-nl-action="highlight"]')).toHaveLength(5);
    expect(swatch(el, 'yellow').textContent).toBe('重点');
    expect(swatch(el, 'yellow').title).toBe('划线 · 黄色：重点');
    expect(swatch(el, 'yellow').getAttribute('aria-label')).toBe('划线 · 黄色：重点');
    expect(swatch(el, 'blue').textContent).toBe('疑问');
    expect(swatch(el, 'green').textContent).toBe('');
    expect(swatch(el, 'green').title).toBe('划线 · 绿色');
  });

  it('follows an edit made while the toolbar is open, in English too', () => {
    const s = source({});
    const onHighlight = vi.fn();
    const el = mount(<ColorMeaningsProvider follow={s.follow}><SelectionToolbar at={at} t={translator('en')} onHighlight={onHighlight} onNote={() => {}} /></ColorMeaningsProvider>);
    expect(swatch(el, 'green').title).toBe('Highlight · Green');
    s.set({ green: 'Follow-up' });
    expect(swatch(el, 'green').title).toBe('Highlight · Green: Follow-up');
    expect(swatch(el, 'green').textContent).toBe('Follow-up');
    act(() => swatch(el, 'green').click());
    expect(onHighlight).toHaveBeenCalledWith('green');
  });

  it('shows a meaning that looks like markup as text', () => {
    const { follow } = source({ pink: '<img src=x onerror=alert(1)>' });
    const el = mount(<ColorMeaningsProvider follow={follow}><SelectionToolbar at={at} t={translator('en')} onHighlight={() => {}} onNote={() => {}} /></ColorMeaningsProvider>);
    expect(swatch(el, 'pink').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(el.querySelector('img')).toBeNull();
  });
});

describe('the highlight menu with named colours', () => {
  it('names the colours and marks the highlight\'s own', () => {
    const { follow } = source({ green: '落实' });
    const menu = { id: 'a', x: 100, y: 100, color: 'green' as const, hasNote: false, confirming: false };
    const el = mount(
      <ColorMeaningsProvider follow={follow}>
        <HighlightMenu menu={menu} t={translator('zh')} onColor={() => {}} onNote={() => {}} onDelete={() => {}} onConfirmDelete={() => {}} onClose={() => {}} />
      </ColorMeaningsProvider>,
    );
    expect(swatch(el, 'green').getAttribute('aria-label')).toBe('绿色：落实');
    expect(swatch(el, 'green').getAttribute('aria-pressed')).toBe('true');
    expect(swatch(el, 'yellow').getAttribute('aria-label')).toBe('黄色');
  });
});

describe('the options page fields', () => {
  it('save what the reader types, cleaned, and show it saved', async () => {
    const items: Record<string, unknown> = { [SETTINGS_KEY]: { rememberOpened: true, colorMeanings: { blue: '疑问' } } };
    const storage: SettingsStorage = {
      get: async (k) => (k in items ? { [k]: structuredClone(items[k]) } : {}),
      set: async (more) => void Object.assign(items, structuredClone(more)),
    };
    const el = mount(<ColorMeaningsSettings t={translator('zh')} area={storage} />);
    const field = (c: string) => el.querySelector<HTMLInputElement>(`input[data-nl-color="${c}"]`)!;
    await vi.waitFor(() => expect(field('blue').value).toBe('疑问'));
    expect(el.querySelectorAll('input[data-nl-field="color-meaning"]')).toHaveLength(5);
    expect(field('yellow').getAttribute('aria-label')).toBe('黄色的含义');
    await act(async () => {
      field('yellow').value = '  重点 ';
      field('yellow').dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(el.querySelector('[role="status"]')!.textContent).toBe('已保存'));
    const stored = () => items[SETTINGS_KEY] as { rememberOpened: boolean; colorMeanings: ColorMeanings };
    expect(stored().rememberOpened).toBe(true);
    expect(stored().colorMeanings).toEqual({ yellow: '重点', blue: '疑问' });
    expect(field('yellow').value).toBe('重点');
    // Emptying a field removes the name.
    await act(async () => {
      field('blue').value = '';
      field('blue').dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(stored().colorMeanings).toEqual({ yellow: '重点' }));
  });
});
