import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { disableSite, enableSite, type SiteState } from '../../utils/enable-site';
import type { Translate } from '../../utils/i18n';
import { siteApis } from '../../utils/site-apis';
import { siteHost } from '../../utils/text/url';

interface Props {
  url: string;
  tabId: number;
  state: SiteState;
  t: Translate;
  onChanged: () => void;
}

/** "Enable on this site" for sites outside the official list: asks for that one site only, at the reader's click. */
export function SiteToggle({ url, tabId, state, t, onChanged }: Props) {
  const [note, setNote] = useState('');
  const host = siteHost(url) ?? '';
  if (state === 'official' || state === 'unsupported') return null;

  const enable = () => {
    // No await before this call: the permission prompt needs the click's user gesture.
    enableSite(siteApis(), url).then(
      async (ok) => {
        setNote(ok ? t('popEnabled', { site: host }) : t('popDeclined'));
        if (ok) await browser.tabs.reload(tabId).catch(() => {}); // run Notice Lens on the page now
        onChanged();
      },
      (e) => setNote(t('saveFailed', { reason: e instanceof Error ? e.message : String(e) })),
    );
  };
  const disable = async () => {
    await disableSite(siteApis(), url);
    setNote(t('popDisabled', { site: host }));
    await browser.tabs.reload(tabId).catch(() => {});
    onChanged();
  };

  return (
    <section class="pop-site" data-nl-site-state={state}>
      {state === 'enabled' ? (
        <button type="button" data-nl-action="disable-site" onClick={() => void disable()}>{t('popDisable', { site: host })}</button>
      ) : (
        <button type="button" data-nl-action="enable-site" onClick={enable}>{t('popEnable', { site: host })}</button>
      )}
      <p class="nl-muted pop-hint">{state === 'enabled' ? t('popEnabledHint') : t('popEnableHint')}</p>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
