import { analyseBeforeApp } from '../../utils/app/ready-analysis';

// Loaded on sure notices only, before notice-app.js (utils/app/content-script.ts): the analysis that marks the
// page, without the panel's UI code, so that the marks do not wait for it (issue 14). Hands its entry point to
// the content script's world, as notice-app.js does.
export default defineUnlistedScript(() => {
  (globalThis as { __noticeLensMarks?: typeof analyseBeforeApp }).__noticeLensMarks = analyseBeforeApp;
});
