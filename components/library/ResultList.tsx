import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { LibraryResult } from '../../utils/library';
import type { AnnotationCounts } from '../../utils/library/counts';
import { memo } from '../shared/memo';
import { whenIdle } from '../shared/when-idle';
import { NoticeCard } from './NoticeCard';

interface Props {
  results: LibraryResult[];
  selected: Set<string>;
  countsOf: (page: string) => AnnotationCounts;
  /** How many versions of the notice's body are stored (2 or more: revised, issue 16). */
  versionsOf?: (page: string) => number;
  t: Translate;
  onSelect: (pages: string[], on: boolean) => void;
  onDownload: (page: string) => void;
  onCopy: (page: string) => void;
  onDelete: (page: string) => void;
}

type Actions = Pick<Props, 'onSelect' | 'onDownload' | 'onCopy' | 'onDelete'>;

/** Rendering thousands of cards per keystroke would cost far more than the search: show them a page at a time. */
// Cards rendered per step: enough to fill a screen or two, few enough that a
// keystroke re-renders them within a frame (npm run bench, row 4.7).
const PAGE = 20;
/** Cards rendered in the keystroke's own frame until the page has measured its own (cardsToFill). */
const FIRST_CARDS = 6;

/**
 * How many cards fill the window below the list's top, measured on the cards now shown (in idle time, when
 * their layout is done): the height left from the first card's top to the window's bottom, over the shortest
 * card in view, plus one to spare. Null when nothing is laid out (no cards, no layout). A keystroke then
 * renders only what the reader can see in its own frame; the rest of the page follows in idle time
 * (issue 14: at 900 px, 3 cards instead of 6: less to build, style and lay out per keystroke).
 */
export function cardsToFill(section: HTMLElement, viewHeight: number): number | null {
  let top: number | null = null;
  let shortest = Infinity;
  for (const card of section.querySelectorAll('[data-nl-notice]')) {
    const r = card.getBoundingClientRect();
    top ??= r.top;
    if (r.top >= viewHeight) break;
    if (r.bottom > 0 && r.height > 0) shortest = Math.min(shortest, r.height);
  }
  if (top === null || !Number.isFinite(shortest)) return null;
  return Math.min(PAGE, Math.ceil(Math.max(0, viewHeight - top) / shortest) + 1);
}

interface CardProps {
  result: LibraryResult;
  selected: boolean;
  counts: AnnotationCounts;
  versions: number;
  t: Translate;
  /** Stable for the list's life; calls the latest handlers. */
  actions: Actions;
}

/**
 * A card renders again only when what it shows changed: its notice, its hits,
 * selection, counts or versions. A keystroke builds new result objects for
 * every match, but most of the shown cards keep the same notice and hits
 * (issue 14: a keystroke's work within a frame at 20,000 annotations).
 */
function sameCard(a: CardProps, b: CardProps): boolean {
  if (a.selected !== b.selected || a.counts !== b.counts || a.versions !== b.versions || a.t !== b.t || a.actions !== b.actions) return false;
  const x = a.result;
  const y = b.result;
  if (x === y) return true;
  if (x.notice !== y.notice || x.total !== y.total || x.hits.length !== y.hits.length) return false;
  return x.hits.every((h, i) => h === y.hits[i]);
}

const Card = memo(function Card({ result, selected, counts, versions, t, actions }: CardProps) {
  const page = result.notice.page;
  return (
    <NoticeCard result={result} selected={selected} counts={counts} versions={versions} t={t}
      onDelete={() => actions.onDelete(page)}
      onSelect={(on) => actions.onSelect([page], on)}
      onDownload={() => actions.onDownload(page)} onCopy={() => actions.onCopy(page)} />
  );
}, sameCard);

export function ResultList({ results, selected, countsOf, versionsOf, t, ...handlers }: Props) {
  // The handlers change with every render of the library; the cards call the latest ones through this.
  const latest = useRef<Actions>(handlers);
  latest.current = handlers;
  const actions = useRef<Actions>({
    onSelect: (pages, on) => latest.current.onSelect(pages, on),
    onDownload: (page) => latest.current.onDownload(page),
    onCopy: (page) => latest.current.onCopy(page),
    onDelete: (page) => latest.current.onDelete(page),
  }).current;
  // "Show more" holds for one result list. New results (a keystroke) render a screenful of cards at once and
  // the rest of the first page in idle time, after the frame that shows the count and the top cards; the
  // first render shows the whole page at once.
  const [shown, setShown] = useState({ of: results, limit: PAGE });
  const section = useRef<HTMLElement>(null);
  // Cards a keystroke renders at once: a screenful, as last measured.
  const first = useRef(FIRST_CARDS);
  const measure = () => {
    if (section.current) first.current = cardsToFill(section.current, window.innerHeight) ?? first.current;
  };
  const fresh = shown.of !== results;
  const limit = fresh ? first.current : shown.limit;
  useEffect(() => {
    if (fresh) {
      return whenIdle(() => {
        measure();
        setShown({ of: results, limit: PAGE });
      });
    }
    // The first render (all of the first page at once): measured in idle time, after its layout.
    if (first.current === FIRST_CARDS) return whenIdle(measure);
  }, [results, fresh]);
  const allSelected = results.length > 0 && results.every((r) => selected.has(r.notice.page));
  return (
    <section class="lib-results" aria-label={t('libResults')} ref={section}>
      <div class="lib-results-head">
        <label>
          <input type="checkbox" data-nl-action="select-all" checked={allSelected} disabled={!results.length}
            onChange={(e) => handlers.onSelect(results.map((r) => r.notice.page), (e.target as HTMLInputElement).checked)} />
          {t('libSelectAll')}
        </label>
        <span class="nl-muted" data-nl-field="result-count" role="status" aria-live="polite">{t('libShown', { count: results.length })}</span>
      </div>
      {results.length === 0 && <p class="nl-muted lib-empty">{t('libNothing')}</p>}
      {results.slice(0, limit).map((r) => (
        <Card key={r.notice.page} result={r} selected={selected.has(r.notice.page)} counts={countsOf(r.notice.page)}
          versions={versionsOf?.(r.notice.page) ?? 0} t={t} actions={actions} />
      ))}
      {results.length > limit && (
        <button type="button" data-nl-action="show-more" onClick={() => setShown({ of: results, limit: limit + PAGE })}>
          {t('libShowMore', { count: results.length - limit })}
        </button>
      )}
    </section>
  );
}
