import { browser } from 'wxt/browser';
import { pickLang, translator } from '../../utils/i18n';
import { sendFromContent, subscribe } from '../../utils/store/client';
import { storeErrorText } from '../../utils/store/error-text';
import type { NoticeInput, Reply, RequestType } from '../../utils/store/messages';
import type { PageStore } from '../../utils/session/page-store';

const t = translator(pickLang(browser.i18n?.getUILanguage?.() ?? navigator.language));

function value<T extends RequestType>(reply: Reply<T, 'content'>) {
  if (reply.ok) return reply.value;
  // In the reader's words (storage full: nothing was saved), shown by the panel's error toast.
  throw new Error(storeErrorText(t, reply.error));
}

/** The page session's storage, over the typed message API to the background. */
export function messagePageStore(page: string): PageStore {
  // The visit's facts, sent again with annotations until one is stored: a notice is stored with its
  // first annotation (no reading history), and the background's memory of the visit does not
  // survive its service worker being stopped in between.
  let facts: NoticeInput | undefined;
  return {
    page,
    list: async () => value(await sendFromContent({ type: 'annotations/list', page })),
    put: async (annotation) => {
      const sent = facts;
      const stored = value(await sendFromContent({ type: 'annotation/put', annotation, ...(sent ? { notice: sent } : {}) }));
      if (facts === sent) facts = undefined;
      return stored;
    },
    remove: async (id) => value(await sendFromContent({ type: 'annotation/delete', id })),
    saveNotice: async (notice) => {
      facts = notice;
      value(await sendFromContent({ type: 'notice/save', notice }));
    },
    onChange: (listener) => subscribe([page], (c) => listener(c.ids), { onReconnect: () => listener([]) }),
  };
}
