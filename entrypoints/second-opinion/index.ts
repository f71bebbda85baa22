import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readabilityRoot } from '../../utils/dom/readability-root';

// Loaded only where detection is unsure (utils/app/second-opinion.ts): hands Readability's body finder to the
// content script's world, so notice-app.js does not carry Readability on every notice.
export default defineUnlistedScript(() => {
  (globalThis as { __noticeLensReadabilityRoot?: typeof readabilityRoot }).__noticeLensReadabilityRoot = readabilityRoot;
});
