import type { Translate } from '../../utils/i18n';
import { browser } from 'wxt/browser';
import type { SettingsStorage } from '../../utils/reader-settings';
import { AllSitesToggle } from './AllSitesToggle';
import { ColorMeaningsSettings } from './ColorMeaningsSettings';

const storage = browser.storage.local as SettingsStorage;

/** The options page: where Notice Lens runs, and what the reader's highlight colours mean. */
export function OptionsApp({ t }: { t: Translate }) {
  return (
    <main class="opt">
      <h1>{t('optTitle')}</h1>
      <h2>{t('optWhere')}</h2>
      <p class="nl-muted">{t('optOfficial')}</p>
      <AllSitesToggle t={t} />
      <ColorMeaningsSettings t={t} area={storage} />
    </main>
  );
}
