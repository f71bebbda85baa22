import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { setupLang } from '../../components/shared/lang';
import '../../components/shared/shared.css';
import '../../components/sidepanel/sidepanel.css';

// Chrome's side panel / Firefox's sidebar: an extension page, so notes are shown
// and edited here without ever entering the website's page.
const { t } = setupLang();
document.title = t('appName');
render(<SidePanelApp t={t} />, document.getElementById('app')!);
