/**
 * What `npm test` demands of each corpus split in the real browser (tests/e2e/corpus.e2e.ts).
 * Both splits are held to issue 10's figures for unseen notices. The test split's first
 * measurement fell short (2026-12-02: detection recall 0.921, one duplicated body on a missed
 * page left visible) and was held to that floor; the general fixes for the phenomena behind its
 * misses (special districts, decision records, date-led items, articles) raised it to the targets,
 * measured once when they were finished. A bar here may only rise; see docs/eval.md. The one exception is the
 * test split's population changing: blind pages added to it are measured once, and when they fall short the split
 * is held to that first measurement until general fixes, tuned on dev pages, raise it (2026-12-03: batch 12's
 * federal guidance pages, three of them with no date near the body, gave detection recall 0.961; docs/decisions.md;
 * later that day batches 14–25 added 53 test pages; after the general fixes tuned on their dev pages three of their
 * negatives are still taken for notices — a 图片新闻 feature with a prose caption, a 机构职能 page and a 领导分工 page
 * whose titles the new rule does not name: detection precision 105/108 = 0.972, recall 0.972; 2026-12-04, batches
 * 26–30 added 20 test pages, all right at their first measurement but a 成绩查询 form page taken for a notice (the dev
 * split's five form pages with numbered tips are all right) and a 统计 page whose 说明：1.–3. notes were outlined:
 * precision 119/123 = 0.967).
 */
export interface Thresholds {
  detectionPrecision: number;
  detectionRecall: number;
  directiveF1: number;
  hierarchy: number;
  /** Duplicated bodies left visible; paragraphs lost or wrongly hidden. */
  duplicatesLeftVisible: number;
  paragraphsLost: number;
}

const ISSUE_TARGETS: Thresholds = {
  detectionPrecision: 1,
  detectionRecall: 0.98,
  directiveF1: 0.97,
  hierarchy: 0.97,
  duplicatesLeftVisible: 0,
  paragraphsLost: 0,
};

export const THRESHOLDS: Record<'dev' | 'test', Thresholds> = {
  dev: ISSUE_TARGETS,
  test: { ...ISSUE_TARGETS, detectionRecall: 0.96, detectionPrecision: 0.967 },
};

/**
 * The task extraction (issue 15) on tests/fixtures/corpus/tasks-labels.json: a case is right when its due and
 * its lead both match. Enforced on each split by `npm run eval` and by tests/unit/tasks-labels.test.ts.
 */
export const TASK_THRESHOLDS: Record<'dev' | 'test', { precision: number; recall: number }> = {
  dev: { precision: 0.98, recall: 0.9 },
  test: { precision: 0.98, recall: 0.9 },
};
