import { nestByLevel, type OutlineNode } from '../../utils/text/outline';
import type { Translate } from '../../utils/i18n';
import type { DirectiveStatus } from '../../utils/model';
import type { SessionState } from '../../utils/session/session-state';

export type OutlineItem = SessionState['directives'][number];

interface Props {
  items: OutlineItem[];
  state?: SessionState['directiveState'];
  t: Translate;
  onJump: (index: number) => void;
  onStatus?: (index: number, status: DirectiveStatus | undefined) => void;
  onNote?: (index: number) => void;
}

/** The nested directive outline; entries are buttons and selects, so it all works from the keyboard. */
export function Outline(props: Props) {
  if (!props.items.length) return <p class="nl-empty">{props.t('noDirectives')}</p>;
  return <OutlineList nodes={nestByLevel(props.items)} {...props} />;
}

function OutlineList({ nodes, ...props }: Props & { nodes: OutlineNode<OutlineItem>[] }) {
  const { t, onJump, onStatus, onNote, state } = props;
  return (
    <ol class="nl-outline">
      {nodes.map(({ item, children }) => {
        const s = state?.[item.index];
        return (
          <li key={item.index} data-level={item.level} data-status={s?.status ?? ''}>
            <div class="nl-outline-row">
              <button type="button" class="nl-outline-item" data-nl-outline-item={item.index} title={t('jumpTo', item.ordinal)} onClick={() => onJump(item.index)}>
                <span class="nl-ordinal">{item.ordinal}</span>
                <span class="nl-lead">{item.lead.slice(item.ordinal.length).replace(/^[，、,.．\s]+/, '')}</span>
              </button>
              {onStatus && (
                <select
                  class="nl-status"
                  data-nl-action="directive-status"
                  aria-label={`${t('status')} ${item.ordinal}`}
                  value={s?.status ?? ''}
                  onChange={(e) => onStatus(item.index, ((e.target as HTMLSelectElement).value || undefined) as DirectiveStatus | undefined)}
                >
                  <option value="">{t('statusNone')}</option>
                  <option value="todo">{t('statusTodo')}</option>
                  <option value="doing">{t('statusDoing')}</option>
                  <option value="done">{t('statusDone')}</option>
                </select>
              )}
              {onNote && (
                <button type="button" class="nl-icon" data-nl-action="directive-note" data-has-note={s?.hasNote ? '' : undefined}
                  aria-label={`${t('directiveNote')} ${item.ordinal}`} title={t('directiveNote')} onClick={() => onNote(item.index)}>
                  ✎
                </button>
              )}
            </div>
            {children.length > 0 && <OutlineList nodes={children} {...props} />}
          </li>
        );
      })}
    </ol>
  );
}
