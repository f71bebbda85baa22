import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { DirectiveStatus } from '../../utils/model';
import type { SessionState } from '../../utils/session/session-state';
import { DuplicateBanner } from './DuplicateBanner';
import { Outline } from './Outline';
import { OrphanList } from './OrphanList';

export interface PanelActions {
  jump: (index: number) => void;
  toggleDuplicate: (show: boolean) => void;
  setStatus: (index: number, status: DirectiveStatus | undefined) => void;
  directiveNote: (index: number) => void;
  pageNote: () => void;
  openSidePanel: () => void;
  reattach: (id: string) => void;
  openNote: (id: string) => void;
  deleteOrphan: (id: string) => void;
}

interface Props {
  t: Translate;
  state: SessionState;
  actions: PanelActions;
}

/** The in-page panel: duplicate banner, directive outline with status and notes, orphans, page note. */
export function Panel({ t, state, actions }: Props) {
  const [open, setOpen] = useState(true);
  const [dupShown, setDupShown] = useState(false);
  if (!open) {
    return (
      <button type="button" class="nl-launcher" aria-label={t('expand')} title={t('expand')} onClick={() => setOpen(true)}>
        {t('appName')} · {state.directives.length}
      </button>
    );
  }
  return (
    <section class="nl-panel" aria-label={t('appName')}>
      <header class="nl-header">
        <strong>{t('appName')}</strong>
        <span>
          <button type="button" class="nl-text-button" data-nl-action="page-note" data-has-note={state.pageNote?.hasNote ? '' : undefined} onClick={actions.pageNote}>
            {t('pageNote')}
          </button>
          <button type="button" class="nl-text-button" data-nl-action="open-sidepanel" title={t('openSidePanelTitle')} onClick={actions.openSidePanel}>
            {t('openSidePanel')}
          </button>
          <button type="button" class="nl-close" aria-label={t('collapse')} title={t('collapse')} onClick={() => setOpen(false)}>×</button>
        </span>
      </header>
      {state.duplicateChars !== null && (
        <DuplicateBanner chars={state.duplicateChars} shown={dupShown} t={t}
          onToggle={() => {
            actions.toggleDuplicate(!dupShown);
            setDupShown(!dupShown);
          }} />
      )}
      <h2 class="nl-title">
        {t('outline')} <small>{t('directiveCount', state.directives.length)}</small>
      </h2>
      <Outline items={state.directives} state={state.directiveState} t={t} onJump={actions.jump} onStatus={actions.setStatus} onNote={actions.directiveNote} />
      <OrphanList orphans={state.orphans} t={t} onReattach={actions.reattach} onOpen={actions.openNote} onDelete={actions.deleteOrphan} />
    </section>
  );
}
