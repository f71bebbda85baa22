import type { Annotation } from '../../utils/model';
import type { PanelContext } from './context';
import { InlineNote } from './InlineNote';

interface Props {
  notes: Annotation[];
  ctx: PanelContext;
  onAdd: () => void;
}

/** The reader's note on the whole notice (usually one; older imports may hold several). */
export function PageNoteSection({ notes, ctx, onAdd }: Props) {
  const { t } = ctx;
  return (
    <section class="sp-section" aria-labelledby="sp-page-note">
      <h2 id="sp-page-note">{t('pageNote')}</h2>
      {notes.map((n) => {
        const editing = ctx.editing === n.id;
        return (
          <div key={n.id} class="sp-page-note" data-nl-page-note={n.id}>
            {editing ? (
              <InlineNote page={ctx.page} id={n.id} t={t} onClose={() => ctx.edit(null)} />
            ) : (
              <>
                {n.note ? <p class="nl-note" data-nl-field="page-note">{n.note}</p> : <p class="nl-muted">{t('spEmptyNote')}</p>}
                <button type="button" class="nl-link" data-nl-action="edit-page-note" onClick={() => ctx.edit(n.id)}>{t('editNote')}</button>
              </>
            )}
          </div>
        );
      })}
      {notes.length === 0 && (
        <button type="button" data-nl-action="add-page-note" disabled={ctx.editing === 'page-note'} onClick={onAdd}>{t('spAddPageNote')}</button>
      )}
    </section>
  );
}
