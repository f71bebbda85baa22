import { useState } from 'preact/hooks';
import type { Translate } from '../../utils/i18n';
import { localDate } from '../../utils/revisions/dates';
import type { RevisionSummary } from '../../utils/revisions/model';

interface Props {
  summary: RevisionSummary;
  t: Translate;
  /** Shows or hides the change marks in the page. */
  onShowMarks: (show: boolean) => void;
}

/**
 * Says that the notice changed since the reader's previous version of it (issue 16): when, how many passages
 * were added, changed and deleted, the deleted passages themselves (as text: the page's words never become
 * markup), and a button that hides or shows the change marks in the page.
 */
export function RevisionBanner({ summary, t, onShowMarks }: Props) {
  const [shown, setShown] = useState(true);
  const { since, inserted, changed, deleted } = summary;
  return (
    <div class="nl-banner nl-revision" role="status" data-nl-revision="">
      <span>{t('revSince', { date: localDate(since), inserted, changed, deleted: deleted.length })}</span>
      <button type="button" data-nl-action="toggle-changes" aria-pressed={!shown}
        onClick={() => {
          onShowMarks(!shown);
          setShown(!shown);
        }}>
        {shown ? t('revHideMarks') : t('revShowMarks')}
      </button>
      {deleted.length > 0 && (
        <div class="nl-revision-deleted">
          <h3 class="nl-title">{t('revDeletedTitle')}</h3>
          <ol>
            {deleted.map((text, i) => <li key={i} data-nl-deleted=""><del>{text}</del></li>)}
          </ol>
        </div>
      )}
    </div>
  );
}
