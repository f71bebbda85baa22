import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { noticeFile } from '../../utils/app/notice-file';
import { exportAll, type ExportMode, type MarkdownStyle } from '../../utils/export';
import { followColorMeanings, type ColorMeanings, type SettingsChanges, type SettingsStorage } from '../../utils/reader-settings';
import type { Lang, Translate } from '../../utils/i18n';
import { downloadName, exportItemsFor, localDay, queryLibrary, type LibraryIndex, type LibraryQuery } from '../../utils/library';
import { annotationCounts, type AnnotationCounts } from '../../utils/library/counts';
import { errorInfo } from '../../utils/store/api';
import { storeErrorText } from '../../utils/store/error-text';
import type { Annotation } from '../../utils/model';
import { downloadFile, MARKDOWN, ZIP } from '../shared/download';
import { useStore } from '../shared/store-context';
import { BackupPanel } from './BackupPanel';
import { DeleteNoticeDialog } from './DeleteNoticeDialog';
import { ExportBar } from './ExportBar';
import { KeepSettings } from './KeepSettings';
import { ResultList } from './ResultList';
import { SearchBar } from './SearchBar';
import { TrashPanel } from './TrashPanel';
import { useLibraryData } from './useLibraryData';
import { RevisionControls } from './RevisionControls';
import { useRevisions } from './useRevisions';
import { TasksView } from './tasks/TasksView';

