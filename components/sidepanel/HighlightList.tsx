import type { Annotation } from '../../utils/model';
import type { PanelContext } from './context';
import { HighlightEntry } from './HighlightEntry';
import { InlineNote } from './InlineNote';

/** A list of highlights, each with its note editor when open. */
export function HighlightList({ items, ctx }: { items: Annotation[]; ctx: PanelContext }) {
  if (!items.length) return null;
  return (
    <ul class="sp-highlights">
      {items.map((a) => {
        const editing = ctx.editing === a.id;
        return (
          <HighlightEntry key={a.id} a={a} orphan={ctx.orphans.has(a.id)} editing={editing} t={ctx.t} gone={ctx.gone}
            onJump={() => ctx.jumpHighlight(a.id)} onEdit={() => ctx.edit(editing ? null : a.id)}
            onDelete={() => ctx.deleteHighlight(a)} onDeleteNote={() => ctx.deleteNote(a)}>
            {editing && <InlineNote page={ctx.page} id={a.id} t={ctx.t} onClose={() => ctx.edit(null)} />}
          </HighlightEntry>
        );
      })}
    </ul>
  );
}
