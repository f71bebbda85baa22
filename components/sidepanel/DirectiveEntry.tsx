import type { ComponentChildren } from 'preact';
import type { DirectiveGroup } from '../../utils/export/group';
import { leadWithoutOrdinal } from '../../utils/export/group';
import type { Translate } from '../../utils/i18n';
import type { Annotation, DirectiveStatus } from '../../utils/model';
import { StatusSelect } from '../shared/StatusSelect';
import { TaskBadge } from '../shared/TaskBadge';

interface Props {
  index: number;
  group: DirectiveGroup;
  editing: boolean;
  /** Set for directives no longer on the page: no jump, marked as such. */
  lost?: boolean;
  t: Translate;
  onJump: () => void;
  onStatus: (s: DirectiveStatus | undefined) => void;
  onNote: () => void;
  /** Deletes one of the directive's notes (the status stays); left out, no delete button. */
  onDeleteNote?: (note: Annotation) => void;
  /** The editor, the highlights list and nested directives. */
  children?: ComponentChildren;
}

/** One directive: jump button, status, note; its highlights and sub-directives follow as children. */
export function DirectiveEntry({ index, group, editing, lost, t, onJump, onStatus, onNote, onDeleteNote, children }: Props) {
  const status = group.state?.status;
  const notes = group.notes.filter((n) => n.note.trim());
  const lead = leadWithoutOrdinal(group.lead, group.ordinal);
  return (
    <li class="sp-directive" data-nl-directive-entry={lost ? undefined : index} data-level={group.level}
      data-status={status ?? ''} data-nl-orphan={lost ? '' : undefined}>
      <div class="sp-dir-row">
        <button type="button" class="sp-jump" data-nl-action="jump-directive" disabled={lost}
          title={t('jumpTo', { target: group.ordinal })} onClick={onJump}>
          <b>{group.ordinal}</b> <span>{lead}</span>
        </button>
        {lost && <span class="nl-badge" data-kind="orphan" title={t('spOrphanHint')}>{t('spNotOnPage')}</span>}
        <StatusSelect value={status} label={`${t('status')} ${group.ordinal}`} t={t} onChange={onStatus} />
        <button type="button" class="sp-icon" data-nl-action="directive-note" aria-expanded={editing}
          data-has-note={notes.length ? '' : undefined} aria-label={`${t('directiveNote')} ${group.ordinal}`} title={t('directiveNote')}
          onClick={onNote}>✎</button>
      </div>
      {!lost && <TaskBadge index={index} label={group.ordinal} t={t} />}
      {!editing && notes.map((n) => (
        <div key={n.id} class="sp-dir-note-row">
          <p class="nl-note sp-dir-note" data-nl-field="directive-note">{n.note}</p>
          {onDeleteNote && <button type="button" class="nl-link" data-nl-action="delete-note" onClick={() => onDeleteNote(n)}>{t('deleteNote')}</button>}
        </div>
      ))}
      {children}
    </li>
  );
}
