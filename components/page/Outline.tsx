import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import type { DirectiveStatus } from '../../utils/model';
import type { SessionState } from '../../utils/session/session-state';
import { memo } from '../shared/memo';
import { TaskBadge } from '../shared/TaskBadge';
import { whenIdle } from '../shared/when-idle';
import { initiallyCollapsed, outlineMove, outlineRows, visibleCurrent, type OutlineRow } from '../../utils/text/outline-view';

export type OutlineItem = SessionState['directives'][number];

interface Props {
  items: OutlineItem[];
  state?: SessionState['directiveState'];
  t: Translate;
  onJump: (index: number) => void;
  onStatus?: (index: number, status: DirectiveStatus | undefined) => void;
  onNote?: (index: number) => void;
  /** The directive the reader is at, followed while they scroll (null above the first). */
  current?: number | null;
  /** Changed to ask the outline to take the focus (the panel shortcut): the row where the reader is gets it. */
  focusRequest?: number;
}

/**
 * Rows rendered at once, then per idle slice: a few hundred rows in one render were a long task
 * (> 50 ms) on the panel's first render of a 569-directive notice (issue 11, issue 14). The first
 * slice fills the panel; a row the keys or the reading position need is rendered at once.
 */
const FIRST_ROWS = 40;
const SLICE_ROWS = 40;

/** The lead without its ordinal (shown apart) and the separator after it. */
const leadText = (item: OutlineItem) =>
  (item.lead.startsWith(item.ordinal) ? item.lead.slice(item.ordinal.length) : item.lead).replace(/^[，、,.．\s]+/, '');

/**
 * The directive outline as one tab stop (a WAI-ARIA tree with a roving tabindex): arrow keys move, Home/End,
 * Right/Left open and close a branch, Enter or Space jumps to the directive. Only the focused row's status
 * and note controls are Tab stops, so a 90-item outline costs three Tabs, not 270. Long outlines start with
 * their deeper branches collapsed; the filter box shows the matching items with their ancestors.
 */
export function Outline(props: Props) {
  const { items, state, t, onJump, onStatus, onNote, current = null, focusRequest } = props;
  const [collapsed, setCollapsed] = useState(() => initiallyCollapsed(items));
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState<number | null>(null);
  const tree = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<number | null>(null);
  const rows = useMemo(() => outlineRows(items, collapsed, filter), [items, collapsed, filter]);
  const here = useMemo(() => visibleCurrent(items, rows, current), [items, rows, current]);
  // The tab stop: the row last focused if it is still shown, else where the reader is, else the first row.
  const stop = rows.some((r) => r.item.index === active) ? active : here ?? rows[0]?.item.index ?? null;
  // How many rows are in the DOM: the first slice, more in idle time, and always the reader's row and the stop.
  const [sliced, setSliced] = useState(FIRST_ROWS);
  const positionOf = (index: number | null) => (index === null ? -1 : rows.findIndex((r) => r.item.index === index));
  const limit = Math.max(sliced, positionOf(here) + 1, positionOf(stop) + 1);
  useEffect(() => {
    if (limit >= rows.length) return;
    return whenIdle(() => setSliced(limit + SLICE_ROWS));
  }, [limit, rows.length]);
  // The rows' handlers, stable for the outline's life (the rows are memoised), calling the latest props.
  const latest = useRef(props);
  latest.current = props;
  const toggle = (index: number, expand: boolean) => {
    setCollapsed((was) => {
      const next = new Set(was);
      if (expand) next.delete(index);
      else next.add(index);
      return next;
    });
  };
  const rowActions = useRef<RowActions>({
    jump: (index) => {
      setActive(index);
      latest.current.onJump(index);
    },
    focus: (index) => setActive(index),
    toggle,
    status: (index, status) => latest.current.onStatus?.(index, status),
    note: (index) => latest.current.onNote?.(index),
  }).current;

  const rowElement = (index: number) => tree.current?.querySelector<HTMLElement>(`[data-nl-outline-item="${index}"]`) ?? null;
  const focusRow = (index: number) => {
    setActive(index);
    // Home, End and the arrows may go to a row of a slice not rendered yet: render up to it now.
    setSliced((n) => Math.max(n, positionOf(index) + 1));
    // A row already shown takes the focus now (the next key, Enter, may follow at once); one about to be
    // shown takes it in the commit of the render that shows it.
    const el = rowElement(index);
    if (el) el.focus();
    else pendingFocus.current = index;
  };
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const el = rowElement(pendingFocus.current);
    pendingFocus.current = null;
    el?.focus();
  });
  useEffect(() => {
    if (focusRequest && stop !== null) focusRow(stop);
  }, [focusRequest]);
  // The row where the reader is stays in sight in the panel, unless the reader is using the panel.
  useEffect(() => {
    const el = here === null ? null : rowElement(here);
    const box = el?.closest('.nl-panel');
    if (!el || !box || box.contains((box.getRootNode() as ShadowRoot).activeElement)) return;
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - b.height / 3;
  }, [here]);

  if (!items.length) return <p class="nl-empty">{t('noDirectives')}</p>;

  const onKeyDown = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if (el.getAttribute('role') !== 'treeitem') return;
    const at = Number(el.getAttribute('data-nl-outline-item'));
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onJump(at);
      return;
    }
    const move = outlineMove(rows, at, e.key);
    if (!move) return;
    e.preventDefault();
    if ('focus' in move) focusRow(move.focus);
    else toggle(move.toggle, move.expand);
  };

  return (
    <>
      <input type="search" class="nl-filter" data-nl-field="outline-filter" aria-label={t('outlineFilter')} placeholder={t('outlineFilter')}
        value={filter}
        onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && rows.length) { e.preventDefault(); focusRow(rows[0]!.item.index); }
          // Esc clears the filter first; an empty box lets it through (it then closes the panel).
          if (e.key === 'Escape' && filter) { e.preventDefault(); e.stopPropagation(); setFilter(''); }
        }} />
      {filter && <p class="nl-filter-count" role="status">{rows.length ? t('outlineMatches', { count: rows.length }) : t('outlineNoMatch')}</p>}
      <ol ref={tree} class="nl-outline" role="tree" aria-label={t('outline')} title={t('outlineKeys')} onKeyDown={onKeyDown}>
        {rows.slice(0, limit).map((row) => (
          <Row key={row.item.index} row={row} tabStop={row.item.index === stop} here={row.item.index === here}
            s={state?.[row.item.index]} t={t} withStatus={Boolean(onStatus)} withNote={Boolean(onNote)} actions={rowActions} />
        ))}
      </ol>
    </>
  );
}

