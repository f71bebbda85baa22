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
import { claimPanel, frameWhere } from '../../utils/frames/frame-client';
import { dropUntrustedInput } from '../../utils/dom/trusted-input';
import { keepMounted } from '../../utils/dom/keep-mounted';

export interface Visit {
  analysis: PageAnalysis;
  /** The notice's storage key ('' when the page is not a notice). */
  page: string;
  /** The annotation a library link asks to open at (`#notice-lens=ID` on this page, or on the shell page of a framed notice). */
  lensTarget: string | null;
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
    return { analysis, page: '', lensTarget: null, session: null, end: () => {} };
  }
  installPageStyle(document);
  // In a frame, the key is the frame's own page and the shell is the tab's page (utils/frames/).
  const where = await frameWhere(window);
  const store = messagePageStore(where.page ?? normalizeNoticeUrl(location.href));
  const session = new PageSession(analysis.index, analysis.directives, store, analysis.duplicate?.chars ?? null);
  void store
    .saveNotice({ page: store.page, ...analysis.facts, ...(where.shell ? { shell: where.shell } : {}), directives: analysis.directives.map(({ ordinal, level, lead }) => ({ ordinal, level, lead })) })
    .catch(() => {});

  const ui = await createShadowRootUi(ctx, {
    name: 'notice-lens-ui',
    // Closed: a page script cannot reach the controls through the host (README "Scoping model").
    mode: 'closed',
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
          noteFrameUrl={isOfficialHost(location.hostname || hostOf(store.page))
            ? (id) => `${browser.runtime.getURL('/note-frame.html')}?id=${encodeURIComponent(id)}&page=${encodeURIComponent(store.page)}`
            : null} />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  // One panel per tab: a framed notice shows it only while it holds the tab's claim.
  const stopClaim = claimPanel(window, (own) => (own ? ui.mount() : ui.remove()));
  // Only the reader's own input reaches the controls, whatever a script dispatches at them.
  const stopGuard = dropUntrustedInput(ui.shadow);
  // A page that removes the host gets it back (a bounded number of times).
  const stopKeeping = keepMounted(document, ui.shadowHost, {
    wanted: () => ui.mounted !== undefined,
    remount: () => (document.body ?? document.documentElement).append(ui.shadowHost),
    onGiveUp: () => console.warn('Notice Lens: this page keeps removing its panel; leaving it removed.'),
  });

  const stored = await session.fetch().catch(() => []);
  timed(performance, 'anchor', () => session.place(stored));
  const stopInput = wireReaderInput(session, analysis.index.root, {
    origins: [new URL(browser.runtime.getURL('/')).origin, new URL(browser.runtime.getURL('/note-frame.html')).origin],
    window: () => ui.shadow.querySelector<HTMLIFrameElement>('.nl-note-frame iframe')?.contentWindow ?? null,
  });
  const stopChanges = store.onChange(() => void session.onRemoteChange());
  html.setAttribute('data-notice-lens', 'notice');
  return {
    analysis,
    page: store.page,
    lensTarget: where.lensId,
    session,
    end: () => {
      stopClaim();
      stopKeeping();
      stopGuard();
      stopInput();
      stopChanges();
      ui.remove();
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
