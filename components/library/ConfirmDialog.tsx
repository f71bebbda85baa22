import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';

interface Props {
  /** The dialog's name in the markup (`data-nl-dialog`), also the base of its title's id. */
  name: string;
  title: string;
  /** What the dialog warns of, as paragraphs. */
  children: ComponentChildren;
  /** `data-nl-action` of the two buttons, and the confirming button's words. */
  cancelAction: string;
  confirmAction: string;
  confirmLabel: string;
  t: Translate;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The library's confirmation before anything is deleted: a modal dialog (focus trapped, Escape cancels)
 * whose first and focused button is Cancel, so Enter never deletes by accident.
 */
export function ConfirmDialog({ name, title, children, cancelAction, confirmAction, confirmLabel, t, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={ref} class="lib-dialog" data-nl-dialog={name} aria-labelledby={`${name}-title`}
      onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 id={`${name}-title`}>{title}</h2>
      {children}
      <div class="lib-dialog-buttons">
        <button type="button" data-nl-action={cancelAction} autofocus onClick={onCancel}>{t('cancel')}</button>
        <button type="button" class="nl-danger" data-nl-action={confirmAction} onClick={onConfirm}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
