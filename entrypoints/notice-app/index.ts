import { startNoticeApp } from './controller';

// Loaded by the content script with import() only on pages detected as notices,
// so the code for marking, the panel and annotations costs nothing elsewhere. It
// runs in the content script's isolated world and hands over its entry point.
export default defineUnlistedScript(() => {
  (globalThis as { __noticeLensApp?: typeof startNoticeApp }).__noticeLensApp = startNoticeApp;
});
