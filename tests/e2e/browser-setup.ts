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
    await browser?.close();
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
