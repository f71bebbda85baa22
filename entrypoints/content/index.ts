import { defineContentScript } from 'wxt/utils/define-content-script';
import { OFFICIAL_MATCHES } from '../../utils/official-domains';
import { runContentScript } from '../../utils/app/content-script';
import { CONTENT_RUN_AT } from '../../utils/enable-site';

export default defineContentScript({
  matches: OFFICIAL_MATCHES,
  // Right after DOMContentLoaded, not at `load` (utils/enable-site.ts).
  runAt: CONTENT_RUN_AT,
  cssInjectionMode: 'manual',
  // Old 信息公开 pages frame their body: each frame decides for itself (docs/decisions.md "Bodies in frames").
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // No announcement to the page's window: a newer copy of this script is told apart in our own world.
  noScriptStartedPostMessage: true,
  main: runContentScript,
});
