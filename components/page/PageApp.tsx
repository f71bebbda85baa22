import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { PageSession } from '../../utils/session/page-session';
import { HighlightMenu } from './HighlightMenu';
import { NoteFrame } from './NoteFrame';
import { Panel, type PanelActions } from './Panel';
import type { PageHooks } from './page-hooks';
import { SelectionToolbar } from './SelectionToolbar';

const TOAST_TEXT = { deleted: 'deleted', 'select-first': 'selectFirst', 'use-sidebar': 'useSidebarHint' } as const;

interface Props {
  session: PageSession;
  t: Translate;
  panelActions: Pick<PanelActions, 'jump' | 'toggleDuplicate' | 'openSidePanel'>;
  /** Null where the note frame may not be framed (a site the reader enabled): notes open in the side panel. */
  noteFrameUrl: ((id: string, draft?: 'page-note') => string) | null;
  /** The page's reading position, focus and the remembered panel state (absent in tests that need none). */
  hooks?: PageHooks;
}

/** Everything Notice Lens shows inside the page, rendered from the session's state. */
export function PageApp({ session, t, panelActions, noteFrameUrl, hooks }: Props) {
  const [state, setState] = useState(session.state);
  useEffect(() => {
    const stop = session.subscribe(setState);
    // The session may have changed between the first render and this effect.
    setState(session.state);
    return stop;
  }, [session]);
  useEffect(() => {
    if (state.noteFrame && !noteFrameUrl) {
      session.closeNote();
      panelActions.openSidePanel();
    }
  }, [state.noteFrame, noteFrameUrl]);
  const actions: PanelActions = {
    ...panelActions,
    setStatus: (i, s) => void session.setStatus(i, s),
    directiveNote: (i) => void session.openDirectiveNote(i),
    pageNote: () => session.openPageNote(),
    reattach: (id) => void session.reattach(id),
    openNote: (id) => session.openNote(id),
    deleteOrphan: (id) => void session.delete(id),
    restore: (id) => void session.restore(id),
  };
  return (
    <>
      <Panel t={t} state={state} actions={actions} hooks={hooks} />
      {state.toolbar && (
        <SelectionToolbar at={state.toolbar} t={t} onHighlight={(c) => void session.highlightSelection(c)} onNote={() => void session.noteSelection()} />
      )}
      {state.menu && (
        // Keyed by highlight: the keyboard command moving to the next one opens a new menu, which takes the focus.
        <HighlightMenu key={state.menu.id} menu={state.menu} t={t}
          onColor={(c) => void session.recolor(state.menu!.id, c)}
          onNote={() => session.openNote(state.menu!.id)}
          onDelete={() => void session.requestDelete(state.menu!.id)}
          onConfirmDelete={() => void session.delete(state.menu!.id)}
          onClose={() => session.closeMenu()}
          returnFocus={hooks && ((id) => () => hooks.focusPassage(id))(state.menu.id)} />
      )}
      {state.noteFrame && noteFrameUrl && (
        <NoteFrame key={state.noteFrame.id} src={noteFrameUrl(state.noteFrame.id, state.noteFrame.draft)} t={t} onClose={() => session.closeNote()}
          returnFocus={hooks && ((id) => () => hooks.focusPassage(id))(state.noteFrame.id)} />
      )}
      {state.toast && (
        <div class="nl-toast nl-floating" role="status">
          <span>{t(TOAST_TEXT[state.toast.kind])}</span>
          {state.toast.undo && <button type="button" class="nl-text-button" data-nl-action="undo" onClick={() => void session.undo()}>{t('undo')}</button>}
          <button type="button" class="nl-close" aria-label={t('close')} onClick={() => session.dismissToast()}>×</button>
        </div>
      )}
      {state.error && <div class="nl-toast nl-error nl-floating" role="alert">{t('saveFailed', { reason: state.error })}</div>}
    </>
  );
}
