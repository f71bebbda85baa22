import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { bodyChanges, wordDiff, type DiffPart } from '../../utils/revisions/diff';
import type { NoticeVersion } from '../../utils/revisions/model';
import { versionTime } from '../../utils/revisions/version-time';

interface Props {
  /** The notice's versions, newest first. */
  versions: NoticeVersion[];
  t: Translate;
}

/** Kept text longer than this is shortened to its ends: the reader looks for the changes, not the notice. */
const LONG_EQUAL = 240;
const CONTEXT = 80;

/** One piece of the diff: kept text (shortened when long), or an <ins>/<del> with a label screen readers read. */
function Part({ part, t }: { part: DiffPart; t: Translate }) {
  if (part.op === 'insert') {
    return <ins data-nl-diff="insert"><span class="nl-sr-only">{t('verInsertedLabel')}</span>{part.text}</ins>;
  }
  if (part.op === 'delete') {
    return <del data-nl-diff="delete"><span class="nl-sr-only">{t('verDeletedLabel')}</span>{part.text}</del>;
  }
  const text = part.text;
  if (text.length <= LONG_EQUAL) return <span>{text}</span>;
  return (
    <span>
      {text.slice(0, CONTEXT)}
      <span class="sp-diff-skip nl-muted">{t('verSkipped', { count: text.length - 2 * CONTEXT })}</span>
      {text.slice(-CONTEXT)}
    </span>
  );
}

/**
 * A notice's versions, for one the site changed in place (issue 16): two selects (any two versions, the
 * newest against the one before by default) and a word-level diff between them. Shown only with two or more.
 */
export function VersionsSection({ versions, t }: Props) {
  const [fromIndex, setFrom] = useState(1);
  const [toIndex, setTo] = useState(0);
  const from = versions[Math.min(fromIndex, versions.length - 1)];
  const to = versions[Math.min(toIndex, versions.length - 1)];
  const diff = useMemo(() => {
    if (!from || !to) return null;
    const c = bodyChanges(from.text, to.text);
    return { counts: { inserted: c.inserted.length, changed: c.changed.length, deleted: c.deleted.length }, parts: wordDiff(from.text, to.text) };
  }, [from, to]);
  if (versions.length < 2 || !diff) return null;

  const label = (v: NoticeVersion, i: number) => t('verOption', { n: versions.length - i, time: versionTime(v.savedAt) });
  const select = (id: string, value: number, set: (i: number) => void, action: string) => (
    <select id={id} data-nl-action={action} value={String(value)} onChange={(e) => set(Number((e.currentTarget as HTMLSelectElement).value))}>
      {versions.map((v, i) => <option key={v.savedAt} value={String(i)}>{label(v, i)}</option>)}
    </select>
  );
  const same = diff.parts.every((p) => p.op === 'equal');
  return (
    <details class="sp-section sp-versions" data-nl-section="versions" open>
      <summary data-nl-action="toggle-versions">
        {t('verTitle')} <small class="nl-muted">{t('verCount', { count: versions.length })}</small>
      </summary>
      <p class="nl-muted">{t('verHint')}</p>
      <div class="sp-version-pick">
        <label for="sp-ver-from">{t('verFrom')}</label>
        {select('sp-ver-from', fromIndex, setFrom, 'version-from')}
        <label for="sp-ver-to">{t('verTo')}</label>
        {select('sp-ver-to', toIndex, setTo, 'version-to')}
      </div>
      {same ? (
        <p class="nl-muted" data-nl-diff-state="same">{t('verSame')}</p>
      ) : (
        <>
          <p class="sp-diff-summary" data-nl-diff-state="changed">{t('verSummary', diff.counts)}</p>
          <div class="sp-diff" data-nl-diff-body="" aria-live="polite">
            {diff.parts.map((p, i) => <Part key={i} part={p} t={t} />)}
          </div>
        </>
      )}
    </details>
  );
}
