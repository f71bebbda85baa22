import { render } from 'preact';
import { StoreContext } from '../../components/shared/store-context';
import { storeApi } from '../../utils/store/api';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { setupLang } from '../../components/shared/lang';
import '../../components/shared/shared.css';
import '../../components/sidepanel/sidepanel.css';

// Chrome's side panel / Firefox's sidebar: an extension page, so notes are shown
// and edited here without ever entering the website's page.
const { t } = setupLang();
document.title = t('appName');
render(<StoreContext.Provider value={storeApi()}><SidePanelApp t={t} /></StoreContext.Provider>, document.getElementById('app')!);
