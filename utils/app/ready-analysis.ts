import { browser } from 'wxt/browser';
import { analyzeNoticeSliced, type Detection, type PageAnalysis } from '../page/analyze';
import { pageSlicer } from '../page/chunk';
import { watchLateContent } from '../page/late-content';
import { remoteDirectiveFinder } from '../analysis/remote-directives';

/**
 * A notice analysed and marked before notice-app.js is loaded (by notice-marks.js, for the content script:
 * issue 14, the marks must not wait for the panel's UI code), handed to the app, which takes it over instead
 * of analysing again.
 */
export interface ReadyAnalysis {
  /** Settled before notice-app.js loads; a failure is the app's to report, as when its own analysis fails. */
  analysis: Promise<PageAnalysis>;
  /**
   * The app's first watch for late content: begun when the marks were made, so that content a script adds
   * while notice-app.js loads is not taken into the watch's baseline and left unanalysed.
   */
  followLateContent: (onChange: () => void) => () => void;
}

/**
 * The rest of the analysis (dedupe, directives, marks) on a page detection is sure is a notice, as the app
 * runs it: in slices, a long notice's directives found by the background (utils/analysis/).
 */
export async function analyseBeforeApp(detection: Detection): Promise<ReadyAnalysis> {
  const findDirectives = remoteDirectiveFinder((m) => browser.runtime.sendMessage(m));
  const analysis = analyzeNoticeSliced(document, detection, pageSlicer(window), undefined, findDirectives);
  await analysis.catch(() => {});
  let changed = false;
  let onLate: () => void = () => (changed = true);
  const stop = watchLateContent(document, () => onLate());
  return {
    analysis,
    followLateContent: (onChange) => {
      onLate = onChange;
      if (changed) onChange();
      return stop;
    },
  };
}
