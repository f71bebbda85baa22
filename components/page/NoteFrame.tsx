import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';

interface Props {
  src: string;
  t: Translate;
  onClose: () => void;
  /** Where the focus goes when the editor closes and the control that opened it is gone: the passage. */
  returnFocus?: () => void;
}

/** The one message the page side sends the frame: "you have the focus, put it in your text field". No data. */
export const FOCUS_NOTE_MESSAGE = 'notice-lens:focus-note';

/**
 * Hosts the note editor: an extension page in an iframe, so the note's text lives
 * and is typed in the extension's origin, where page scripts cannot read it or
 * listen to its keys. Only the frame's address (an annotation id) is in the page.
 *
 * Chrome refuses autofocus in a cross-origin frame, so the focus is given from here: the frame element is
 * focused when it opens (the frame then focuses its field, utils/app/note-frame.tsx), and again with a
 * message once it has loaded. When it closes with the focus inside, the focus goes back to the control that
 * opened it, or to the passage.
 */
export function NoteFrame({ src, t, onClose, returnFocus }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const back = useRef(returnFocus);
  back.current = returnFocus;
  // A layout effect: its clean-up runs before the frame leaves the DOM, while the focus can still be seen in it.
  useLayoutEffect(() => {
    const container = box.current;
    const iframe = frame.current;
    if (!container || !iframe) return;
    const root = container.getRootNode() as ShadowRoot | Document;
    // Null when the focus was in the page (a shortcut on a selection): then the passage gets it back.
    const opener = root.activeElement;
    iframe.focus();
    const onLoad = () => {
      if (root.activeElement !== iframe) iframe.focus();
      // The frame's origin may differ from its address's (use_dynamic_url); the message carries nothing.
      iframe.contentWindow?.postMessage({ type: FOCUS_NOTE_MESSAGE }, '*');
    };
    iframe.addEventListener('load', onLoad);
    return () => {
      iframe.removeEventListener('load', onLoad);
      // Only if the reader was still in the editor: a reader who clicked away keeps their place.
      if (!container.contains(root.activeElement)) return;
      if (opener instanceof HTMLElement && opener.isConnected && !container.contains(opener)) opener.focus();
      else back.current?.();
    };
  }, []);
  return (
    <div ref={box} class="nl-note-frame" role="dialog" aria-label={t('noteFrameTitle')}>
      <button type="button" class="nl-close nl-note-close" aria-label={t('close')} title={t('close')} onClick={onClose}>×</button>
      <iframe ref={frame} src={src} title={t('noteFrameTitle')} />
    </div>
  );
}
