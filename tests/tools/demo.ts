/**
 * npm run demo: serves the sample notice under its government host name and opens
 * Debian's Chromium with the built extension on it. Without a display, or with
 * --headless / --screenshot FILE, it writes a screenshot and exits.
 *
 *   npm run demo                         # a window, when there is a display
 *   npm run demo -- --screenshot out.png # headless, screenshot, exit
 */
import { launchWithExtension, openAnalyzed } from './browser';
import { startFixtureServer } from './server';

const args = process.argv.slice(2);
const shotIndex = args.indexOf('--screenshot');
const screenshot = shotIndex >= 0 ? args[shotIndex + 1] : undefined;
if (shotIndex >= 0 && !screenshot) {
  console.error('--screenshot needs a file name, e.g. npm run demo -- --screenshot demo.png');
  process.exit(2);
}
const headless = args.includes('--headless') || screenshot !== undefined || !process.env.DISPLAY;
const file = screenshot ?? 'notice-lens-demo.png';

const server = await startFixtureServer(Number(process.env.PORT ?? 0));
const url = server.url('gxj.xa.gov.cn', 'pages/sample-notice.html');
const browser = await launchWithExtension({ headless });
try {
  const page = await openAnalyzed(browser.context, url);
  for (const p of browser.context.pages()) if (p !== page && p.url() === 'about:blank') await p.close();
  const state = await page.getAttribute('html', 'data-notice-lens');
  const directives = await page.$$eval('[data-nl-directive]', (els) => els.map((e) => e.getAttribute('data-nl-ordinal')));
  console.log(`Notice Lens on ${url}\n  page: ${state}\n  directives: ${directives.join(' ') || '(none)'}`);
  if (headless) {
    await page.locator('[data-nl-directive="0"]').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    await page.screenshot({ path: file });
    console.log(`  screenshot: ${file}`);
  } else {
    console.log('  Close the browser window to end the demo.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}
