import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { LibraryResult } from '../../utils/library';
import { countLabels, type AnnotationCounts } from '../../utils/library/counts';
import { isHttpUrl } from '../../utils/text/url';
import { HitItem } from './HitItem';

interface Props {
  result: LibraryResult;
  selected: boolean;
  /** The notice's annotations counted as everywhere (utils/library/counts.ts). */
  counts: AnnotationCounts;
  /** Stored versions of the notice's body: 2 or more, the site revised it (issue 16). */
  versions?: number;
  t: Translate;
  onSelect: (on: boolean) => void;
  onDownload: () => void;
  onCopy: () => void;
  /** Asks to move all of the notice's annotations to the trash (the list confirms first). */
  onDelete: () => void;
}

const FIRST_HITS = 3;

/** One notice in the library: select box, title link, metadata, its matching annotations and its own export buttons. */
export function NoticeCard({ result, selected, counts, versions = 0, t, onSelect, onDownload, onCopy, onDelete }: Props) {
  const [all, setAll] = useState(false);
  const { notice, hits } = result;
  const count = countLabels(counts, t);
  const r = notice.record;
  const title = notice.title || notice.page;
  const shown = all ? hits : hits.slice(0, FIRST_HITS);
  const meta = [notice.site, r?.source, r?.published, r?.docNumber].filter((x): x is string => Boolean(x && x.trim()));
  const headingId = `n-${notice.page}`;
  // A framed notice opens in the page that frames it (its shell); the shell passes the link on to the frame.
  const opensIn = r?.shell && isHttpUrl(r.shell) ? r.shell : notice.page;
  // Parsed once per card, not once per hit (issue 14: a keystroke's work).
  const linkable = isHttpUrl(opensIn);
  return (
    <article class="lib-card" data-nl-notice={notice.page} aria-labelledby={headingId}>
      <header class="lib-card-head">
        <input type="checkbox" data-nl-select checked={selected} aria-label={t('libSelect', { title })}
          onChange={(e) => onSelect((e.target as HTMLInputElement).checked)} />
        <h2 id={headingId}>
          {linkable ? <a href={opensIn} target="_blank" rel="noopener noreferrer">{title}</a> : title}
        </h2>
        {versions >= 2 && <span class="nl-badge" data-nl-revised="" title={t('verRevisedTitle', { count: versions })}>{t('verRevised')}</span>}
        <span class="lib-card-actions">
          <button type="button" data-nl-action="export-notice" onClick={onDownload} title={t('libDownloadMdHint')}>{t('libDownloadMd')}</button>
          <button type="button" data-nl-action="copy-notice" onClick={onCopy}>{t('libCopyMd')}</button>
          <button type="button" class="nl-danger" data-nl-action="delete-notice" disabled={!result.total} onClick={onDelete}>{t('libDeleteNotice')}</button>
        </span>
      </header>
      <p class="lib-card-meta nl-muted">
        {meta.join(' · ')}
        {meta.length ? ' · ' : ''}
        <span data-nl-field="annotation-total">{count.total}</span>
        {count.parts && <span data-nl-field="annotation-parts"> ({count.parts})</span>}
      </p>
      <ul class="lib-hits">
        {shown.map((a) => <HitItem key={a.id} a={a} t={t} opensIn={opensIn} linkable={linkable} />)}
      </ul>
      {hits.length > FIRST_HITS && (
        <button type="button" class="nl-link" data-nl-action="more-hits" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t('libFewer') : t('libMoreHits', { count: hits.length - FIRST_HITS })}
        </button>
      )}
    </article>
  );
}
