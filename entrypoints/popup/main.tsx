import { render } from 'preact';
import { StoreContext } from '../../components/shared/store-context';
import { storeApi } from '../../utils/store/api';
import { PopupApp } from '../../components/popup/PopupApp';
import { setupLang } from '../../components/shared/lang';
import '../../components/shared/shared.css';
import '../../components/popup/popup.css';
import '../../components/options/all-sites.css';

// The toolbar popup: asks the current tab's content script what it found.
const { lang, t } = setupLang();
render(<StoreContext.Provider value={storeApi()}><PopupApp lang={lang} t={t} /></StoreContext.Provider>, document.getElementById('app')!);
