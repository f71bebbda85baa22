import type { DirectiveGroup } from '../../utils/export/group';
import { nestByLevel, type OutlineNode } from '../../utils/text/outline';
import type { PanelContext } from './context';
import { DirectiveEntry } from './DirectiveEntry';
import { HighlightList } from './HighlightList';
import { InlineNote } from './InlineNote';

type Item = { index: number; level: number; group: DirectiveGroup };

/** The notice's directives as a nested outline, each with its status, note and highlights. */
export function DirectiveTree({ groups, ctx }: { groups: DirectiveGroup[]; ctx: PanelContext }) {
  const items: Item[] = groups.map((group, index) => ({ index, level: group.level, group }));
  if (!items.length) return <p class="nl-muted">{ctx.t('noDirectives')}</p>;
  return <Level nodes={nestByLevel(items)} ctx={ctx} />;
}

function Level({ nodes, ctx }: { nodes: OutlineNode<Item>[]; ctx: PanelContext }) {
  return (
    <ol class="sp-outline">
      {nodes.map(({ item: { index, group }, children }) => {
        const noteId = group.state?.id;
        const editing = ctx.editing !== null && (ctx.editing === noteId || ctx.editing === `directive:${index}`);
        return (
          <DirectiveEntry key={index} index={index} group={group} editing={editing} t={ctx.t}
            onJump={() => ctx.jumpDirective(index)}
            onStatus={(s) => ctx.setStatus(group, index, s)}
            onNote={() => (editing ? ctx.edit(null) : ctx.noteDirective(group, index))}
            onDeleteNote={ctx.deleteNote}>
            {editing && noteId && <InlineNote page={ctx.page} id={noteId} t={ctx.t} onClose={() => ctx.edit(null)} />}
            <HighlightList items={group.highlights} ctx={ctx} />
            {children.length > 0 && <Level nodes={children} ctx={ctx} />}
          </DirectiveEntry>
        );
      })}
    </ol>
  );
}
