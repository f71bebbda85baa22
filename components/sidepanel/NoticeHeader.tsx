import type { Translate } from '../../utils/i18n';
import { annotationCounts, countLabels } from '../../utils/library/counts';
import type { Annotation, NoticeRecord } from '../../utils/model';
import type { TabStatus } from '../../utils/tab-protocol';
import { isHttpUrl } from '../../utils/text/url';

interface Props {
  page: string;
  notice: NoticeRecord | null;
  /** The notice's stored annotations: counted as everywhere else (utils/library/counts.ts). */
  annotations: Annotation[];
  status: TabStatus | null;
  orphans: number;
  t: Translate;
}

/** Title and the notice's metadata as the content script recorded it; empty fields are left out. */
export function NoticeHeader({ page, notice, annotations, status, orphans, t }: Props) {
  const counts = countLabels(annotationCounts(annotations), t);
  const fields: [string, string, string][] = [
    // The notice's own 发文机关 and 成文日期 (absent in records stored before they were read).
    ['issuer', t('spIssuer'), notice?.issuer ?? ''],
    ['written', t('spWritten'), notice?.written ?? ''],
    // A 来源 that is the 发文机关 itself is said once.
    ['source', t('spSource'), notice?.source?.trim() === notice?.issuer?.trim() ? '' : notice?.source ?? ''],
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
      <p class="sp-counts" data-nl-field="annotations">
        <strong data-nl-field="annotation-total">{counts.total}</strong>
        {counts.parts && <span class="nl-muted" data-nl-field="annotation-parts"> · {counts.parts}</span>}
      </p>
      {status && (
        <p class="sp-counts nl-muted" data-nl-field="counts">
          {t('spCounts', { directives: status.directives, highlights: status.highlights, orphans })}
          {status.duplicateChars ? ` · ${t('duplicateHidden', { count: status.duplicateChars })}` : ''}
        </p>
      )}
    </header>
  );
}
