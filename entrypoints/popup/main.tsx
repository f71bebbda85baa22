import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { setupLang } from '../../components/shared/lang';
import '../../components/shared/shared.css';
import '../../components/popup/popup.css';
import '../../components/options/all-sites.css';

// The toolbar popup: asks the current tab's content script what it found.
const { lang, t } = setupLang();
render(<PopupApp lang={lang} t={t} />, document.getElementById('app')!);
