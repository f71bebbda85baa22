import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { COLORS, type Annotation, type Color, type DirectiveStatus } from '../../utils/model';
import type { AnnotationInput } from '../../utils/store/messages';
import { COLOR_LABEL } from '../page/SelectionToolbar';

export interface NoteApi {
  load: () => Promise<Annotation | null>;
  save: (input: AnnotationInput) => Promise<void>;
  close: () => void;
}

interface Props {
  api: NoteApi;
  t: Translate;
}

const SAVE_DELAY_MS = 400;

function parseTags(s: string): string[] {
  return [...new Set(s.split(/[,，、;；]/).map((x) => x.trim()).filter(Boolean))].slice(0, 50);
}

/**
 * Edits one annotation's note, tags, colour or status. Runs in an extension page
 * (the note frame or the side panel), never in the website's page. Saves as the
 * reader types (debounced), on leaving a field and on closing.
 */
export function NoteEditor({ api, t }: Props) {
  const [a, setA] = useState<Annotation | null | undefined>(undefined);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<'saved' | 'saving' | 'error' | ''>('');
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef<{ note: string; tags: string; color?: Color; status?: DirectiveStatus }>({ note: '', tags: '' });

  useEffect(() => {
    api.load().then((x) => {
      setA(x);
      if (x) {
        setNote(x.note);
        setTags(x.tags.join(', '));
        latest.current = { note: x.note, tags: x.tags.join(', '), color: x.color, status: x.status };
      }
    }, () => setA(null));
  }, [api]);
  // Chrome ignores autofocus in a cross-origin frame (the note frame): a document that has the focus when the
  // note has loaded gives it to the note field (utils/app/note-frame.tsx covers focus that arrives later).
  const field = useRef<HTMLTextAreaElement>(null);
  const loaded = Boolean(a);
  useEffect(() => {
    const el = field.current;
    if (loaded && el && document.hasFocus() && !el.form?.contains(document.activeElement)) el.focus();
  }, [loaded]);

  const saveNow = async () => {
    window.clearTimeout(timer.current);
    if (!a) return;
    const { note, tags, color, status: st } = latest.current;
    const { created: _c, modified: _m, ...rest } = a;
    setStatus('saving');
    try {
      await api.save({ ...rest, note, tags: parseTags(tags), ...(color ? { color } : {}), ...(st ? { status: st } : { status: undefined }) });
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  };
  const later = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(saveNow, SAVE_DELAY_MS);
  };
  const close = async () => {
    await saveNow();
    api.close();
  };

  if (a === undefined) return <p class="nl-muted">…</p>;
  if (a === null) return <p role="alert">{t('notFound')}</p>;
  const quote = a.selectors.find((s) => s.type === 'TextQuoteSelector');
  return (
    <form class="nl-note-editor" onSubmit={(e) => { e.preventDefault(); void close(); }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) { e.preventDefault(); void close(); }
      }}>
      <h1>{a.kind === 'page-note' ? t('pageNote') : a.kind === 'directive' ? `${t('directiveNote')} · ${a.directive?.ordinal ?? ''}` : t('noteFrameTitle')}</h1>
      {quote && quote.type === 'TextQuoteSelector' && <blockquote class="nl-quote" aria-label={t('quote')}>{quote.exact}</blockquote>}
      <textarea ref={field} data-nl-field="note" autofocus aria-label={t('noteFrameTitle')} placeholder={t('notePlaceholder')} value={note}
        onInput={(e) => { const v = (e.target as HTMLTextAreaElement).value; setNote(v); latest.current.note = v; later(); }}
        onBlur={() => void saveNow()} />
      <input data-nl-field="tags" aria-label={t('tags')} placeholder={t('tags')} value={tags}
        onInput={(e) => { const v = (e.target as HTMLInputElement).value; setTags(v); latest.current.tags = v; later(); }}
        onBlur={() => void saveNow()} />
      {a.kind === 'highlight' && (
        <fieldset class="nl-colors"><legend>{t('color')}</legend>
          {COLORS.map((c) => (
            <label key={c} class="nl-color" data-color={c}>
              <input type="radio" name="color" value={c} checked={(latest.current.color ?? a.color) === c}
                onChange={() => { latest.current.color = c; setA({ ...a, color: c }); void saveNow(); }} />
              {t(COLOR_LABEL[c])}
            </label>
          ))}
        </fieldset>
      )}
      {a.kind === 'directive' && (
        <label>{t('status')}{' '}
          <select data-nl-field="status" value={latest.current.status ?? ''}
            onChange={(e) => { const v = (e.target as HTMLSelectElement).value as DirectiveStatus | ''; latest.current.status = v || undefined; setA({ ...a, status: v || undefined }); void saveNow(); }}>
            <option value="">{t('statusNone')}</option>
            <option value="todo">{t('statusTodo')}</option>
            <option value="doing">{t('statusDoing')}</option>
            <option value="done">{t('statusDone')}</option>
          </select>
        </label>
      )}
      <footer>
        <span class="nl-save-state" data-nl-save-state={status} aria-live="polite">{status === 'saving' ? t('saving') : status === 'saved' ? t('saved') : status === 'error' ? t('saveFailed', { reason: '' }) : ''}</span>
        <button type="submit" data-nl-action="close-note">{t('close')}</button>
      </footer>
    </form>
  );
}
