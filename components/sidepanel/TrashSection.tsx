import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { errorInfo } from '../../utils/store/api';
import { storeErrorText } from '../../utils/store/error-text';
import { deletedLabel, trashQuote, type TrashedAnnotation } from '../../utils/trash';
import { useStore } from '../shared/store-context';

interface Props {
  page: string;
  t: Translate;
}

/**
 * The open notice's trash in the side panel (an extension page, so notes are shown): quote, note,
 * when it was deleted, and Restore; the page places a restored highlight again when it hears of it.
 * Collapsed: it is looked into, not read every time.
 */
export function TrashSection({ page, t }: Props) {
  const store = useStore();
  const [items, setItems] = useState<TrashedAnnotation[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    setItems([]);
    const load = () => void store.listTrash(page).then(setItems, () => {});
    load();
    return store.subscribe([page], load, { onReconnect: load });
  }, [store, page]);
  const restore = (id: string) =>
    store.restoreFromTrash(id).then(
      () => setItems((list) => list.filter((a) => a.id !== id)),
      (e: unknown) => setError(t('saveFailed', { reason: storeErrorText(t, errorInfo(e)) })),
    );

  if (!items.length) return null;
  return (
    <details class="sp-section sp-trash" data-nl-section="trash">
      <summary data-nl-action="toggle-trash">
        {t('trashTitle')} <small class="nl-muted">{t('trashCount', { count: items.length })}</small>
      </summary>
      <p class="nl-muted">{t('trashHint')}</p>
      {error && <p class="nl-error" role="alert">{error}</p>}
      <ul class="sp-trash-list">
        {items.map((a) => (
          <li key={a.id} data-nl-trash={a.id}>
            <blockquote class="nl-quote" data-color={a.color ?? 'yellow'}>{trashQuote(a) || t('pageNote')}</blockquote>
            {a.note && <p class="nl-note" data-nl-field="note">{a.note}</p>}
            <div class="sp-meta">
              <small class="nl-muted">{t('trashDeletedAt', { date: deletedLabel(a.deletedAt) })}</small>
              <span class="sp-actions">
                <button type="button" class="nl-link" data-nl-action="restore" onClick={() => void restore(a.id)}>{t('trashRestore')}</button>
              </span>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
