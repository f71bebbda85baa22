import type { Translate } from '../../utils/i18n';
import type { LibraryIndex, LibraryQuery, LibrarySort } from '../../utils/library';
import { COLOR_LABEL } from '../page/SelectionToolbar';
import { statusLabel } from '../shared/StatusSelect';

interface Props {
  query: LibraryQuery;
  facets: LibraryIndex['facets'];
  t: Translate;
  onChange: (q: LibraryQuery) => void;
}

/** Search box, filters and sort. Plain labelled form controls: all usable from the keyboard. */
export function SearchBar({ query, facets, t, onChange }: Props) {
  const set = (patch: Partial<LibraryQuery>) => onChange({ ...query, ...patch });
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const filtered = Boolean(query.site || query.tag || query.color || query.status || query.from || query.to || query.text);
  return (
    <form class="lib-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <input type="search" data-nl-field="search" aria-label={t('libSearch')} placeholder={t('libSearchPlaceholder')}
        value={query.text ?? ''} onInput={(e) => set({ text: value(e) })} autofocus />
      <div class="lib-filters">
        <label>{t('spSite')}
          <select data-nl-filter="site" value={query.site ?? ''} onChange={(e) => set({ site: value(e) || undefined })}>
            <option value="">{t('libAny')}</option>
            {facets.sites.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>{t('libTag')}
          <select data-nl-filter="tag" value={query.tag ?? ''} onChange={(e) => set({ tag: value(e) || undefined })}>
            <option value="">{t('libAny')}</option>
            {facets.tags.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>{t('color')}
          <select data-nl-filter="color" value={query.color ?? ''} onChange={(e) => set({ color: (value(e) || undefined) as LibraryQuery['color'] })}>
            <option value="">{t('libAny')}</option>
            {facets.colors.map((c) => <option key={c} value={c}>{t(COLOR_LABEL[c])}</option>)}
          </select>
        </label>
        <label>{t('status')}
          <select data-nl-filter="status" value={query.status ?? ''} onChange={(e) => set({ status: (value(e) || undefined) as LibraryQuery['status'] })}>
            <option value="">{t('libAny')}</option>
            {facets.statuses.map((s) => <option key={s} value={s}>{statusLabel(t, s)}</option>)}
          </select>
        </label>
        <label title={t('libDateHint')}>{t('libFrom')}
          <input type="date" data-nl-filter="from" value={query.from ?? ''} onChange={(e) => set({ from: value(e) || undefined })} />
        </label>
        <label title={t('libDateHint')}>{t('libTo')}
          <input type="date" data-nl-filter="to" value={query.to ?? ''} onChange={(e) => set({ to: value(e) || undefined })} />
        </label>
        <label>{t('libSort')}
          <select data-nl-filter="sort" value={query.sort ?? 'recent'} onChange={(e) => set({ sort: value(e) as LibrarySort })}>
            <option value="recent">{t('libSortRecent')}</option>
            <option value="title">{t('libSortTitle')}</option>
            <option value="date">{t('libSortDate')}</option>
          </select>
        </label>
        {filtered && (
          <button type="button" class="nl-link" data-nl-action="clear-filters" onClick={() => onChange({ sort: query.sort })}>{t('libClear')}</button>
        )}
      </div>
    </form>
  );
}
