import type { Annotation } from '../../utils/model';
import type { PanelContext } from './context';
import { InlineNote } from './InlineNote';

interface Props {
  notes: Annotation[];
  ctx: PanelContext;
  onAdd: () => void;
}

/**
 * The reader's note on the whole notice (usually one; older imports may hold several). A new one is
 * a draft until it has text: listed with the stored ones under its own id, so its editor stays the
 * same one when the store hears of it.
 */
export function PageNoteSection({ notes, ctx, onAdd }: Props) {
  const { t } = ctx;
  const draft = ctx.draftPageNote !== null && ctx.editing === ctx.draftPageNote && !notes.some((n) => n.id === ctx.draftPageNote);
  const entries: { id: string; note: string; draft: boolean }[] = notes.map((n) => ({ id: n.id, note: n.note, draft: n.id === ctx.draftPageNote }));
  const stored = new Map(notes.map((n) => [n.id, n]));
  if (draft) entries.push({ id: ctx.draftPageNote!, note: '', draft: true });
  return (
    <section class="sp-section" aria-labelledby="sp-page-note">
      <h2 id="sp-page-note">{t('pageNote')}</h2>
      {entries.map((n) => {
        const editing = ctx.editing === n.id;
        return (
          <div key={n.id} class="sp-page-note" data-nl-page-note={n.id}>
            {editing ? (
              <InlineNote page={ctx.page} id={n.id} draft={n.draft ? 'page-note' : undefined} t={t} onClose={() => ctx.edit(null)} />
            ) : (
              <>
                {n.note ? <p class="nl-note" data-nl-field="page-note">{n.note}</p> : <p class="nl-muted">{t('spEmptyNote')}</p>}
                <button type="button" class="nl-link" data-nl-action="edit-page-note" onClick={() => ctx.edit(n.id)}>{t('editNote')}</button>
                {stored.get(n.id) && (
                  <button type="button" class="nl-link" data-nl-action="delete-note" onClick={() => ctx.deleteNote(stored.get(n.id)!)}>{t('deleteNote')}</button>
                )}
              </>
            )}
          </div>
        );
      })}
      {entries.length === 0 && (
        <button type="button" data-nl-action="add-page-note" onClick={onAdd}>{t('spAddPageNote')}</button>
      )}
    </section>
  );
}
