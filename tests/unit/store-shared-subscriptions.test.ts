/**
 * Parts of one extension page that hear about the same pages share one change port: the side panel's
 * notice and its trash, the library's list and its trash. Counted on a fake transport (ports opened,
 * closed), then end to end over the real handler and change hub.
 */
import { describe, expect, it, vi } from 'vitest';
import { storeApi, type StoreTransport } from '../../utils/store/api';
import type { ChangeMessage } from '../../utils/store/messages';
import { memoryStore } from './helpers/memory-store';

const PAGE = 'https://www.gov.cn/zhengce/content/202501/content_7000001.htm';
const OTHER = 'https://www.gov.cn/zhengce/content/202501/content_7000002.htm';

/** A transport that records each port it opens: its pages, whether it is closed, and how to post or reconnect on it. */
function countingTransport() {
  const ports: { pages: string[] | '*'; closed: boolean; post: (c: ChangeMessage) => void; reconnect: () => void }[] = [];
  const transport: StoreTransport = {
    send: vi.fn() as unknown as StoreTransport['send'],
    subscribe: (pages, onChange, options = {}) => {
      const port = { pages, closed: false, post: onChange, reconnect: () => options.onReconnect?.() };
      ports.push(port);
      return () => void (port.closed = true);
    },
  };
  return { transport, ports };
}

describe('shared change subscriptions', () => {
  it('opens one port for two listeners of the same page, hands each change to both, and closes it after the last stops', () => {
    const { transport, ports } = countingTransport();
    const store = storeApi(transport);
    const notice: string[][] = [];
    const trash: string[][] = [];
    const stopNotice = store.subscribe([PAGE], (c) => notice.push(c.ids));
    const stopTrash = store.subscribe([PAGE], (c) => trash.push(c.ids));
    expect(ports).toHaveLength(1);

    ports[0]!.post({ type: 'changed', page: PAGE, ids: ['a1'] });
    expect(notice).toEqual([['a1']]);
    expect(trash).toEqual([['a1']]);

    stopNotice();
    expect(ports[0]!.closed).toBe(false);
    ports[0]!.post({ type: 'changed', page: PAGE, ids: ['a2'] });
    expect(notice).toEqual([['a1']]);
    expect(trash).toEqual([['a1'], ['a2']]);
    stopTrash();
    expect(ports[0]!.closed).toBe(true);
    // Stopping twice closes nothing else.
    stopTrash();
    expect(ports).toHaveLength(1);
  });

  it('keeps separate ports for different pages, and every listener hears a reconnect', () => {
    const { transport, ports } = countingTransport();
    const store = storeApi(transport);
    const reconnects: string[] = [];
    store.subscribe([PAGE], () => {}, { onReconnect: () => reconnects.push('notice') });
    store.subscribe([PAGE], () => {}, { onReconnect: () => reconnects.push('trash') });
    store.subscribe([OTHER], () => {});
    store.subscribe('*', () => {});
    expect(ports.map((p) => p.pages)).toEqual([[PAGE], [OTHER], '*']);
    ports[0]!.reconnect();
    expect(reconnects).toEqual(['notice', 'trash']);
  });

  it('opens a new port when a page is listened to again after its last listener stopped', () => {
    const { transport, ports } = countingTransport();
    const store = storeApi(transport);
    store.subscribe([PAGE], () => {})();
    store.subscribe([PAGE], () => {});
    expect(ports).toHaveLength(2);
    expect(ports.map((p) => p.closed)).toEqual([true, false]);
  });

  it('over the real store, both listeners of the side panel hear a delete from the page once each', async () => {
    const mem = memoryStore();
    const panel = mem.extension();
    const page = mem.page(PAGE);
    const heard: string[] = [];
    panel.subscribe([PAGE], (c) => heard.push(`notice:${c.ids.join()}`));
    panel.subscribe([PAGE], (c) => heard.push(`trash:${c.ids.join()}`));
    await page.saveAnnotation({ id: 'hl1', page: PAGE, kind: 'highlight', selectors: [{ type: 'TextQuoteSelector', exact: '加强安全生产', prefix: '', suffix: '' }], tags: [] });
    await page.deleteAnnotation('hl1');
    await new Promise((r) => setTimeout(r, 0));
    expect(heard).toEqual(['notice:hl1', 'trash:hl1', 'notice:hl1', 'trash:hl1']);
  });
});
