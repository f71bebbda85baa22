import { COLORS, type Color } from '../../utils/model';
import type { Translate } from '../../utils/i18n';
import { COLOR_LABEL, colorLabel, useColorMeanings } from './color-meanings';

export { COLOR_LABEL };

interface Props {
  at: { x: number; y: number; bottom: number };
  t: Translate;
  onHighlight: (color: Color) => void;
  onNote: () => void;
}

/**
 * Floats over the reader's selection: five highlight colours and a note button. A colour the reader named
 * (options page) shows its name on the swatch and in its title, so "重点" is picked, not "yellow".
 */
export function SelectionToolbar({ at, t, onHighlight, onNote }: Props) {
  const meanings = useColorMeanings();
  // Above the selection when there is room, else below it; always inside the viewport.
  const above = at.y > 56;
  const top = Math.min(Math.max(8, above ? at.y - 46 : at.bottom + 8), window.innerHeight - 48);
  const style = { left: `${Math.min(Math.max(8, at.x - 110), window.innerWidth - 260)}px`, top: `${top}px` };
  return (
    <div class="nl-toolbar nl-floating" role="toolbar" aria-label={t('highlight')} style={style} onMouseDown={(e) => e.preventDefault()}>
      {COLORS.map((c) => {
        const label = `${t('highlight')} · ${colorLabel(t, c, meanings)}`;
        return (
          <button key={c} type="button" class={meanings[c] ? 'nl-swatch nl-swatch-named' : 'nl-swatch'} data-color={c}
            data-nl-action="highlight" data-nl-color={c} aria-label={label} title={label} onClick={() => onHighlight(c)}>
            {meanings[c] && <span class="nl-swatch-name" aria-hidden="true">{meanings[c]}</span>}
          </button>
        );
      })}
      <button type="button" class="nl-text-button" data-nl-action="note" onClick={onNote}>
        {t('addNote')}
      </button>
    </div>
  );
}
