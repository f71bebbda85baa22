import type { DirectiveGroup } from '../../utils/export/group';
import type { Translate } from '../../utils/i18n';
import type { Annotation, DirectiveStatus } from '../../utils/model';
import type { GonePassages } from '../../utils/revisions/gone';

/** What the side panel's lists need from the app: data about the tab, and the reader's actions. */
export interface PanelContext {
  t: Translate;
  page: string;
  orphans: Set<string>;
  /** The annotation whose note editor is open (one at a time), or a pending key while one is created. */
  editing: string | null;
  /** The id of a new page note being written (not stored until it has text), else null. */
  draftPageNote: string | null;
  edit: (id: string | null) => void;
  jumpDirective: (index: number) => void;
  jumpHighlight: (id: string) => void;
  setStatus: (group: DirectiveGroup, index: number, status: DirectiveStatus | undefined) => void;
  noteDirective: (group: DirectiveGroup, index: number) => void;
  /** Moves a highlight (with its note) to the trash; the panel offers Undo. */
  deleteHighlight: (a: Annotation) => void;
  /** Deletes a note only (a highlight or a directive's status stays); the panel offers Undo. */
  deleteNote: (a: Annotation) => void;
  /** Shows a store failure to the reader (a correction that could not be saved). */
  fail: (e: unknown) => void;
  /** What the notice's newest revision took out (issue 16): an orphan whose text it was says so. */
  gone?: GonePassages | null;
}
