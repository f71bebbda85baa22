import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang, Translate } from '../../utils/i18n';
import { noticeFile, readExportStyle } from '../../utils/app/notice-file';
import { openSidePanel } from '../../utils/side-panel';
import { downloadFile, MARKDOWN } from '../shared/download';
import { useStore } from '../shared/store-context';
import { SiteToggle } from './SiteToggle';
import { DueSoon } from './DueSoon';
import { AllSitesToggle } from '../options/AllSitesToggle';
import { usePopupTarget } from './usePopupTarget';
import { errorInfo } from '../../utils/store/api';
import { storeErrorText } from '../../utils/store/error-text';
import { annotationCounts, countLabels, type AnnotationCounts } from '../../utils/library/counts';
import type { SettingsStorage } from '../../utils/reader-settings';
import { extensionFlags as flags, isReadAsNotice, setReadAsNotice } from '../../utils/read-as-notice';
import { readTabAsNotice, tabStatus } from '../../utils/tab-client';


/** Opened as an ordinary page (`?tab=<id>`, in tests) the popup must not close itself. */
const closePopup = () => {
  if (!new URLSearchParams(location.search).has('tab')) window.close();
};

/** The toolbar popup: what Notice Lens found in this tab, and the ways on from here. */
export function PopupApp({ lang, t }: { lang: Lang; t: Translate }) {
  const store = useStore();
  const [refresh, setRefresh] = useState(0);
  const target = usePopupTarget(refresh);
  const [message, setMessage] = useState('');
  const { status, tabId, page } = target;
  // Counted from the store, as the library and the side panel count (utils/library/counts.ts).
  const [counts, setCounts] = useState<AnnotationCounts | null>(null);
  useEffect(() => {
    setCounts(null);
    if (page) void store.listPage(page).then((list) => setCounts(annotationCounts(list)), () => {});
  }, [store, page]);
  const labels = counts && countLabels(counts, t);
  // Whether the reader asked to read this page as a notice (../../utils/read-as-notice.ts).
  const [readAs, setReadAs] = useState(false);
  useEffect(() => {
    setReadAs(false);
    if (page) void isReadAsNotice(flags(), page).then(setReadAs, () => {});
  }, [page, refresh]);
  const readAsNotice = async () => {
    setMessage('');
    if (await readTabAsNotice(tabId!)) setRefresh((n) => n + 1);
    else setMessage(t('popNoBody'));
  };
  const stopReading = async () => {
    await setReadAsNotice(flags(), page, false);
    // The page is read afresh, as detection alone judges it.
    await browser.tabs.reload(tabId!);
    setMessage(t('popStoppedReading'));
    // Asked again once the reloaded page answers (a slow page takes a while).
    await tabStatus(tabId!, 6);
    setRefresh((n) => n + 1);
  };

  const openPanel = () => {
    setMessage('');
    // Synchronously in the click: the browser only opens the panel on a user gesture.
    void openSidePanel(tabId ?? undefined, target.windowId).then((ok) => (ok ? closePopup() : setMessage(t('popPanelFailed'))));
  };
  const openLibrary = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(closePopup);
  };
  const exportNotice = async () => {
    try {
      const style = await readExportStyle(browser.storage.local as SettingsStorage);
      const file = noticeFile(await store.exportNotice(page), lang, new Date(), style);
      downloadFile(file.name, file.markdown, MARKDOWN);
      setMessage(t('libExported', { count: 1 }));
    } catch (e) {
      setMessage(t('saveFailed', { reason: storeErrorText(t, errorInfo(e)) }));
    }
  };

  const state = target.loading ? 'loading' : !status ? 'absent' : status.notice ? 'notice' : 'none';
  return (
    <main class="pop" data-nl-state={state}>
      <h1>{t('appName')}</h1>
      <p class="pop-verdict" data-nl-field="verdict" aria-live="polite">
        {state === 'loading' ? t('spLoading') : state === 'notice' ? t('popIsNotice') : state === 'none' ? t('spNotNotice') : t('spNotRunning')}
      </p>
      {status?.notice && (
        <dl class="pop-counts">
          <div><dt>{t('outline')}</dt><dd data-nl-field="directives">{status.directives}</dd></div>
          {labels && (
            <div><dt>{t('popAnnotations')}</dt><dd data-nl-field="annotations">
              <span data-nl-field="annotation-total">{labels.total}</span>
              {labels.parts && <small class="nl-muted" data-nl-field="annotation-parts"> · {labels.parts}</small>}
            </dd></div>
          )}
          <div><dt>{t('popHighlights')}</dt><dd data-nl-field="highlights">{status.highlights}</dd></div>
          <div><dt>{t('popOrphans')}</dt><dd data-nl-field="orphans">{status.orphans}</dd></div>
          <div><dt>{t('popDuplicate')}</dt><dd data-nl-field="duplicate">{status.duplicateChars ? t('popDuplicateChars', { count: status.duplicateChars }) : t('popNoDuplicate')}</dd></div>
        </dl>
      )}
      {state === 'none' && tabId !== null && (
        <p class="pop-read-as">
          <button type="button" data-nl-action="read-as-notice" onClick={() => void readAsNotice()}>{t('popReadAsNotice')}</button>
          <small class="nl-muted">{t('popReadAsNoticeHint')}</small>
        </p>
      )}
      {state === 'notice' && readAs && (
        <p class="pop-read-as">
          <small class="nl-muted" data-nl-field="read-as-notice">{t('popReadByYou')}</small>
          <button type="button" data-nl-action="stop-read-as-notice" onClick={() => void stopReading()}>{t('popStopReading')}</button>
        </p>
      )}
      <DueSoon t={t} />
      <div class="pop-buttons">
        <button type="button" class="nl-primary" data-nl-action="open-side-panel" disabled={tabId === null} onClick={openPanel}>{t('popOpenPanel')}</button>
        <button type="button" data-nl-action="export-notice" disabled={!page || !status?.notice} onClick={() => void exportNotice()}>{t('popExport')}</button>
        <button type="button" data-nl-action="open-library" onClick={openLibrary}>{t('libOpen')}</button>
      </div>
      {tabId !== null && target.url && (
        <SiteToggle url={target.url} tabId={tabId} state={target.site} t={t} onChanged={() => setRefresh((n) => n + 1)} />
      )}
      <AllSitesToggle t={t} />
      <p class="pop-message" role="status" data-nl-field="message">{message}</p>
    </main>
  );
}
