import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../../utils/i18n';
import { jumpInTab } from '../../utils/tab-client';
import type { PanelContext } from './context';
import { NoticeBody } from './NoticeBody';
import { NoticeHeader } from './NoticeHeader';
import { createPageNote, ensureDirective, setDirectiveStatus } from './panel-actions';
import { useTabNotice } from './useTabNotice';
import { useTargetTab } from './useTargetTab';

/**
 * The side panel: the notice in the current tab with its outline, statuses,
 * highlights and notes, all editable, following the reader across tabs.
 */
export function SidePanelApp({ t }: { t: Translate }) {
  const { tabId, loads } = useTargetTab();
  const view = useTabNotice(tabId, loads);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
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
      </main>
    );
  }

  const { page, tabId: tab } = view;
  const fail = (e: unknown) => setMessage(t('saveFailed', e instanceof Error ? e.message : String(e)));
  const jumped = (ok: boolean) => setMessage(ok ? '' : t('spJumpFailed'));
  const ctx: PanelContext = {
    t, page, orphans: view.orphans, editing,
    edit: (id) => {
      setMessage('');
      if (id === null) closeEditor();
      else openEditor(id);
    },
    jumpDirective: (index) => void jumpInTab(tab, { index }).then(jumped),
    jumpHighlight: (id) => void jumpInTab(tab, { annotation: id }).then(jumped),
    setStatus: (group, index, status) =>
      void setDirectiveStatus(page, group.state, { ordinal: group.ordinal, index, lead: group.lead }, status).catch(fail),
    noteDirective: (group, index) => {
      if (group.state) return openEditor(group.state.id);
      openEditor(`directive:${index}`);
      ensureDirective(page, undefined, { ordinal: group.ordinal, index, lead: group.lead })
        .then((a) => setEditing(a.id), (e) => { setEditing(null); fail(e); });
    },
  };
  const addPageNote = () => {
    openEditor('page-note');
    createPageNote(page).then((a) => setEditing(a.id), (e) => { setEditing(null); fail(e); });
  };

  return (
    <main class="sp" data-nl-page={page}>
      {bar}
      <NoticeHeader page={page} notice={view.notice} status={view.status} orphans={view.orphans.size} t={t} />
      <p class="sp-message" role="status" aria-live="polite">{message || view.error || ''}</p>
      <NoticeBody notice={view.notice} annotations={view.annotations} ctx={ctx} onAddPageNote={addPageNote} />
    </main>
  );
}
