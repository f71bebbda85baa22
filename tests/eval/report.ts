/** The eval's table (printed, and written to docs/eval.md) from the summary of all pages. */
import type { summarize } from './score';
import { type TaskScore, taskTable } from './tasks';

type Summary = ReturnType<typeof summarize>;
const pct = (x: number) => x.toFixed(3);

export function evalTable(s: Summary, tasks?: TaskScore): string[] {
  return [
    '| measure | value |',
    '| --- | --- |',
    `| detection precision | ${pct(s.detection.precision)} (${s.detection.tp} TP, ${s.detection.fp} FP) |`,
    `| detection recall | ${pct(s.detection.recall)} (${s.detection.fn} FN) |`,
    `| directive precision | ${pct(s.directives.precision)} (${s.directives.matched}/${s.directives.found}) |`,
    `| directive recall | ${pct(s.directives.recall)} (${s.directives.matched}/${s.directives.labelled}) |`,
    `| directive F1 | ${pct(s.directives.f1)} |`,
    `| hierarchy accuracy | ${pct(s.hierarchy)} (${s.directives.levelOk}/${s.directives.matched}) |`,
    `| duplicated bodies collapsed | ${s.duplicates.collapsed}/${s.duplicates.pages} |`,
    `| paragraphs lost or wrongly hidden | ${s.paragraphsLostOrHidden} |`,
    ...(tasks ? taskTable(tasks) : []),
    '',
    ...(s.failing.length ? ['Failing pages:', '', ...s.failing.map((f) => `- ${f.id}: ${f.problems.join('; ')}`)] : ['No failing pages.']),
    ...(tasks?.problems.length ? ['', 'Task facts wrong:', '', ...tasks.problems.map((p) => `- ${p}`)] : []),
  ];
}

export function evalMarkdown(splits: { name: string; summary: Summary; tasks?: TaskScore }[], date = new Date()): string {
  const pages = splits.reduce((n, x) => n + x.summary.pages, 0);
  const sections = splits.map(({ name, summary: s, tasks }) =>
    `### ${name} split · ${s.pages} pages (${s.detection.tp + s.detection.fn} notices)\n\n${evalTable(s, tasks).join('\n')}\n`);
  return `# Accuracy on the labelled corpus

\`npm run eval\` builds the extension, opens each of the ${pages} pages of \`tests/fixtures/corpus\` in Chromium
under its own host name, reads what the extension left in the page (the page-markup contract in README.md) and
scores it against \`labels.json\`, each split on its own (\`tests/fixtures/corpus/split.ts\`: the test split is
labelled first and never tuned on). It rewrites this file (\`--md FILE\` elsewhere, \`--no-md\` not at all).

## Latest run

${date.toISOString()}

${sections.join('\n')}
## How to read it

- *Detection*: a page counts as detected when \`<html data-notice-lens="notice">\`; precision over all pages
  marked, recall over the labelled notices.
- *Directives*: labelled items matched in order by marker and first characters; precision over the
  \`[data-nl-directive]\` elements on detected pages; *hierarchy* over the matched ones (\`data-nl-level\`).
- *Duplicated bodies collapsed*: on pages whose body is printed more than once, every body line is visible
  exactly as often as on a page that printed it once.
- *Paragraphs lost or wrongly hidden*: body lines (and labelled legitimate repeats) visible fewer times than
  they should be, over all notices.
- *Task facts* (issue 15): each directive's deadline and lead unit (utils/tasks/extract.ts) against
  \`tests/fixtures/corpus/tasks-labels.json\` (corpus pages and written passages), scored in Node on the body
  text; a case is right when its due and its lead both match. Precision over the directives given a due or a
  lead, recall over the labelled cases that have one (tests/eval/tasks.ts; bars in tests/eval/thresholds.ts).
`;
}
