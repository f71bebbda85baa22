import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { SessionState } from '../../utils/session/session-state';
import { localDate } from '../../utils/revisions/dates';
import { howGone, type GonePassages } from '../../utils/revisions/gone';

interface Props {
  orphans: SessionState['orphans'];
  t: Translate;
  onReattach: (id: string) => void;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  /** What this visit's revision took out (issue 16): an orphan whose text it was says so. */
  gone?: GonePassages | null;
}

/**
 * Highlights whose text is no longer on the page: shown with their quote, never placed on a guess.
 * Deleting one that has a note asks first, as deleting a highlight with a note does.
 */
export function OrphanList({ orphans, t, onReattach, onOpen, onDelete, gone }: Props) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (!orphans.length) return null;
  return (
    <section class="nl-orphans" aria-label={t('orphans', { count: orphans.length })}>
      <h2 class="nl-title">{t('orphans', { count: orphans.length })}</h2>
      <ul>
        {orphans.map((o) => (
          <li key={o.id} data-nl-orphan={o.id}>
            <q class="nl-quote">{o.quote}</q>
            {o.hasNote && <span class="nl-badge">{t('hasNote')}</span>}
            <GoneLine quote={o.quote} gone={gone} t={t} />
            <div class="nl-row">
              <button type="button" class="nl-text-button" data-nl-action="reattach" onMouseDown={(e) => e.preventDefault()} onClick={() => onReattach(o.id)}>{t('reattach')}</button>
              <button type="button" class="nl-text-button" data-nl-action="edit-note" onClick={() => onOpen(o.id)}>{t('editNote')}</button>
              <button type="button" class="nl-text-button nl-danger" data-nl-action="delete"
                onClick={() => (o.hasNote && confirming !== o.id ? setConfirming(o.id) : onDelete(o.id))}>{t('delete')}</button>
            </div>
            {o.hasNote && confirming === o.id && (
              <div class="nl-row nl-confirm" role="alert">
                <span>{t('confirmDeleteWithNote')}</span>
                <button type="button" class="nl-text-button nl-danger" data-nl-action="confirm-delete" onClick={() => { setConfirming(null); onDelete(o.id); }}>{t('confirm')}</button>
                <button type="button" class="nl-text-button" data-nl-action="cancel-delete" onClick={() => setConfirming(null)}>{t('cancel')}</button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** 「原文已于 2026-12-02 删除」 under an orphan whose text the revision took out; nothing otherwise. */
function GoneLine({ quote, gone, t }: { quote: string; gone: GonePassages | null | undefined; t: Translate }) {
  const how = gone ? howGone(quote, gone) : null;
  if (!how || !gone) return null;
  return <p class="nl-gone" data-nl-gone={how}>{t(how === 'deleted' ? 'verOrphanDeleted' : 'verOrphanChanged', { date: localDate(gone.on) })}</p>;
}
