import { COLORS, type Color } from '../../utils/model';
import type { Translate } from '../../utils/i18n';
import type { SessionState } from '../../utils/session/session-state';
import { COLOR_LABEL } from './SelectionToolbar';

interface Props {
  menu: NonNullable<SessionState['menu']>;
  t: Translate;
  onColor: (color: Color) => void;
  onNote: () => void;
  onDelete: () => void;
  onConfirmDelete: () => void;
  onClose: () => void;
}

/** Opened by clicking a highlight: change colour, edit the note, delete (asking first when a note would go). */
export function HighlightMenu({ menu, t, onColor, onNote, onDelete, onConfirmDelete, onClose }: Props) {
  const style = { left: `${Math.max(8, menu.x - 110)}px`, top: `${menu.y + 12}px` };
  return (
    <div class="nl-menu nl-floating" role="dialog" aria-label={t('editNote')} style={style}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      {menu.confirming ? (
        <div class="nl-confirm">
          <p>{t('confirmDeleteWithNote')}</p>
          <button type="button" class="nl-text-button nl-danger" data-nl-action="confirm-delete" onClick={onConfirmDelete}>{t('confirm')}</button>
          <button type="button" class="nl-text-button" onClick={onClose}>{t('cancel')}</button>
        </div>
      ) : (
        <>
          {COLORS.map((c) => (
            <button key={c} type="button" class="nl-swatch" data-color={c} data-nl-action="recolor" data-nl-color={c}
              aria-pressed={menu.color === c} aria-label={t(COLOR_LABEL[c])} title={t(COLOR_LABEL[c])} onClick={() => onColor(c)} />
          ))}
          <button type="button" class="nl-text-button" data-nl-action="edit-note" onClick={onNote}>{t('editNote')}</button>
          <button type="button" class="nl-text-button nl-danger" data-nl-action="delete" onClick={onDelete}>{t('delete')}</button>
          <button type="button" class="nl-close" aria-label={t('close')} onClick={onClose}>×</button>
        </>
      )}
    </div>
  );
}
