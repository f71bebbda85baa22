import { memo } from '../shared/memo';
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { errorInfo } from '../../utils/store/api';
import { storeErrorText } from '../../utils/store/error-text';
import { deletedLabel, trashQuote, type TrashedAnnotation } from '../../utils/trash';
import { useStore } from '../shared/store-context';
import { TrashEmptyDialog } from './TrashEmptyDialog';

interface Props {
  t: Translate;
  /** The title the library knows for a page, or null (the page's address is shown then). */
  titleOf: (page: string) => string | null;
  /** Reload the library now: a restored annotation is back in its notice. */
  onRestored: () => Promise<void>;
}

type Outcome = { kind: 'ok' | 'error'; text: string } | null;

/**
 * Every notice's trash: what was deleted in the last 30 days (quote, note, notice, when), each with
 * Restore, and "Empty trash", which asks first and then deletes them for good.
 */
function TrashPanelView({ t, titleOf, onRestored }: Props) {
  const store = useStore();
  const [items, setItems] = useState<TrashedAnnotation[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const failed = (e: unknown) => setOutcome({ kind: 'error', text: t('saveFailed', { reason: storeErrorText(t, errorInfo(e)) }) });

  useEffect(() => {
    const load = () => void store.listTrash().then(setItems, failed);
    load();
    // A delete in any tab (or a restore elsewhere) changes the trash: list it again.
    return store.subscribe('*', load, { onReconnect: load });
  }, [store]);

  const restore = async (id: string) => {
    try {
      await store.restoreFromTrash(id);
      setItems((list) => list.filter((a) => a.id !== id));
      await onRestored();
    } catch (e) {
      failed(e);
    }
  };
  const empty = async () => {
    setConfirming(false);
    try {
      const count = await store.emptyTrash();
      setItems([]);
      setOutcome({ kind: 'ok', text: t('trashEmptied', { count }) });
    } catch (e) {
      failed(e);
    }
  };

  return (
    <section class="lib-trash" aria-labelledby="trash-title" data-nl-section="trash">
      <h2 id="trash-title">{t('trashTitle')} <small class="nl-muted">{t('trashCount', { count: items.length })}</small></h2>
      <p class="nl-muted">{items.length ? t('trashHint') : t('trashNone')}</p>
      {items.length > 0 && (
        <ul class="lib-trash-list">
          {items.map((a) => (
            <li key={a.id} data-nl-trash={a.id}>
              <blockquote class="nl-quote">{trashQuote(a) || t('pageNote')}</blockquote>
              {a.note && <p class="nl-note" data-nl-field="note">{a.note}</p>}
              <div class="lib-trash-meta">
                <span class="nl-muted" data-nl-field="trash-page">{titleOf(a.page) || a.page}</span>
                <small class="nl-muted">{t('trashDeletedAt', { date: deletedLabel(a.deletedAt) })}</small>
                <button type="button" data-nl-action="restore" onClick={() => void restore(a.id)}>{t('trashRestore')}</button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div class="lib-backup-buttons">
        <button type="button" class="nl-danger" data-nl-action="empty-trash" disabled={!items.length} onClick={() => setConfirming(true)}>
          {t('trashEmpty')}
        </button>
      </div>
      {outcome && (
        <p class={outcome.kind === 'error' ? 'nl-error' : 'lib-ok'} data-nl-outcome={outcome.kind} role={outcome.kind === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
      {confirming && <TrashEmptyDialog count={items.length} t={t} onConfirm={() => void empty()} onCancel={() => setConfirming(false)} />}
    </section>
  );
}

/** Memoised: the library re-renders on every keystroke in its search box, this part has nothing to show for it (issue 14). */
export const TrashPanel = memo(TrashPanelView);