interface RowActions {
  jump: (index: number) => void;
  focus: (index: number) => void;
  toggle: (index: number, expand: boolean) => void;
  status: (index: number, status: DirectiveStatus | undefined) => void;
  note: (index: number) => void;
}

interface RowProps {
  row: OutlineRow<OutlineItem>;
  tabStop: boolean;
  here: boolean;
  s: SessionState['directiveState'][number] | undefined;
  t: Translate;
  withStatus: boolean;
  withNote: boolean;
  /** Stable for the outline's life: a row renders again only when what it shows changed. */
  actions: RowActions;
}

/** One line per item; the full lead shows on hover (title) and when the row has the focus (CSS). */
const Row = memo(function Row({ row, tabStop, here, s, t, withStatus, withNote, actions }: RowProps) {
  const { item } = row;
  const onJump = () => actions.jump(item.index);
  const onFocus = () => actions.focus(item.index);
  const onToggle = () => actions.toggle(item.index, !row.expanded);
  const onStatus = withStatus ? actions.status : undefined;
  const onNote = withNote ? actions.note : undefined;
  const lead = leadText(item);
  const tab = tabStop ? 0 : -1;
  // The row's controls belong to its tree item for assistive technology (aria-owns), which names it explicitly.
  const owned = [onStatus && `nl-status-${item.index}`, onNote && `nl-note-${item.index}`].filter(Boolean).join(' ');
  return (
    <li role="none" data-level={item.level} data-depth={Math.min(row.depth, 5)} data-status={s?.status ?? ''}>
      <div class="nl-outline-row" role="none">
        <span class="nl-twisty" aria-hidden="true" title={row.descendants ? t('outlineToggle', { target: item.ordinal }) : undefined}
          onClick={row.descendants ? onToggle : undefined}>
          {row.descendants ? (row.expanded ? '▾' : '▸') : ''}
        </span>
        <div role="treeitem" class="nl-outline-item" tabIndex={tab} data-nl-outline-item={item.index}
          aria-label={`${item.ordinal} ${lead}`} aria-level={row.depth + 1} aria-setsize={row.siblings} aria-posinset={row.position}
          aria-expanded={row.descendants ? row.expanded : undefined} aria-current={here ? 'location' : undefined}
          aria-owns={owned || undefined} title={item.lead} onClick={onJump} onFocus={onFocus}>
          <span class="nl-ordinal">{item.ordinal}</span>
          <span class="nl-lead">{lead}</span>
          {row.descendants > 0 && <span class="nl-branch-count" title={t('outlineBranchCount', { count: row.descendants })}>{row.descendants}</span>}
        </div>
        {onStatus && (
          <select id={`nl-status-${item.index}`} class="nl-status" data-nl-action="directive-status" tabIndex={tab}
            aria-label={`${t('status')} ${item.ordinal}`} value={s?.status ?? ''}
            onChange={(e) => onStatus(item.index, ((e.target as HTMLSelectElement).value || undefined) as DirectiveStatus | undefined)}>
            <option value="">{t('statusNone')}</option>
            <option value="todo">{t('statusTodo')}</option>
            <option value="doing">{t('statusDoing')}</option>
            <option value="done">{t('statusDone')}</option>
          </select>
        )}
        {onNote && (
          <button type="button" id={`nl-note-${item.index}`} class="nl-icon" data-nl-action="directive-note" tabIndex={tab}
            data-has-note={s?.hasNote ? '' : undefined} aria-label={`${t('directiveNote')} ${item.ordinal}`} title={t('directiveNote')}
            onClick={() => onNote(item.index)}>
            ✎
          </button>
        )}
      </div>
      <TaskBadge index={item.index} label={item.ordinal} t={t} tab={tab} />
    </li>
  );
});
