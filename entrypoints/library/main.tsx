import { render } from 'preact';
import { LibraryApp } from '../../components/library/LibraryApp';
import { setupLang } from '../../components/shared/lang';
import '../../components/shared/shared.css';
import '../../components/library/library.css';

// The notes library: an extension page (library.html), the only place that sees
// every notice's notes at once. It reaches them through the message API only.
const { lang, t } = setupLang();
document.title = `${t('libTitle')} · ${t('appName')}`;
render(<LibraryApp lang={lang} t={t} />, document.getElementById('app')!);