/** The notes library: every annotated notice, searchable and filterable, exportable, with backup and restore. */
export function LibraryApp({ lang, t }: { lang: Lang; t: Translate }) {
  const store = useStore();
  const [data, reload] = useLibraryData(store);
  // Notices the site changed (issue 16): marked on their card, a filter, and their changes in exports.
  const revised = useRevisions(store);
  const [revisedOnly, setRevisedOnly] = useState(false);
  const [withChanges, setWithChanges] = useState(false);
  const [query, setQuery] = useState<LibraryQuery>({ sort: 'recent' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [mode, setMode] = useState<ExportMode>('zip');
  const [allAsTasks, setAllAsTasks] = useState(false);
  // The notes or the Tasks view (components/library/tasks/): one page, two ways to read the store.
  const [view, setView] = useState<'notes' | 'tasks'>('notes');
  const [meanings, setMeanings] = useState<ColorMeanings>({});
  // The colour meanings the reader set (options page), followed while the library is open: exports name them.
  useEffect(() => followColorMeanings(browser.storage.local as SettingsStorage, browser.storage.onChanged as unknown as SettingsChanges, setMeanings), []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  // The notice whose annotations the reader asked to delete (the dialog is open), and the last delete's undo.
  const [deleting, setDeleting] = useState<string | null>(null);
  const [undo, setUndo] = useState<Annotation[] | null>(null);

  const index: LibraryIndex | null = data.phase === 'ready' ? data.index : null;
  // The index is built once per load; a keystroke only runs the query (see utils/library).
  const queried = useMemo(() => (index ? queryLibrary(index, query) : []), [index, query]);
  const results = useMemo(() => (revisedOnly ? queried.filter((r) => (revised.counts[r.notice.page] ?? 0) >= 2) : queried), [queried, revisedOnly, revised]);
  const counts = useMemo(() => {
    const by = new Map<string, AnnotationCounts>();
    for (const n of index?.notices ?? []) by.set(n.page, annotationCounts(n.annotations.map((i) => index!.annotations[i]!)));
    return by;
  }, [index]);
  const countsOf = (page: string) => counts.get(page) ?? annotationCounts([]);
  const titles = useMemo(() => new Map(index?.notices.map((n) => [n.page, n.record?.title ?? null]) ?? []), [index]);
  // Stable between keystrokes, so the memoised trash panel does not re-render for them (issue 14).
  const titleOf = useCallback((page: string) => titles.get(page) ?? null, [titles]);
  // Once per index, not per keystroke: the totals line counts all 20,000 annotations, and a selection checks
  // its pages against every notice (issue 14: a keystroke within a frame).
  const totalAnnotations = useMemo(() => (index ? annotationCounts(index.annotations).total : 0), [index]);
  const known = useMemo(() => new Set(index?.notices.map((n) => n.page)), [index]);

  if (data.phase === 'loading') return <main class="lib"><p class="nl-muted" aria-live="polite">{t('spLoading')}</p></main>;
  if (data.phase === 'error') return <main class="lib"><p class="nl-error" role="alert">{t('saveFailed', { reason: storeErrorText(t, data.error) })}</p></main>;
  const ix = data.index;
  // Until the annotations are in, nothing is exported: an export would miss them.
  const complete = data.complete;
  // A selection can outlive its notices (deleted, wiped): count only those still there.
  const chosen = [...selected].filter((p) => known.has(p));

  const style: MarkdownStyle = { allAsTasks, colorMeanings: meanings, revisions: revised.revisions, revisionChanges: withChanges };
  const select = (pages: string[], on: boolean) => {
    const next = new Set(selected);
    for (const p of pages) (on ? next.add(p) : next.delete(p));
    setSelected(next);
  };
  const markdownOf = (page: string) => {
    if (!complete) return null;
    const [item] = exportItemsFor(ix, [page]);
    return item ? noticeFile(item, lang, new Date(), style) : null;
  };
  const download = (page: string) => {
    const f = markdownOf(page);
    if (f) downloadFile(f.name, f.markdown, MARKDOWN);
  };
  const copy = async (page: string) => {
    const f = markdownOf(page);
    if (!f) return;
    try {
      await navigator.clipboard.writeText(f.markdown);
      say(t('libCopied'));
    } catch {
      say(t('libCopyFailed'));
    }
  };
  const say = (text: string) => {
    setUndo(null);
    setMessage(text);
  };
  const failed = (e: unknown) => say(t('saveFailed', { reason: storeErrorText(t, errorInfo(e)) }));
  const deleteNotice = (page: string) => {
    setDeleting(null);
    void store.deleteNoticeAnnotations(page).then((gone) => {
      setMessage(t('libDeleted', { count: annotationCounts(gone).total }));
      setUndo(gone);
    }, failed);
  };
  const undoDelete = (gone: Annotation[]) => {
    setUndo(null);
    setMessage('');
    void store.restoreManyFromTrash(gone.map((a) => a.id)).catch(failed);
  };
  const exportMany = () => {
    // Selected notices in the order shown, then selected ones the current filters hide.
    const shown = results.map((r) => r.notice.page);
    const pages = chosen.length ? [...shown.filter((p) => selected.has(p)), ...chosen.filter((p) => !shown.includes(p))] : shown;
    if (!complete) return;
    setBusy(true);
    try {
      const items = exportItemsFor(ix, pages);
      const now = new Date();
      const out = exportAll(items, mode, now.toISOString(), lang, { ...style, accessed: localDay(now) });
      downloadFile(downloadName(mode, now), out, mode === 'zip' ? ZIP : MARKDOWN);
      say(t('libExported', { count: items.length }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="lib" data-nl-loading={complete ? undefined : ''} aria-busy={!complete}>
      <header class="lib-head">
        <h1>{t('appName')} · {t('libTitle')}</h1>
        <p class="nl-muted" data-nl-field="totals">{t('libTotals', { notices: ix.notices.length, annotations: totalAnnotations })}</p>
      </header>
      <div class="lib-view-switch" role="group" aria-label={t('libTitle')}>
        <button type="button" data-nl-view-switch="notes" aria-pressed={view === 'notes'} onClick={() => setView('notes')}>{t('libViewNotes')}</button>
        <button type="button" data-nl-view-switch="tasks" aria-pressed={view === 'tasks'} onClick={() => setView('tasks')}>{t('libViewTasks')}</button>
      </div>
      {view === 'tasks' ? <TasksView index={ix} complete={complete} lang={lang} t={t} /> : <>
      <SearchBar query={query} facets={ix.facets} t={t} onChange={setQuery} />
      <RevisionControls revisedOnly={revisedOnly} withChanges={withChanges} t={t} onRevisedOnly={setRevisedOnly} onWithChanges={setWithChanges} />
      <ExportBar selected={chosen.length} shown={results.length} mode={mode} busy={busy || !complete} t={t}
        allAsTasks={allAsTasks} onAllAsTasks={setAllAsTasks}
        onMode={setMode} onExport={exportMany} onClearSelection={() => setSelected(new Set())} />
      <p class="lib-message" role="status" aria-live="polite" data-nl-field="message">
        {message}
        {undo && <button type="button" class="nl-link" data-nl-action="undo" onClick={() => undoDelete(undo)}>{t('undo')}</button>}
      </p>
      <ResultList results={results} selected={selected} countsOf={countsOf} versionsOf={(p) => revised.counts[p] ?? 0} t={t} onSelect={select} onDownload={download}
        onCopy={(p) => void copy(p)} onDelete={setDeleting} />
      </>}
      {deleting !== null && (
        <DeleteNoticeDialog title={titles.get(deleting) || deleting} count={countsOf(deleting).total} t={t}
          onConfirm={() => deleteNotice(deleting)} onCancel={() => setDeleting(null)} />
      )}
      <TrashPanel t={t} titleOf={titleOf} onRestored={reload} />
      {complete && <BackupPanel index={ix} lang={lang} t={t} reload={reload} />}
      <KeepSettings t={t} />
    </main>
  );
}
