import { COLORS, type Color } from '../../utils/model';
import type { Translate, MessageKey } from '../../utils/i18n';

export const COLOR_LABEL: Record<Color, MessageKey> = {
  yellow: 'colorYellow', green: 'colorGreen', blue: 'colorBlue', pink: 'colorPink', purple: 'colorPurple',
};

interface Props {
  at: { x: number; y: number; bottom: number };
  t: Translate;
  onHighlight: (color: Color) => void;
  onNote: () => void;
}

/** Floats over the reader's selection: five highlight colours and a note button. */
export function SelectionToolbar({ at, t, onHighlight, onNote }: Props) {
  // Above the selection when there is room, else below it; always inside the viewport.
  const above = at.y > 56;
  const top = Math.min(Math.max(8, above ? at.y - 46 : at.bottom + 8), window.innerHeight - 48);
  const style = { left: `${Math.min(Math.max(8, at.x - 110), window.innerWidth - 260)}px`, top: `${top}px` };
  return (
    <div class="nl-toolbar nl-floating" role="toolbar" aria-label={t('highlight')} style={style} onMouseDown={(e) => e.preventDefault()}>
      {COLORS.map((c) => (
        <button key={c} type="button" class="nl-swatch" data-color={c} data-nl-action="highlight" data-nl-color={c}
          aria-label={`${t('highlight')} · ${t(COLOR_LABEL[c])}`} title={`${t('highlight')} · ${t(COLOR_LABEL[c])}`}
          onClick={() => onHighlight(c)} />
      ))}
      <button type="button" class="nl-text-button" data-nl-action="note" onClick={onNote}>
        {t('addNote')}
      </button>
    </div>
  );
}
