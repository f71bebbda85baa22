import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../tools/browser';
import { launchFirefoxWithExtension } from '../tools/firefox';
import { startFixtureServer, type FixtureServer } from '../tools/server';

/**
 * The fixture server and one browser with the built extension, started before the tests of the file (or the
 * describe block) that calls this and closed after them: the set-up most e2e files share. Read `browser` and
 * `server` inside tests, once beforeAll has run.
 */
export function useChromium(options?: LaunchOptions): { readonly browser: ExtensionBrowser; readonly server: FixtureServer } {
  return useBrowser(() => launchWithExtension(options));
}

/** The same with Firefox and the Firefox build (puppeteer over WebDriver BiDi). */
export function useFirefox(): { readonly browser: Browser; readonly server: FixtureServer } {
  return useBrowser(launchFirefoxWithExtension);
}

function useBrowser<B extends { close(): Promise<void> }>(launch: () => Promise<B>): { readonly browser: B; readonly server: FixtureServer } {
  let browser: B | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch();
  });
  afterAll(async () => {
    if (browser) await closeBrowser(browser);
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is started in beforeAll: read it inside a test');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the fixture server is started in beforeAll: read it inside a test');
      return server;
    },
  };
}

/** How long a browser gets to close before its process is killed. */
const CLOSE_WITHIN_MS = 20_000;

/**
 * Closes a browser, or kills its process when it has not closed in time: Debian's Firefox over WebDriver BiDi now and
 * then never answers the close, and the file's tests, all passed, would then fail on the hook's timeout.
 */
export async function closeBrowser(browser: { close(): Promise<void>; process?: () => { kill(signal?: NodeJS.Signals): boolean } | null }): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const closed = await Promise.race([
    browser.close().then(() => true, () => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CLOSE_WITHIN_MS))),
  ]);
  clearTimeout(timer);
  if (!closed) {
    console.warn(`a browser did not close within ${CLOSE_WITHIN_MS} ms: its process is killed`);
    browser.process?.()?.kill('SIGKILL');
  }
}
