import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { setupLang } from '../../components/shared/lang';
import '../../components/shared/shared.css';
import '../../components/options/all-sites.css';
import '../../components/options/options.css';

// The options page: "run on all sites" (the browser's locale picks Chinese or English).
const { t } = setupLang();
document.title = t('optTitle');
render(<OptionsApp t={t} />, document.getElementById('app')!);
