import { browser } from 'wxt/browser';
import { analyzeNoticeSliced, FIRST_SCREEN_CHARS, type Detection, type PageAnalysis } from '../page/analyze';
import { afterNextPaint, pageSlicer, type Slicer } from '../page/chunk';
import { watchLateContent } from '../page/late-content';
import { REMOTE_MIN_CHARS, remoteDirectiveFinder } from '../analysis/remote-directives';

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
 * The rest of the analysis (dedupe, directives, marks) after detection, as the page runs it: in slices, a long
 * notice's directives found by the background, where the parser stays warm across visits (utils/analysis/), its
 * first screen marked and painted before the text is sent.
 */
export function analyseInPage(doc: Document, detection: Detection, slicer: Slicer): Promise<PageAnalysis> {
  return analyzeNoticeSliced(doc, detection, slicer, undefined, remoteDirectiveFinder((m) => browser.runtime.sendMessage(m)), {
    above: REMOTE_MIN_CHARS,
    chars: FIRST_SCREEN_CHARS,
    painted: () => afterNextPaint(window),
  });
}

/** That analysis on a page detection is sure is a notice, before the app loads. */
export async function analyseBeforeApp(detection: Detection): Promise<ReadyAnalysis> {
  let changed = false;
  let onLate: () => void = () => (changed = true);
  // Watched from before the analysis reads the page (as the content script's watch is, ./content-script.ts): text a
  // script adds while the analysis runs is then a change, not part of the baseline. Our own marks and hiding leave
  // the amount of text as it was, so they are no change.
  const stop = watchLateContent(document, () => onLate());
  const analysis = analyseInPage(document, detection, pageSlicer(window));
  await analysis.catch(() => {});
  return {
    analysis,
    followLateContent: (onChange) => {
      onLate = onChange;
      if (changed) onChange();
      return stop;
    },
  };
}

/** What notice-marks.js hands over (entrypoints/notice-marks): the marking before the app, and the analysis itself. */
export const marksKit = { markNotice: analyseBeforeApp, analyse: analyseInPage };
export type MarksKit = typeof marksKit;
