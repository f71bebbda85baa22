/** The English words of comparing versions (catalog.versions.zh.ts has the keys and says why they are apart). */
import type { versionsZh } from './catalog.versions.zh';

export const versionsEn: Record<keyof typeof versionsZh, string> = {
  verTitle: 'Versions',
  verCount: '{count, plural, one {# version} other {# versions}}',
  verHint: 'The site changed this notice at the same address. Pick two versions to see which words changed.',
  verFrom: 'Older',
  verTo: 'Newer',
  verOption: 'Version {n} · {time}',
  verSame: 'The two versions have the same body (white space and character width aside).',
  verSummary:
    '{inserted, plural, one {# addition} other {# additions}}, {changed, plural, one {# change} other {# changes}}, ' +
    '{deleted, plural, one {# deletion} other {# deletions}}',
  verInsertedLabel: 'Added: ',
  verDeletedLabel: 'Removed: ',
  verSkipped: ' … ({count, plural, one {# character} other {# characters}} unchanged) … ',
  verRevised: 'Revised',
  verRevisedTitle: 'The site changed this notice ({count, plural, one {# version} other {# versions}})',
  verRevisedOnly: 'Revised only',
  verOrphanDeleted: 'The passage was removed on {date}',
  verOrphanChanged: 'The passage was changed on {date}',
  mdRevisedSince:
    'Revised since {date}: {inserted, plural, one {# addition} other {# additions}}, ' +
    '{changed, plural, one {# change} other {# changes}}, {deleted, plural, one {# deletion} other {# deletions}}.',
  mdChangesTitle: 'Changes',
  mdChangeInserted: 'Added: ',
  mdChangeChanged: 'Changed (was “{before}”): ',
  mdChangeDeleted: 'Removed: ',
  libExportChanges: 'Include the changes in exports',
};
