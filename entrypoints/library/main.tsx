import { render } from 'preact';
import { StoreContext } from '../../components/shared/store-context';
import { storeApi } from '../../utils/store/api';
import { browser } from 'wxt/browser';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { SettingsStorage } from '../../utils/reader-settings';
import { requestPersistenceOnce } from '../../utils/store/persist';
import { setupLang } from '../../components/shared/lang';
import '../../components/shared/shared.css';
import '../../components/library/library.css';

// The notes library (library.html): the only place that sees every notice's notes at once, through the store API.
const { lang, t } = setupLang();
document.title = `${t('libTitle')} · ${t('appName')}`;
render(<StoreContext.Provider value={storeApi()}><LibraryApp lang={lang} t={t} /></StoreContext.Provider>, document.getElementById('app')!);
// Ask once to keep the notes from being evicted under storage pressure (a window may ask; a service worker may not).
void requestPersistenceOnce(navigator.storage, browser.storage.local as SettingsStorage).catch(() => {});
