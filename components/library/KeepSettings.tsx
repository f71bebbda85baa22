import { memo } from '../shared/memo';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../../utils/i18n';
import { readReaderSettings, writeReaderSettings, type SettingsStorage } from '../../utils/reader-settings';

const storage = () => browser.storage.local as SettingsStorage;

/** What the store keeps: the reader's option "remember the notices I open" (off by default). */
function KeepSettingsView({ t }: { t: Translate }) {
  const [remember, setRemember] = useState<boolean | null>(null);
  useEffect(() => {
    void readReaderSettings(storage()).then((s) => setRemember(s.rememberOpened), () => setRemember(false));
  }, []);
  const change = (on: boolean) => {
    setRemember(on);
    void writeReaderSettings(storage(), { rememberOpened: on }).then((s) => setRemember(s.rememberOpened));
  };
  return (
    <section class="lib-backup lib-keep" aria-labelledby="keep-title">
      <h2 id="keep-title">{t('libSettings')}</h2>
      <label>
        <input type="checkbox" data-nl-field="remember-opened" checked={remember === true} disabled={remember === null}
          onChange={(e) => change((e.target as HTMLInputElement).checked)} />
        {' '}{t('libRememberOpened')}
      </label>
      <p class="nl-muted">{t('libRememberOpenedHint')}</p>
    </section>
  );
}

/** Memoised: the library re-renders on every keystroke in its search box, this part has nothing to show for it (issue 14). */
export const KeepSettings = memo(KeepSettingsView);
