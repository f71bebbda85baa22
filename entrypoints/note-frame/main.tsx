import { render } from 'preact';
import { NoteEditor, type NoteApi } from '../../components/note/NoteEditor';
import { pickLang, translator } from '../../utils/i18n';
import { sendFromExtension } from '../../utils/store/client';
import { isStoreId } from '../../utils/id';
import '../../components/note/note.css';

// The note editor in an iframe over the page: an extension page, so the note is
// read and typed in the extension's origin. It learns only an id and the page
// key from its address, and fetches the note itself.
const params = new URLSearchParams(location.search);
// Whoever framed us chose this address: an id that breaks the store's rule is no id at all. The
// background serves only this id, and only on the page of the tab we are framed into.
const rawId = params.get('id');
const id = isStoreId(rawId) ? rawId : '';
const page = params.get('page') ?? '';
const t = translator(pickLang(browser.i18n.getUILanguage()));
document.documentElement.lang = t('appName') === '公文批注' ? 'zh-CN' : 'en';

const api: NoteApi = {
  load: async () => {
    if (!id) return null;
    const r = await sendFromExtension({ type: 'annotations/list', page });
    return r.ok ? (r.value.find((a) => a.id === id) ?? null) : null;
  },
  save: async (annotation) => {
    const r = await sendFromExtension({ type: 'annotation/put', annotation });
    if (!r.ok) throw new Error(r.error.message);
  },
  // Only a "close me" signal crosses to the page; it carries no note data.
  close: () => window.parent.postMessage({ type: 'notice-lens:close-note', id }, '*'),
};

render(<NoteEditor api={api} t={t} />, document.getElementById('app')!);
