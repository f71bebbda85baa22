import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { DirectiveStatus } from '../../utils/model';
import type { SessionState } from '../../utils/session/session-state';
import { otherDock, type PanelDock } from '../../utils/page/panel-placement';
import { DuplicateBanner } from './DuplicateBanner';
import { RevisionBanner } from './RevisionBanner';
import { Outline } from './Outline';
import { OrphanList } from './OrphanList';
import { goneFromSummary } from '../../utils/revisions/gone';
import { TrashList } from './TrashList';
import { ReadingBar } from './ReadingBar';
import { countLabels } from '../../utils/library/counts';
import { DEFAULT_READING_LOOK, type ReadingLook } from '../../utils/page/reading-look';
import type { PageHooks } from './page-hooks';

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
  restore: (id: string) => void;
}

interface Props {
  t: Translate;
  state: SessionState;
  actions: PanelActions;
  hooks?: Pick<PageHooks, 'followReading' | 'onFocusPanel' | 'panelPlacement' | 'revision' | 'reading'>;
}

/**
 * The in-page panel: duplicate banner, directive outline with status and notes, orphans, page note. Docked to
 * the right or left edge (the header's dock button), with the page moved aside so it covers no text. Esc (with
 * the focus in it) or × collapses it to a slim tab on that edge; dock and collapse are remembered. The keyboard
 * command opens it and puts the focus on the outline row where the reader is.
 */
export function Panel({ t, state, actions, hooks }: Props) {
  const placement = hooks?.panelPlacement;
  const [open, setOpen] = useState(placement?.initial.open ?? true);
  const [dock, setDock] = useState<PanelDock>(placement?.initial.dock ?? 'right');
  const [dupShown, setDupShown] = useState(false);
  const [look, setLook] = useState<ReadingLook>(hooks?.reading.initial ?? DEFAULT_READING_LOOK);
  const [current, setCurrent] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const launcher = useRef<HTMLButtonElement>(null);
  const focusLauncher = useRef(false);
  useEffect(() => {
    const stopFollowing = hooks?.followReading(setCurrent);
    const stopFocus = hooks?.onFocusPanel(() => {
      setOpen(true);
      setFocusRequest((n) => n + 1);
      hooks.panelPlacement.write({ open: true });
    });
    return () => {
      stopFollowing?.();
      stopFocus?.();
    };
  }, [hooks]);
  // The page makes room on the open panel's side, and has its width back when the panel is collapsed or gone.
  // A layout effect: the margin moves in the same frame as the panel, with no paint of text under it.
  const roomChecked = useRef(false);
  useLayoutEffect(() => {
    placement?.makeRoom(open ? dock : null);
    // Once, as the panel first appears: a page laid out wider than the room left beside it would run its text
    // under the panel, so the panel starts collapsed, as in a narrow window, before that frame is painted. The
    // reader's remembered choice is left as it was: a wider window opens it again.
    if (!roomChecked.current) {
      roomChecked.current = true;
      if (open && placement && !placement.fitsBeside(dock)) setOpen(false);
    }
    return () => placement?.makeRoom(null);
  }, [open, dock, placement]);
  useEffect(() => {
    if (!open && focusLauncher.current) launcher.current?.focus();
    focusLauncher.current = false;
  }, [open]);
  const collapse = (refocus: boolean) => {
    focusLauncher.current = refocus;
    setOpen(false);
    placement?.write({ open: false });
  };
  const moveDock = () => {
    const next = otherDock(dock);
    setDock(next);
    placement?.write({ dock: next });
  };
  if (!open) {
    return (
      <button ref={launcher} type="button" class="nl-launcher" data-nl-dock={dock} aria-label={t('expand')} title={t('expand')}
        onClick={() => { setOpen(true); setFocusRequest((n) => n + 1); placement?.write({ open: true }); }}>
        {t('appName')} · {state.directives.length}
      </button>
    );
  }
  return (
    <aside class="nl-panel" data-nl-dock={dock} aria-label={t('appName')}
      onKeyDown={(e) => { if (e.key === 'Escape' && !e.defaultPrevented) { e.preventDefault(); collapse(true); } }}>
      <header class="nl-header">
        <strong>{t('appName')}</strong>
        <span>
          <button type="button" class="nl-text-button" data-nl-action="page-note" data-has-note={state.pageNote?.hasNote ? '' : undefined} onClick={actions.pageNote}>
            {t('pageNote')}
          </button>
          <button type="button" class="nl-text-button" data-nl-action="open-sidepanel" title={t('openSidePanelTitle')} onClick={actions.openSidePanel}>
            {t('openSidePanel')}
          </button>
          <button type="button" class="nl-close nl-dock" data-nl-action="dock" aria-label={t(dock === 'right' ? 'dockLeft' : 'dockRight')}
            title={t(dock === 'right' ? 'dockLeft' : 'dockRight')} onClick={moveDock}>{dock === 'right' ? '⇤' : '⇥'}</button>
          <button type="button" class="nl-close" aria-label={t('collapse')} title={t('collapse')} onClick={() => collapse(true)}>×</button>
        </span>
      </header>
      <ReadingBar t={t} look={look} onPrint={() => hooks?.reading.print()}
        onChange={(next) => { setLook(next); hooks?.reading.set(next); }} />
      <AnnotationCount t={t} state={state} />
      {state.duplicateChars !== null && (
        <DuplicateBanner chars={state.duplicateChars} shown={dupShown} t={t}
          onToggle={() => {
            actions.toggleDuplicate(!dupShown);
            setDupShown(!dupShown);
          }} />
      )}
      {hooks?.revision && <RevisionBanner summary={hooks.revision.summary} t={t} onShowMarks={hooks.revision.showMarks} />}
      <nav aria-labelledby="nl-outline-title">
        <h2 class="nl-title" id="nl-outline-title">
          {t('outline')} <small>{t('directiveCount', { count: state.directives.length })}</small>
        </h2>
        <Outline items={state.directives} state={state.directiveState} t={t} onJump={actions.jump} onStatus={actions.setStatus}
          onNote={actions.directiveNote} current={current} focusRequest={focusRequest} />
      </nav>
      <OrphanList orphans={state.orphans} t={t} onReattach={actions.reattach} onOpen={actions.openNote} onDelete={actions.deleteOrphan}
        gone={hooks?.revision ? goneFromSummary(hooks.revision.summary) : null} />
      <TrashList items={state.trash} t={t} onRestore={actions.restore} />
    </aside>
  );
}

/** The notice's annotations, counted as the popup, the side panel and the library count them (utils/library/counts.ts). */
function AnnotationCount({ t, state }: { t: Translate; state: SessionState }) {
  const labels = countLabels(state.counts, t);
  return (
    <p class="nl-counts" data-nl-field="annotations">
      <span data-nl-field="annotation-total">{labels.total}</span>
      {labels.parts && <span class="nl-muted" data-nl-field="annotation-parts"> · {labels.parts}</span>}
    </p>
  );
}
