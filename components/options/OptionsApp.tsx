import type { Translate } from '../../utils/i18n';
import { AllSitesToggle } from './AllSitesToggle';

/** The options page: where Notice Lens runs. */
export function OptionsApp({ t }: { t: Translate }) {
  return (
    <main class="opt">
      <h1>{t('optTitle')}</h1>
      <h2>{t('optWhere')}</h2>
      <p class="nl-muted">{t('optOfficial')}</p>
      <AllSitesToggle t={t} />
    </main>
  );
}
