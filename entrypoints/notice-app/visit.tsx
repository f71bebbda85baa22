import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageApp } from '../../components/page/PageApp';
import type { PageAnalysis } from '../../utils/page/analyze';
import { analyzePageThoroughly } from '../../utils/page/confirm-detection';
import panelCss from '../../components/page/panel.css?inline';
import { installPageStyle, jumpTo, showDuplicate } from '../../utils/page/page-style';
import { timed } from '../../utils/page/timing';
import type { Translate } from '../../utils/i18n';
import { normalizeNoticeUrl } from '../../utils/text/url';
import { PageSession } from '../../utils/session/page-session';
import { messagePageStore } from './page-store';
import { isOfficialHost } from '../../utils/official-domains';
import { OPEN_SIDE_PANEL } from '../../utils/tab-protocol';
import { wireReaderInput } from './reader-input';

export interface Visit {
  analysis: PageAnalysis;
  /** The notice's storage key ('' when the page is not a notice). */
  page: string;
  session: PageSession | null;
  /** Removes the UI and stops listening; the caller resets the page marks. */
  end: () => void;
}

/**
 * One analysis of the page as it is now: decide, mark, mount the panel, place the
 * reader's annotations. Pages that are not notices get only the attribute.
 */
export async function startVisit(ctx: ContentScriptContext, t: Translate, analyse: (doc: Document) => PageAnalysis = analyzePageThoroughly): Promise<Visit> {
  const analysis = analyse(document);
  const html = document.documentElement;
  if (!analysis.verdict.isNotice || !analysis.index) {
    html.setAttribute('data-notice-lens', 'none');
    return { analysis, page: '', session: null, end: () => {} };
  }
  installPageStyle(document);
  const store = messagePageStore(normalizeNoticeUrl(location.href));
  const session = new PageSession(analysis.index, analysis.directives, store, analysis.duplicate?.chars ?? null);
  void store
    .saveNotice({ page: store.page, ...analysis.facts, directives: analysis.directives.map(({ ordinal, level, lead }) => ({ ordinal, level, lead })) })
    .catch(() => {});

  const ui = await createShadowRootUi(ctx, {
    name: 'notice-lens-ui',
    css: panelCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(
        <PageApp session={session} t={t}
          panelActions={{
            jump: (i) => {
              const el = analysis.directives[i]?.element;
              if (el) jumpTo(el);
            },
            toggleDuplicate: (show) => showDuplicate(document, show),
            // No await before sending: Chrome opens the side panel only within the click's user gesture.
            openSidePanel: () => {
              void browser.runtime.sendMessage({ type: OPEN_SIDE_PANEL }).then(
                (r: { ok?: boolean } | undefined) => r?.ok || session.notify('use-sidebar'),
                () => session.notify('use-sidebar'),
              );
            },
          }}
          noteFrameUrl={isOfficialHost(location.hostname)
            ? (id) => `${browser.runtime.getURL('/note-frame.html')}?id=${encodeURIComponent(id)}&page=${encodeURIComponent(store.page)}`
            : null} />,
        container,
      );
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();

  const stored = await session.fetch().catch(() => []);
  timed(performance, 'anchor', () => session.place(stored));
  const stopInput = wireReaderInput(session, analysis.index.root, new URL(browser.runtime.getURL('/')).origin);
  const stopChanges = store.onChange(() => void session.onRemoteChange());
  html.setAttribute('data-notice-lens', 'notice');
  return {
    analysis,
    page: store.page,
    session,
    end: () => {
      stopInput();
      stopChanges();
      ui.remove();
    },
  };
}
