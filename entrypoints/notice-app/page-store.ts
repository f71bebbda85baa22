import { sendFromContent, subscribe } from '../../utils/store/client';
import type { Reply, RequestType } from '../../utils/store/messages';
import type { PageStore } from '../../utils/session/page-store';

function value<T extends RequestType>(reply: Reply<T, 'content'>) {
  if (reply.ok) return reply.value;
  throw new Error(reply.error.message);
}

/** The page session's storage, over the typed message API to the background. */
export function messagePageStore(page: string): PageStore {
  return {
    page,
    list: async () => value(await sendFromContent({ type: 'annotations/list', page })),
    put: async (annotation) => value(await sendFromContent({ type: 'annotation/put', annotation })),
    remove: async (id) => value(await sendFromContent({ type: 'annotation/delete', id })),
    saveNotice: async (notice) => {
      value(await sendFromContent({ type: 'notice/save', notice }));
    },
    onChange: (listener) => subscribe([page], (c) => listener(c.ids), { onReconnect: () => listener([]) }),
  };
}
