import { useRef } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { LibraryIndex, LibraryQuery, LibrarySort } from '../../utils/library';
import { COLOR_LABEL } from '../page/SelectionToolbar';
import { memo } from '../shared/memo';
import { statusLabel } from '../shared/StatusSelect';

interface Props {
  query: LibraryQuery;
  facets: LibraryIndex['facets'];
  t: Translate;
  onChange: (q: LibraryQuery) => void;
}

/** Search box, filters and sort. Plain labelled form controls: all usable from the keyboard. */
export function SearchBar({ query, facets, t, onChange }: Props) {
  // The filters get a stable setter reading the latest query: a keystroke in the
  // box then leaves them alone (their option lists can be long; issue 14).
  const latest = useRef({ query, onChange });
  latest.current = { query, onChange };
  const patch = useRef((p: Partial<LibraryQuery>) => latest.current.onChange({ ...latest.current.query, ...p })).current;
  const clear = useRef(() => latest.current.onChange({ sort: latest.current.query.sort })).current;
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  return (
    <form class="lib-search" role="search" onSubmit={(e) => e.preventDefault()}>
      <input type="search" data-nl-field="search" aria-label={t('libSearch')} placeholder={t('libSearchPlaceholder')}
        value={query.text ?? ''} onInput={(e) => patch({ text: value(e) })} autofocus />
      <Filters query={query} facets={facets} t={t} patch={patch} onClear={clear} />
    </form>
  );
}

interface FilterProps {
  query: LibraryQuery;
  facets: LibraryIndex['facets'];
  t: Translate;
  patch: (p: Partial<LibraryQuery>) => void;
  onClear: () => void;
}

const FILTER_KEYS = ['site', 'tag', 'color', 'status', 'from', 'to', 'sort'] as const;

/** The same filters shown: the query's text aside (only whether there is one: the clear button). */
const sameFilters = (a: FilterProps, b: FilterProps) =>
  a.facets === b.facets && a.t === b.t && a.patch === b.patch && a.onClear === b.onClear && !a.query.text === !b.query.text && FILTER_KEYS.every((k) => a.query[k] === b.query[k]);

const Filters = memo(function Filters({ query, facets, t, patch: set, onClear }: FilterProps) {
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
  const filtered = Boolean(query.site || query.tag || query.color || query.status || query.from || query.to || query.text);
  return (
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
        <button type="button" class="nl-link" data-nl-action="clear-filters" onClick={onClear}>{t('libClear')}</button>
      )}
    </div>
  );
}, sameFilters);
