import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { LibraryResult } from '../../utils/library';
import type { AnnotationCounts } from '../../utils/library/counts';
import { NoticeCard } from './NoticeCard';

interface Props {
  results: LibraryResult[];
  selected: Set<string>;
  countsOf: (page: string) => AnnotationCounts;
  t: Translate;
  onSelect: (pages: string[], on: boolean) => void;
  onDownload: (page: string) => void;
  onCopy: (page: string) => void;
  onDelete: (page: string) => void;
}

/** Rendering thousands of cards per keystroke would cost far more than the search: show them a page at a time. */
// Cards rendered per step: enough to fill a screen or two, few enough that a
// keystroke re-renders them within a frame (npm run bench, row 4.7).
const PAGE = 20;

export function ResultList({ results, selected, countsOf, t, onSelect, onDownload, onCopy, onDelete }: Props) {
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [results]);
  const allSelected = results.length > 0 && results.every((r) => selected.has(r.notice.page));
  return (
    <section class="lib-results" aria-label={t('libResults')}>
      <div class="lib-results-head">
        <label>
          <input type="checkbox" data-nl-action="select-all" checked={allSelected} disabled={!results.length}
            onChange={(e) => onSelect(results.map((r) => r.notice.page), (e.target as HTMLInputElement).checked)} />
          {t('libSelectAll')}
        </label>
        <span class="nl-muted" data-nl-field="result-count" role="status" aria-live="polite">{t('libShown', { count: results.length })}</span>
      </div>
      {results.length === 0 && <p class="nl-muted lib-empty">{t('libNothing')}</p>}
      {results.slice(0, limit).map((r) => (
        <NoticeCard key={r.notice.page} result={r} selected={selected.has(r.notice.page)} counts={countsOf(r.notice.page)} t={t}
          onDelete={() => onDelete(r.notice.page)}
          onSelect={(on) => onSelect([r.notice.page], on)}
          onDownload={() => onDownload(r.notice.page)} onCopy={() => onCopy(r.notice.page)} />
      ))}
      {results.length > limit && (
        <button type="button" data-nl-action="show-more" onClick={() => setLimit(limit + PAGE)}>
          {t('libShowMore', { count: results.length - limit })}
        </button>
      )}
    </section>
  );
}
