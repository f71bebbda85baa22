import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startNoticeApp } from '../../utils/app/controller';

// Loaded on notices only, after notice-marks.js (utils/app/content-script.ts): hands the app's entry point to
// the content script's world.
export default defineUnlistedScript(() => {
  (globalThis as { __noticeLensApp?: typeof startNoticeApp }).__noticeLensApp = startNoticeApp;
});
