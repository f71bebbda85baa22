import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { marksKit } from '../../utils/app/ready-analysis';

// Loaded on every notice before notice-app.js (utils/app/content-script.ts): the analysis that marks the page,
// without the panel's UI code, so that the marks do not wait for it (issue 14). notice-app.js has no copy of
// it and is handed this one (utils/app/analysis-kit.ts). Hands its kit to the content script's world.
export default defineUnlistedScript(() => {
  (globalThis as { __noticeLensKit?: typeof marksKit }).__noticeLensKit = marksKit;
});
