/** The English words of a revised visit (catalog.revised.zh.ts has the keys and says why they are apart). */
import type { revisedZh } from './catalog.revised.zh';

export const revisedEn: Record<keyof typeof revisedZh, string> = {
  revSince:
    'This notice has changed since {date}: {inserted, plural, one {# addition} other {# additions}}, ' +
    '{changed, plural, one {# change} other {# changes}}, {deleted, plural, one {# deletion} other {# deletions}}',
  revDeletedTitle: 'Deleted text',
  revHideMarks: 'Hide change marks',
  revShowMarks: 'Show change marks',
};
