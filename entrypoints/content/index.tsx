import { render } from 'preact';
import { PageApp } from '../../components/page/PageApp';
import { analyzePage } from '../../utils/page/analyze';
import { installPageStyle, jumpTo, showDuplicate } from '../../utils/page/page-style';
import { measure } from '../../utils/page/timing';
import { OFFICIAL_MATCHES } from '../../utils/official-domains';
import { pickLang, translator } from '../../utils/i18n';
import { normalizeNoticeUrl } from '../../utils/text/url';
import { PageSession } from '../../utils/session/page-session';
import { messagePageStore } from './page-store';
import { wireReaderInput } from './reader-input';
import '../../components/page/panel.css';

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const analysis = analyzePage(document);
    const html = document.documentElement;
    if (!analysis.verdict.isNotice || !analysis.index) {
      html.setAttribute('data-notice-lens', 'none');
      return;
    }
    installPageStyle(document);
    const t = translator(pickLang(browser.i18n?.getUILanguage?.() ?? navigator.language));
    const store = messagePageStore(normalizeNoticeUrl(location.href));
    const session = new PageSession(analysis.index, analysis.directives, store, analysis.duplicate?.chars ?? null);

    void store.saveNotice({
      page: store.page,
      ...analysis.facts,
      directives: analysis.directives.map(({ ordinal, level, lead }) => ({ ordinal, level, lead })),
    }).catch(() => {});

    const frameOrigin = new URL(browser.runtime.getURL('/')).origin;
    const ui = await createShadowRootUi(ctx, {
      name: 'notice-lens-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(
          <PageApp session={session} t={t}
            panelActions={{
              jump: (i) => { const el = analysis.directives[i]?.element; if (el) jumpTo(el); },
              toggleDuplicate: (show) => showDuplicate(document, show),
            }}
            noteFrameUrl={(id) => `${browser.runtime.getURL('/note-frame.html')}?id=${encodeURIComponent(id)}&page=${encodeURIComponent(store.page)}`} />,
          container,
        );
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();

    const anchorStart = performance.now();
    await session.load().catch(() => 0);
    measure(performance, 'anchor', anchorStart);
    wireReaderInput(ctx, session, analysis.index.root, frameOrigin);
    ctx.onInvalidated(store.onChange(() => void session.onRemoteChange()));
    html.setAttribute('data-notice-lens', 'notice');
  },
});
