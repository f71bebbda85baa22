import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isGovernmentPage } from '../utils/dom/government-signals';
import { installSiteJudge } from '../utils/page/site-judge';

// Registered just before the content script on sites outside the official suffixes (enabled by hand, or all
// sites): the government-site rules, which official pages never need (utils/page/site-judge.ts).
export default defineUnlistedScript(() => {
  installSiteJudge(isGovernmentPage);
});
