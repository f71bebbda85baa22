import { render } from 'preact';
import { Panel } from '../../components/Panel';
import { analyzePage } from '../../utils/page/analyze';
import { installPageStyle, jumpTo, showDuplicate } from '../../utils/page/page-style';
import { OFFICIAL_MATCHES } from '../../utils/official-domains';
import { pickLang, translator } from '../../utils/i18n';
import '../../components/panel.css';

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  async main(ctx) {
    const analysis = analyzePage(document);
    const html = document.documentElement;
    if (!analysis.verdict.isNotice) {
      html.setAttribute('data-notice-lens', 'none');
      return;
    }
    installPageStyle(document);
    const t = translator(pickLang(browser.i18n?.getUILanguage?.() ?? navigator.language));
    const items = analysis.directives.map(({ index, ordinal, level, lead }) => ({ index, ordinal, level, lead }));
    const ui = await createShadowRootUi(ctx, {
      name: 'notice-lens-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(
          <Panel
            t={t}
            items={items}
            duplicateChars={analysis.duplicate?.chars ?? null}
            onJump={(i) => {
              const el = analysis.directives[i]?.element;
              if (el) jumpTo(el);
            }}
            onToggleDuplicate={(show) => showDuplicate(document, show)}
          />,
          container,
        );
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    html.setAttribute('data-notice-lens', 'notice');
  },
});
