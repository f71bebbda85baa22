import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isAllSitesOn, turnOffAllSites, turnOnAllSites } from '../../utils/all-sites';
import type { Translate } from '../../utils/i18n';

type State = 'loading' | 'on' | 'off';
const api = () => ({ permissions: browser.permissions });

/**
 * The "run on all sites" switch, in the popup and the options page. It shows the
 * permission itself, whoever granted it, and follows it live; the background
 * registers or drops the content script when the permission changes.
 */
export function AllSitesToggle({ t }: { t: Translate }) {
  const [state, setState] = useState<State>('loading');
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');

  useEffect(() => {
    const refresh = () => void isAllSitesOn(api()).then((on) => setState(on ? 'on' : 'off'), () => setState('off'));
    refresh();
    browser.permissions.onAdded?.addListener(refresh);
    browser.permissions.onRemoved?.addListener(refresh);
    return () => {
      browser.permissions.onAdded?.removeListener(refresh);
      browser.permissions.onRemoved?.removeListener(refresh);
    };
  }, []);

  const turnOn = () => {
    // No await before this call: the permission prompt needs the click's user gesture.
    const asked = turnOnAllSites(api());
    setAsking(true);
    setNote(t('allSitesAsking'));
    asked.then(
      (ok) => {
        setState(ok ? 'on' : 'off');
        setNote(ok ? t('allSitesTurnedOn') : t('allSitesDeclined'));
      },
      () => setNote(t('allSitesDeclined')),
    ).finally(() => setAsking(false));
  };
  const turnOff = () => {
    turnOffAllSites(api()).then(
      (removed) => {
        setState(removed ? 'off' : 'on');
        setNote(removed ? t('allSitesTurnedOff') : t('allSitesLocked'));
      },
      // A permission the manifest or a policy grants cannot be given up from here.
      () => setNote(t('allSitesLocked')),
    );
  };

  const on = state === 'on';
  return (
    <section class="nl-all-sites" data-nl-all-sites={asking ? 'asking' : state}>
      <button type="button" role="switch" class="nl-switch" aria-checked={on} data-nl-action="all-sites"
        disabled={state === 'loading' || asking} onClick={on ? turnOff : turnOn}>
        <span class="nl-switch-track" aria-hidden="true"><span class="nl-switch-knob" /></span>
        <span>{t('allSites')}</span>
      </button>
      <p class="nl-muted nl-all-sites-hint">{on ? t('allSitesOnHint') : t('allSitesOffHint')}</p>
      {note && <p role="status" data-nl-field="all-sites-message">{note}</p>}
    </section>
  );
}
