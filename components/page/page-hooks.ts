import type { PanelDock } from '../../utils/page/panel-placement';
import type { RevisionSummary } from '../../utils/revisions/model';
import type { ReadingLook } from '../../utils/page/reading-look';

/**
 * What the in-page UI asks of the page and of the reader's settings, given by utils/app/visit.tsx: the
 * components stay UI only (no DOM of the page, no storage), and tests can hand in fakes.
 */
export interface PageHooks {
  /** Calls `on` with the directive being read (its index), now and as the reader scrolls; returns the stop. */
  followReading: (on: (index: number | null) => void) => () => void;
  /** Puts the focus on an annotation's passage in the page (after its note editor closes). */
  focusPassage: (annotationId: string) => void;
  /** Calls `handler` when the reader asks to focus the panel (the keyboard command); returns the stop. */
  onFocusPanel: (handler: () => void) => () => void;
  /** Where the panel is: docked left or right, open or collapsed (utils/page/panel-placement.ts). */
  panelPlacement: {
    /** Where it starts, decided before it is first drawn (no open panel flashes in a narrow window). */
    initial: { open: boolean; dock: PanelDock };
    /** Remembers the reader's change for the next notice (reader settings) and for this page. */
    write: (change: { open?: boolean; dock?: PanelDock }) => void;
    /** Gives the page a margin on the docked panel's side, so it covers no text; null takes it back. */
    makeRoom: (dock: PanelDock | null) => void;
    /**
     * With the room made for a panel docked on `dock`'s side, whether the body's text is all in view beside it
     * (true where the reader chose to open the panel on this page: their choice stands). Asked once, as the open
     * panel first appears: a page laid out wider than the room left starts with it collapsed.
     */
    fitsBeside: (dock: PanelDock) => boolean;
  };
  /** The reading view (utils/dom/reading-view.ts): the remembered look, and each change shown and remembered. */
  reading: {
    initial: ReadingLook;
    set: (look: ReadingLook) => void;
    print: () => void;
  };
  /** On a revised visit (issue 16): what changed since the previous version, and the page's change marks shown or hidden. */
  revision?: { summary: RevisionSummary; showMarks: (show: boolean) => void } | null;
}
