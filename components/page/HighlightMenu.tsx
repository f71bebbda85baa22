import { useLayoutEffect, useRef } from 'preact/hooks';
import { COLORS, type Color } from '../../utils/model';
import type { Translate } from '../../utils/i18n';
import type { SessionState } from '../../utils/session/session-state';
import { colorLabel, useColorMeanings } from './color-meanings';

interface Props {
  menu: NonNullable<SessionState['menu']>;
  t: Translate;
  onColor: (color: Color) => void;
  onNote: () => void;
  onDelete: () => void;
  onConfirmDelete: () => void;
  onClose: () => void;
  /** Where the focus goes when the menu closes with the focus in it: the highlight's mark (Esc leaves the reader there). */
  returnFocus?: () => void;
}

/**
 * Opened by clicking a highlight, or by the keyboard command that walks the highlights: change colour, edit the
 * note, delete (asking first when a note would go). It takes the focus (on the current colour), so Tab, ← →, Enter
 * and Esc work at once; closed with the focus inside, it gives the focus back to the highlight.
 */
export function HighlightMenu({ menu, t, onColor, onNote, onDelete, onConfirmDelete, onClose, returnFocus }: Props) {
  const meanings = useColorMeanings();
  const box = useRef<HTMLDivElement>(null);
  const back = useRef(returnFocus);
  back.current = returnFocus;
  // A layout effect: its clean-up runs while the menu is still in the DOM, so the focus can be seen inside it.
  useLayoutEffect(() => {
    const container = box.current;
    (container?.querySelector<HTMLElement>('[aria-pressed="true"]') ?? container?.querySelector<HTMLElement>('button'))?.focus();
    return () => {
      const root = container?.getRootNode() as ShadowRoot | Document | undefined;
      if (container && root && container.contains(root.activeElement)) back.current?.();
    };
  }, []);
  // Asking before a delete replaces the buttons: the focus goes to Cancel, the answer that changes nothing.
  useLayoutEffect(() => {
    if (menu.confirming) box.current?.querySelector<HTMLElement>('[data-nl-action="cancel-delete"]')?.focus();
  }, [menu.confirming]);
  // ← → move between the menu's buttons (Tab does too): the swatches are a row the eye reads as one control.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') return onClose();
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const buttons = Array.from(box.current?.querySelectorAll<HTMLElement>('button') ?? []);
    const at = buttons.indexOf((box.current?.getRootNode() as ShadowRoot).activeElement as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length]?.focus();
  };
  const style = { left: `${Math.max(8, menu.x - 110)}px`, top: `${menu.y + 12}px` };
  return (
    <div ref={box} class="nl-menu nl-floating" role="dialog" aria-label={t('highlightMenu')} style={style} onKeyDown={onKeyDown}>
      {menu.confirming ? (
        <div class="nl-confirm">
          <p>{t('confirmDeleteWithNote')}</p>
          <button type="button" class="nl-text-button nl-danger" data-nl-action="confirm-delete" onClick={onConfirmDelete}>{t('confirm')}</button>
          <button type="button" class="nl-text-button" data-nl-action="cancel-delete" onClick={onClose}>{t('cancel')}</button>
        </div>
      ) : (
        <>
          {COLORS.map((c) => (
            <button key={c} type="button" class={meanings[c] ? 'nl-swatch nl-swatch-named' : 'nl-swatch'} data-color={c} data-nl-action="recolor"
              data-nl-color={c} aria-pressed={menu.color === c} aria-label={colorLabel(t, c, meanings)} title={colorLabel(t, c, meanings)} onClick={() => onColor(c)}>
              {meanings[c] && <span class="nl-swatch-name" aria-hidden="true">{meanings[c]}</span>}
            </button>
          ))}
          <button type="button" class="nl-text-button" data-nl-action="edit-note" onClick={onNote}>{t('editNote')}</button>
          <button type="button" class="nl-text-button nl-danger" data-nl-action="delete" onClick={onDelete}>{t('delete')}</button>
          <button type="button" class="nl-close" aria-label={t('close')} onClick={onClose}>×</button>
        </>
      )}
    </div>
  );
}
