import type { Translate } from '../../utils/i18n';

interface Props {
  src: string;
  t: Translate;
  onClose: () => void;
}

/**
 * Hosts the note editor: an extension page in an iframe, so the note's text lives
 * and is typed in the extension's origin, where page scripts cannot read it or
 * listen to its keys. Only the frame's address (an annotation id) is in the page.
 */
export function NoteFrame({ src, t, onClose }: Props) {
  return (
    <div class="nl-note-frame" role="dialog" aria-label={t('noteFrameTitle')}>
      <button type="button" class="nl-close nl-note-close" aria-label={t('close')} title={t('close')} onClick={onClose}>×</button>
      <iframe src={src} title={t('noteFrameTitle')} />
    </div>
  );
}
