import type { Translate } from '../../utils/i18n';
import type { NoticeRecord } from '../../utils/model';
import type { TabStatus } from '../../utils/tab-protocol';
import { isHttpUrl } from '../../utils/text/url';

interface Props {
  page: string;
  notice: NoticeRecord | null;
  status: TabStatus | null;
  orphans: number;
  t: Translate;
}

/** Title and the notice's metadata as the content script recorded it; empty fields are left out. */
export function NoticeHeader({ page, notice, status, orphans, t }: Props) {
  const fields: [string, string, string][] = [
    ['source', t('spSource'), notice?.source ?? ''],
    ['published', t('spPublished'), notice?.published ?? ''],
    ['docNumber', t('spDocNumber'), notice?.docNumber ?? ''],
    ['site', t('spSite'), notice?.site ?? ''],
  ];
  return (
    <header class="sp-notice">
      <h1 data-nl-field="title">{notice?.title || page}</h1>
      <dl>
        {fields.filter(([, , v]) => v.trim()).map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-nl-field={key}>{value}</dd>
          </div>
        ))}
        <div>
          <dt>{t('spUrl')}</dt>
          <dd data-nl-field="url">
            {isHttpUrl(page) ? <a href={page} target="_blank" rel="noopener noreferrer">{page}</a> : page}
          </dd>
        </div>
      </dl>
      {status && (
        <p class="sp-counts nl-muted" data-nl-field="counts">
          {t('spCounts', status.directives, status.highlights, orphans)}
          {status.duplicateChars ? ` · ${t('duplicateHidden', status.duplicateChars)}` : ''}
        </p>
      )}
    </header>
  );
}
