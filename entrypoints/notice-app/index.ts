import { startNoticeApp } from '../../utils/app/controller';
import { analyseBeforeApp } from '../../utils/app/ready-analysis';

// Loaded on notices only (utils/app/content-script.ts): hands the app's entry point to the content script's world.
// Where it is there before the content script (a site the reader enabled) it marks the page too: it holds the
// analysis anyway, so notice-marks.js need not be loaded.
export default defineUnlistedScript(() => {
  const scope = globalThis as { __noticeLensApp?: typeof startNoticeApp; __noticeLensMarks?: typeof analyseBeforeApp };
  scope.__noticeLensApp = startNoticeApp;
  scope.__noticeLensMarks = analyseBeforeApp;
});
