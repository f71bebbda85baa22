import type { Translate } from '../../utils/i18n';
import type { SessionState } from '../../utils/session/session-state';
import { deletedLabel } from '../../utils/trash';

interface Props {
  items: SessionState['trash'];
  t: Translate;
  onRestore: (id: string) => void;
}

/**
 * This page's trash in the in-page panel: what was deleted here in the last 30 days, newest first,
 * each with Restore (so undo survives a reload). Quotes only: a note's text never enters the page.
 */
export function TrashList({ items, t, onRestore }: Props) {
  if (!items.length) return null;
  return (
    <details class="nl-trash" data-nl-section="trash">
      <summary class="nl-title" data-nl-action="toggle-trash">
        {t('trashTitle')} <small>{t('trashCount', { count: items.length })}</small>
      </summary>
      <p class="nl-muted nl-trash-hint">{t('trashHint')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-nl-trash={item.id}>
            <q class="nl-quote">{item.quote || t('pageNote')}</q>
            {item.hasNote && <span class="nl-badge">{t('hasNote')}</span>}
            <div class="nl-row">
              <small class="nl-muted">{t('trashDeletedAt', { date: deletedLabel(item.deletedAt) })}</small>
              <button type="button" class="nl-text-button" data-nl-action="restore" onClick={() => onRestore(item.id)}>{t('trashRestore')}</button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
