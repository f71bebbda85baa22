import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ALL_SITES_FLAG } from '../utils/all-sites-page';

// Registered for all sites just before the content script (utils/all-sites.ts), in the
// same isolated world: it tells the content script that it runs because the reader
// turned on "run on all sites", so the site must first show it is a government's.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ALL_SITES_FLAG] = true;
});
