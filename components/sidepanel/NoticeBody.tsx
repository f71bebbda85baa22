import { groupAnnotations } from '../../utils/export/group';
import { placeholderRecord } from '../../utils/library';
import type { Annotation, NoticeRecord } from '../../utils/model';
import type { PanelContext } from './context';
import { DirectiveEntry } from './DirectiveEntry';
import { DirectiveTree } from './DirectiveTree';
import { HighlightList } from './HighlightList';
import { InlineNote } from './InlineNote';
import { PageNoteSection } from './PageNoteSection';
import { SidePanelTasks } from './SidePanelTasks';

interface Props {
  notice: NoticeRecord | null;
  annotations: Annotation[];
  ctx: PanelContext;
  onAddPageNote: () => void;
}

/**
 * The notice's annotations, grouped the way the Markdown export groups them
 * (utils/export/group.ts): under their directive, then the other highlights,
 * directive notes whose directive is gone, and the page note.
 */
export function NoticeBody({ notice, annotations, ctx, onAddPageNote }: Props) {
  const { t } = ctx;
  const grouped = groupAnnotations(notice ?? placeholderRecord(ctx.page, annotations), annotations);
  const onPage = grouped.directives.filter((g) => g.onPage);
  const lost = grouped.directives.filter((g) => !g.onPage);
  return (
    <>
      <section class="sp-section" aria-labelledby="sp-outline">
        <h2 id="sp-outline">{t('outline')} <small class="nl-muted">{t('directiveCount', { count: onPage.length })}</small></h2>
        <SidePanelTasks page={ctx.page} notice={notice} groups={onPage} onError={ctx.fail}><DirectiveTree groups={onPage} ctx={ctx} /></SidePanelTasks>
      </section>
      {grouped.otherHighlights.length > 0 && (
        <section class="sp-section" aria-labelledby="sp-other" data-nl-section="other-highlights">
          <h2 id="sp-other">{t('spOtherHighlights')}</h2>
          <HighlightList items={grouped.otherHighlights} ctx={ctx} />
        </section>
      )}
      {lost.length > 0 && (
        <section class="sp-section" aria-labelledby="sp-lost" data-nl-section="lost-directives">
          <h2 id="sp-lost">{t('spLostDirectives')}</h2>
          <ol class="sp-outline">
            {lost.map((g, k) => {
              const id = g.state?.id ?? '';
              const editing = ctx.editing === id;
              return (
                <DirectiveEntry key={id || k} index={-1} group={g} lost editing={editing} t={t} onJump={() => {}}
                  onStatus={(s) => ctx.setStatus(g, -1, s)} onNote={() => ctx.edit(editing ? null : id)}>
                  {editing && <InlineNote page={ctx.page} id={id} t={t} onClose={() => ctx.edit(null)} />}
                </DirectiveEntry>
              );
            })}
          </ol>
        </section>
      )}
      <PageNoteSection notes={grouped.pageNotes} ctx={ctx} onAdd={onAddPageNote} />
    </>
  );
}
