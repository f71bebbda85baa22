import { useMemo, useState } from 'preact/hooks';
import { exportAll, renderNoticeMarkdown, type ExportMode } from '../../utils/export';
import type { Lang, Translate } from '../../utils/i18n';
import { downloadName, exportItemsFor, noticeFileName, queryLibrary, type LibraryIndex, type LibraryQuery } from '../../utils/library';
import { downloadFile, MARKDOWN, ZIP } from '../shared/download';
import { BackupPanel } from './BackupPanel';
import { ExportBar } from './ExportBar';
import { KeepSettings } from './KeepSettings';
import { ResultList } from './ResultList';
import { SearchBar } from './SearchBar';
import { useLibraryData } from './useLibraryData';

/** The notes library: every annotated notice, searchable and filterable, exportable, with backup and restore. */
export function LibraryApp({ lang, t }: { lang: Lang; t: Translate }) {
  const [data, reload] = useLibraryData();
  const [query, setQuery] = useState<LibraryQuery>({ sort: 'recent' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [mode, setMode] = useState<ExportMode>('zip');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const index: LibraryIndex | null = data.phase === 'ready' ? data.index : null;
  // The index is built once per load; a keystroke only runs the query (see utils/library).
  const results = useMemo(() => (index ? queryLibrary(index, query) : []), [index, query]);

  if (data.phase === 'loading') return <main class="lib"><p class="nl-muted" aria-live="polite">{t('spLoading')}</p></main>;
  if (data.phase === 'error') return <main class="lib"><p class="nl-error" role="alert">{t('saveFailed', data.message)}</p></main>;
  const ix = data.index;
  // Until the annotations are in, nothing is exported: an export would miss them.
  const complete = data.complete;
  // A selection can outlive its notices (deleted, wiped): count only those still there.
  const known = new Set(ix.notices.map((n) => n.page));
  const chosen = [...selected].filter((p) => known.has(p));

  const select = (pages: string[], on: boolean) => {
    const next = new Set(selected);
    for (const p of pages) (on ? next.add(p) : next.delete(p));
    setSelected(next);
  };
  const markdownOf = (page: string) => {
    if (!complete) return null;
    const [item] = exportItemsFor(ix, [page]);
    return item ? { name: noticeFileName(item), md: renderNoticeMarkdown(item.notice, item.annotations, { exportedAt: new Date().toISOString(), lang }) } : null;
  };
  const download = (page: string) => {
    const f = markdownOf(page);
    if (f) downloadFile(f.name, f.md, MARKDOWN);
  };
  const copy = async (page: string) => {
    const f = markdownOf(page);
    if (!f) return;
    try {
      await navigator.clipboard.writeText(f.md);
      setMessage(t('libCopied'));
    } catch {
      setMessage(t('libCopyFailed'));
    }
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
      const out = exportAll(items, mode, now.toISOString(), lang);
      downloadFile(downloadName(mode, now), out, mode === 'zip' ? ZIP : MARKDOWN);
      setMessage(t('libExported', items.length));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="lib" data-nl-loading={complete ? undefined : ''} aria-busy={!complete}>
      <header class="lib-head">
        <h1>{t('appName')} · {t('libTitle')}</h1>
        <p class="nl-muted" data-nl-field="totals">{t('libTotals', ix.notices.length, ix.annotations.length)}</p>
      </header>
      <SearchBar query={query} facets={ix.facets} t={t} onChange={setQuery} />
      <ExportBar selected={chosen.length} shown={results.length} mode={mode} busy={busy || !complete} t={t}
        onMode={setMode} onExport={exportMany} onClearSelection={() => setSelected(new Set())} />
      <p class="lib-message" role="status" aria-live="polite" data-nl-field="message">{message}</p>
      <ResultList results={results} selected={selected} t={t} onSelect={select} onDownload={download} onCopy={(p) => void copy(p)} />
      {complete && <BackupPanel index={ix} lang={lang} t={t} reload={reload} />}
      <KeepSettings t={t} />
    </main>
  );
}
