import { nestByLevel, type OutlineNode } from '../utils/text/outline';
import type { Translate } from '../utils/i18n';

export interface OutlineItem {
  index: number;
  ordinal: string;
  level: number;
  lead: string;
}

interface Props {
  items: OutlineItem[];
  t: Translate;
  onJump: (index: number) => void;
}

/** The nested directive outline; each entry is a button so it works from the keyboard. */
export function Outline({ items, t, onJump }: Props) {
  if (!items.length) return <p class="nl-empty">{t('noDirectives')}</p>;
  return <OutlineList nodes={nestByLevel(items)} t={t} onJump={onJump} />;
}

function OutlineList({ nodes, t, onJump }: { nodes: OutlineNode<OutlineItem>[]; t: Translate; onJump: Props['onJump'] }) {
  return (
    <ol class="nl-outline">
      {nodes.map(({ item, children }) => (
        <li key={item.index} data-level={item.level}>
          <button
            type="button"
            class="nl-outline-item"
            data-nl-outline-item={item.index}
            title={t('jumpTo', item.ordinal)}
            onClick={() => onJump(item.index)}
          >
            <span class="nl-ordinal">{item.ordinal}</span>
            <span class="nl-lead">{item.lead.slice(item.ordinal.length).replace(/^[，、,.．\s]+/, '')}</span>
          </button>
          {children.length > 0 && <OutlineList nodes={children} t={t} onJump={onJump} />}
        </li>
      ))}
    </ol>
  );
}
