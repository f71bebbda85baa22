import type { ComponentChildren } from 'preact';
import type { Translate } from '../../utils/i18n';
import type { Annotation } from '../../utils/model';
import { quoteOf } from '../../utils/library';
import { localDate } from '../../utils/revisions/dates';
import { howGone, type GonePassages } from '../../utils/revisions/gone';
import { COLOR_LABEL } from '../page/SelectionToolbar';

interface Props {
  a: Annotation;
  orphan: boolean;
  /** What the newest revision took out: an orphan whose text it was says so (issue 16). */
  gone?: GonePassages | null;
  editing: boolean;
  t: Translate;
  onJump: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onDeleteNote: () => void;
  children?: ComponentChildren;
}

/** One highlight: its quote, colour, note and tags; jump to it in the page, or edit its note. */
export function HighlightEntry({ a, orphan, gone, editing, t, onJump, onEdit, onDelete, onDeleteNote, children }: Props) {
  const quote = quoteOf(a);
  const how = orphan && gone ? howGone(quote, gone) : null;
  return (
    <li class="sp-highlight" data-nl-highlight={a.id} data-nl-orphan={orphan ? '' : undefined}>
      <blockquote class="nl-quote" data-color={a.color ?? 'yellow'}>{quote || t('spNoQuote')}</blockquote>
      {how && gone && (
        <p class="nl-muted" data-nl-gone={how}>{t(how === 'deleted' ? 'verOrphanDeleted' : 'verOrphanChanged', { date: localDate(gone.on) })}</p>
      )}
      <div class="sp-meta">
        <span class="nl-swatch" role="img" data-color={a.color ?? 'yellow'} aria-label={t(COLOR_LABEL[a.color ?? 'yellow'])} title={t(COLOR_LABEL[a.color ?? 'yellow'])} />
        {orphan && <span class="nl-badge" data-kind="orphan" title={t('spOrphanHint')}>{t('spOrphan')}</span>}
        {a.tags.map((tag) => <span key={tag} class="nl-badge">#{tag}</span>)}
        <span class="sp-actions">
          <button type="button" class="nl-link" data-nl-action="jump-highlight" disabled={orphan} onClick={onJump}>{t('spLocate')}</button>
          <button type="button" class="nl-link" data-nl-action="edit-note" aria-expanded={editing} onClick={onEdit}>
            {a.note ? t('editNote') : t('addNote')}
          </button>
          {a.note && !editing && <button type="button" class="nl-link" data-nl-action="delete-note" onClick={onDeleteNote}>{t('deleteNote')}</button>}
          <button type="button" class="nl-link nl-danger" data-nl-action="delete-highlight" onClick={onDelete}>{t('deleteHighlight')}</button>
        </span>
      </div>
      {a.note && !editing && <p class="nl-note" data-nl-field="note">{a.note}</p>}
      {children}
    </li>
  );
}
