import type { Translate } from '../../utils/i18n';
import { memo } from '../shared/memo';
import { quoteOf } from '../../utils/library';
import type { Annotation } from '../../utils/model';
import { lensLink } from '../../utils/tab-protocol';
import { isHttpUrl } from '../../utils/text/url';
import { COLOR_LABEL } from '../page/SelectionToolbar';
import { statusLabel } from '../shared/StatusSelect';

/**
 * One annotation in a search result, with a link that opens the notice scrolled to it. `opensIn` is the
 * page to open (a framed notice's shell page; by default the annotation's own page); `linkable` says
 * whether it is a web page (the card checks once for all its hits; checked here when not given).
 */
function HitItemView({ a, t, opensIn = a.page, linkable }: { a: Annotation; t: Translate; opensIn?: string; linkable?: boolean }) {
  const quote = quoteOf(a);
  const kind = a.kind === 'page-note' ? t('pageNote') : a.kind === 'directive' ? `${t('directiveNote')} · ${a.directive?.ordinal ?? ''}` : '';
  return (
    <li class="lib-hit" data-nl-hit={a.id} data-kind={a.kind}>
      {kind && <span class="nl-badge">{kind}</span>}
      {a.kind === 'directive' && a.status && <span class="nl-badge" data-status={a.status}>{statusLabel(t, a.status)}</span>}
      {quote && <blockquote class="nl-quote" data-color={a.kind === 'highlight' ? (a.color ?? 'yellow') : undefined}>{quote}</blockquote>}
      {a.note && <p class="nl-note">{a.note}</p>}
      <div class="lib-hit-meta">
        {a.kind === 'highlight' && <span class="nl-swatch" role="img" data-color={a.color ?? 'yellow'} aria-label={t(COLOR_LABEL[a.color ?? 'yellow'])} />}
        {a.tags.map((tag) => <span key={tag} class="nl-badge">#{tag}</span>)}
        <time class="nl-muted" dateTime={a.modified}>{a.modified.slice(0, 10)}</time>
        {(linkable ?? isHttpUrl(opensIn)) && (
          <a class="lib-open-at" data-nl-action="open-at" href={lensLink(opensIn, a.id)} target="_blank" rel="noopener noreferrer">
            {t('libOpenAt')}
          </a>
        )}
      </div>
    </li>
  );
}

/** Memoised: an annotation object stays the same between keystrokes (the index is built once per load). */
export const HitItem = memo(HitItemView);
