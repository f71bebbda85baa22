/**
 * The trash's UI pieces, rendered on happy-dom and clicked as a reader would: the in-page list
 * (quotes only, never a note's text), an orphan with a note that asks before it is deleted, and the
 * library's trash (Restore; Empty trash asks first) over the real store in memory.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrphanList } from '../../components/page/OrphanList';
import { TrashList } from '../../components/page/TrashList';
import { TrashPanel } from '../../components/library/TrashPanel';
import { StoreContext } from '../../components/shared/store-context';
import { translator } from '../../utils/i18n';
import { memoryStore } from './helpers/memory-store';

const t = translator('en');
const PAGE = 'https://www.gov.cn/zhengce/content/2025-01/02/content_1.htm';
let root: HTMLElement;

function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}
const click = (el: Element | null) => act(() => void (el as HTMLElement).click());
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('the in-page trash list', () => {
  it('lists quotes with when they were deleted, and restores the one clicked', () => {
    const onRestore = vi.fn();
    const items = [
      { id: 'a-1', kind: 'highlight' as const, quote: '加强安全生产', hasNote: true, deletedAt: '2025-03-01T08:05:00.000Z' },
      { id: 'a-2', kind: 'page-note' as const, quote: '', hasNote: true, deletedAt: '2025-03-01T08:00:00.000Z' },
    ];
    const el = mount(<TrashList items={items} t={t} onRestore={onRestore} />);
    expect(el.querySelector('summary')!.textContent).toBe('Trash 2 items');
    expect([...el.querySelectorAll('[data-nl-trash] q')].map((q) => q.textContent)).toEqual(['加强安全生产', 'Page note']);
    expect(el.querySelector('[data-nl-trash="a-1"]')!.textContent).toMatch(/Deleted 2025-03-0\d \d\d:\d\d/);
    click(el.querySelector('[data-nl-trash="a-2"] [data-nl-action="restore"]'));
    expect(onRestore.mock.calls).toEqual([['a-2']]);
  });

  it('shows nothing when the trash is empty', () => {
    expect(mount(<TrashList items={[]} t={t} onRestore={() => {}} />).innerHTML).toBe('');
  });
});

describe('deleting an orphan', () => {
  const orphans = [
    { id: 'o-note', kind: 'highlight' as const, quote: '已删改的句子', hasNote: true },
    { id: 'o-bare', kind: 'highlight' as const, quote: '另一句', hasNote: false },
  ];

  it('that has a note asks first; Cancel keeps it, Delete deletes it', () => {
    const onDelete = vi.fn();
    const el = mount(<OrphanList orphans={orphans} t={t} onReattach={() => {}} onOpen={() => {}} onDelete={onDelete} />);
    click(el.querySelector('[data-nl-orphan="o-note"] [data-nl-action="delete"]'));
    expect(onDelete).not.toHaveBeenCalled();
    expect(el.querySelector('[data-nl-orphan="o-note"] [role="alert"]')!.textContent).toContain('This highlight has a note. Delete it?');
    click(el.querySelector('[data-nl-action="cancel-delete"]'));
    expect(el.querySelector('[data-nl-action="confirm-delete"]')).toBeNull();
    click(el.querySelector('[data-nl-orphan="o-note"] [data-nl-action="delete"]'));
    click(el.querySelector('[data-nl-action="confirm-delete"]'));
    expect(onDelete.mock.calls).toEqual([['o-note']]);
  });

  it('without a note is deleted at once (it can be restored from the trash)', () => {
    const onDelete = vi.fn();
    const el = mount(<OrphanList orphans={orphans} t={t} onReattach={() => {}} onOpen={() => {}} onDelete={onDelete} />);
    click(el.querySelector('[data-nl-orphan="o-bare"] [data-nl-action="delete"]'));
    expect(onDelete.mock.calls).toEqual([['o-bare']]);
    expect(el.querySelector('[data-nl-action="confirm-delete"]')).toBeNull();
  });
});

describe("the library's trash", () => {
  async function withTrash() {
    const mem = memoryStore();
    const store = mem.extension();
    const a = await store.saveAnnotation({ id: 'keep-1', page: PAGE, kind: 'highlight', selectors: [{ type: 'TextQuoteSelector', exact: '压实责任', prefix: '', suffix: '' }], tags: [], note: '留着' });
    for (const [id, note] of [['gone-1', '第一条'], ['gone-2', '第二条']] as const) {
      await store.saveAnnotation({ id, page: PAGE, kind: 'highlight', selectors: [{ type: 'TextQuoteSelector', exact: `引文${id}`, prefix: '', suffix: '' }], tags: [], note });
      await store.deleteAnnotation(id);
    }
    const onRestored = vi.fn(async () => {});
    const el = mount(
      <StoreContext.Provider value={store}>
        <TrashPanel t={t} titleOf={(p) => (p === PAGE ? '关于加强安全生产工作的通知' : null)} onRestored={onRestored} />
      </StoreContext.Provider>,
    );
    await vi.waitFor(() => expect(el.querySelectorAll('[data-nl-trash]').length).toBe(2));
    return { store, el, onRestored, keep: a };
  }

  it('lists each deleted annotation with its note and notice, and restores one exactly', async () => {
    const { store, el, onRestored } = await withTrash();
    const row = el.querySelector('[data-nl-trash="gone-1"]')!;
    expect(row.querySelector('[data-nl-field="note"]')!.textContent).toBe('第一条');
    expect(row.querySelector('[data-nl-field="trash-page"]')!.textContent).toBe('关于加强安全生产工作的通知');
    await act(async () => (row.querySelector('[data-nl-action="restore"]') as HTMLElement).click());
    await vi.waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1));
    expect((await store.listPage(PAGE)).map((a) => [a.id, a.note]).sort()).toEqual([['gone-1', '第一条'], ['keep-1', '留着']]);
    await vi.waitFor(() => expect([...el.querySelectorAll('[data-nl-trash]')].map((r) => r.getAttribute('data-nl-trash'))).toEqual(['gone-2']));
  });

  it('Empty trash asks first: Cancel keeps the trash, confirming deletes it for good and nothing else', async () => {
    // happy-dom's <dialog> has no modal mode: showModal only needs to exist.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
    const { store, el } = await withTrash();
    click(el.querySelector('[data-nl-action="empty-trash"]'));
    expect(el.querySelector('[data-nl-dialog="empty-trash"]')!.textContent).toContain('This permanently deletes 2 annotations in the trash.');
    click(el.querySelector('[data-nl-action="cancel-empty-trash"]'));
    expect(el.querySelector('[data-nl-dialog="empty-trash"]')).toBeNull();
    expect(await store.listTrash()).toHaveLength(2);
    click(el.querySelector('[data-nl-action="empty-trash"]'));
    await act(async () => (el.querySelector('[data-nl-action="confirm-empty-trash"]') as HTMLElement).click());
    await vi.waitFor(() => expect(el.querySelector('[data-nl-outcome="ok"]')?.textContent).toBe('Emptied the trash: 2 annotations deleted for good.'));
    expect(await store.listTrash()).toEqual([]);
    expect((await store.listPage(PAGE)).map((a) => a.id)).toEqual(['keep-1']);
    expect((el.querySelector('[data-nl-action="empty-trash"]') as HTMLButtonElement).disabled).toBe(true);
  });
});
