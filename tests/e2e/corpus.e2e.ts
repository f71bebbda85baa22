/**
 * The labelled corpus in the real browser, as `npm run eval` runs it: each split must meet
 * its thresholds in tests/eval/thresholds.ts. Rendering decides what is visible here (innerText),
 * not our own code, so this is the figure a reader would see.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './browser-setup';
import { observePage, readLabels } from '../eval/observe';
import { summarize, type PageScore } from '../eval/score';
import { THRESHOLDS } from '../eval/thresholds';

const labels = readLabels();
// As `npm run eval` judges it: a reader with "run on all sites" on, so government pages off the
// official suffixes are judged, and so are the commercial and forum pages that mode must leave alone.
const env = useChromium({ allSites: true });
const scores = new Map<string, PageScore>();

beforeAll(async () => {
  for (const label of labels) scores.set(label.id, await observePage(env.browser.context, env.server.url, label));
}, 20 * 60_000);

describe.each(['dev', 'test'] as const)('the %s split of the corpus', (split) => {
  const pages = labels.filter((l) => l.split === split);
  const summary = () => {
    expect(scores.size, 'every corpus page was observed').toBe(labels.length);
    return summarize(pages.map((l) => scores.get(l.id)!));
  };
  const failing = () => summary().failing.map((f) => `${f.id}: ${f.problems.join('; ')}`).join('\n');

  it('has notices and non-notices to judge', () => {
    expect(pages.filter((l) => l.notice).length).toBeGreaterThanOrEqual(25);
    expect(pages.filter((l) => !l.notice).length).toBeGreaterThanOrEqual(6);
  });

  it('marks no page that is not a notice, and finds the notices', () => {
    const s = summary();
    expect(s.detection.precision, failing()).toBeGreaterThanOrEqual(THRESHOLDS[split].detectionPrecision);
    expect(s.detection.recall, failing()).toBeGreaterThanOrEqual(THRESHOLDS[split].detectionRecall);
  });

  it('outlines the labelled directives at their labelled levels', () => {
    const s = summary();
    expect(s.directives.labelled).toBeGreaterThan(100);
    expect(s.directives.f1, failing()).toBeGreaterThanOrEqual(THRESHOLDS[split].directiveF1);
    expect(s.hierarchy, failing()).toBeGreaterThanOrEqual(THRESHOLDS[split].hierarchy);
  });

  it('collapses every duplicated body and loses no paragraph', () => {
    const s = summary();
    expect(s.duplicates.pages).toBeGreaterThanOrEqual(5);
    expect(s.duplicates.pages - s.duplicates.collapsed, failing()).toBeLessThanOrEqual(THRESHOLDS[split].duplicatesLeftVisible);
    expect(s.paragraphsLostOrHidden, failing()).toBeLessThanOrEqual(THRESHOLDS[split].paragraphsLost);
  });
});
