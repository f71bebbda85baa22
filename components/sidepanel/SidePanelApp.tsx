import { useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../../utils/i18n';
import { newId } from '../../utils/id';
import { jumpInTab, readTabAsNotice } from '../../utils/tab-client';
import type { PanelContext } from './context';
import { NoticeBody } from './NoticeBody';
import { NoticeHeader } from './NoticeHeader';
import { TrashSection } from './TrashSection';
import { VersionsSection } from './VersionsSection';
import { useVersions } from './useVersions';
import { gonePassages } from '../../utils/revisions/gone';
import { useStore } from '../shared/store-context';
import { errorInfo } from '../../utils/store/api';
import { storeErrorText } from '../../utils/store/error-text';
import { useTabNotice } from './useTabNotice';
import { useTargetTab } from './useTargetTab';

/**
 * The side panel: the notice in the current tab with its outline, statuses,
 * highlights and notes, all editable, following the reader across tabs.
 */
export function SidePanelApp({ t }: { t: Translate }) {
  const store = useStore();
  const { tabId, loads } = useTargetTab();
  // Bumped when the reader had the page read as a notice: the tab is asked again.
  const [reads, setReads] = useState(0);
  const view = useTabNotice(store, tabId, loads + reads);
  const versions = useVersions(store, view.phase === 'ready' ? view.page : null);
  const gone = useMemo(() => gonePassages(versions), [versions]);
  const [editing, setEditing] = useState<string | null>(null);
  // A new page note's id while its editor is open: stored only once it has text.
  const [draftPageNote, setDraftPageNote] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // The last delete, undoable from the toast until the next one (or a message) replaces it.
  const [undo, setUndo] = useState<{ text: string; run: () => Promise<unknown> } | null>(null);
  // Keyboard readers land back on the button that opened an editor when it closes.
  const opener = useRef<HTMLElement | null>(null);
  const openEditor = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditing(id);
  };
  const closeEditor = () => {
    setEditing(null);
    setTimeout(() => {
      const back = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>('[data-nl-action="edit-page-note"]');
      back?.focus();
    }, 0);
  };

  const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  const bar = (
    <nav class="sp-bar">
      <strong>{t('appName')}</strong>
      <button type="button" class="nl-link" data-nl-action="open-library" onClick={openLibrary}>{t('libOpen')}</button>
    </nav>
  );

  if (view.phase !== 'ready') {
    return (
      <main class="sp">
        {bar}
        <p class="sp-empty nl-muted" data-nl-state={view.phase} aria-live="polite">
          {view.phase === 'loading' ? t('spLoading') : view.status ? t('spNotNotice') : t('spNotRunning')}
        </p>
        {view.phase !== 'loading' && view.status && tabId !== null && (
          <p class="sp-empty">
            <button type="button" data-nl-action="read-as-notice"
              onClick={() => void readTabAsNotice(tabId).then((ok) => (ok ? setReads((n) => n + 1) : setMessage(t('popNoBody'))))}>
              {t('popReadAsNotice')}
            </button>
            <small class="nl-muted"> {t('popReadAsNoticeHint')}</small>
          </p>
        )}
        {message && <p class="sp-empty" role="status" data-nl-field="message">{message}</p>}
      </main>
    );
  }

  const { page, tabId: tab } = view;
  const fail = (e: unknown) => {
    setUndo(null);
    setMessage(t('saveFailed', { reason: storeErrorText(t, errorInfo(e)) }));
  };
  const jumped = (ok: boolean) => setMessage(ok ? '' : t('spJumpFailed'));
  const ctx: PanelContext = {
    t, page, orphans: view.orphans, editing, draftPageNote, fail, gone,
    edit: (id) => {
      setMessage('');
      if (id === null) closeEditor();
      else openEditor(id);
    },
    jumpDirective: (index) => void jumpInTab(tab, { index }).then(jumped),
    jumpHighlight: (id) => void jumpInTab(tab, { annotation: id }).then(jumped),
    setStatus: (group, index, status) =>
      void store.ensureDirectiveAnnotation(page, { ordinal: group.ordinal, index, lead: group.lead }, { existing: group.state, status }).catch(fail),
    noteDirective: (group, index) => {
      if (group.state) return openEditor(group.state.id);
      openEditor(`directive:${index}`);
      store.ensureDirectiveAnnotation(page, { ordinal: group.ordinal, index, lead: group.lead }, {})
        .then((a) => setEditing(a?.id ?? null), (e) => { setEditing(null); fail(e); });
    },
    deleteHighlight: (a) => {
      setMessage('');
      if (editing === a.id) setEditing(null);
      void store.deleteAnnotation(a.id).then(
        () => setUndo({ text: t('deleted'), run: () => store.restoreFromTrash(a.id) }),
        fail,
      );
    },
    deleteNote: (a) => {
      setMessage('');
      void store.deleteNote(a).then(
        (done) => setUndo({
          text: t('noteDeleted'),
          run: () => store.undoDeleteNote(done),
        }),
        fail,
      );
    },
  };
  const addPageNote = () => {
    const id = newId();
    setDraftPageNote(id);
    openEditor(id);
  };

  return (
    <main class="sp" data-nl-page={page}>
      {bar}
      <NoticeHeader page={page} notice={view.notice} annotations={view.annotations} status={view.status} orphans={view.orphans.size} t={t} />
      <p class="sp-message" role="status" aria-live="polite">
        {message || (view.error && storeErrorText(t, view.error)) || undo?.text || ''}
        {!message && undo && (
          <button type="button" class="nl-link" data-nl-action="undo" onClick={() => { const u = undo; setUndo(null); void u.run().catch(fail); }}>{t('undo')}</button>
        )}
      </p>
      <NoticeBody notice={view.notice} annotations={view.annotations} ctx={ctx} onAddPageNote={addPageNote} />
      <VersionsSection versions={versions} t={t} />
      <TrashSection page={page} t={t} />
    </main>
  );
}
