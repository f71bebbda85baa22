/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core
 * (no browser download). Every host name resolves to 127.0.0.1, where the
 * fixture server answers, so pages load under their government host names.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXTENSION_DIR = fileURLToPath(new URL(`../../${process.env.NL_OUT_DIR || '.output'}/chrome-mv3/`, import.meta.url));

export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install Debian's chromium (apt-get install chromium) or set CHROME_PATH.`);
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  args?: string[];
  /** Browser UI language, e.g. 'zh-CN' (default) or 'en-US'. */
  lang?: string;
  colorScheme?: 'light' | 'dark';
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const lang = options.lang ?? 'zh-CN';
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run npm run build first.`);
  const profile = await mkdtemp(join(tmpdir(), 'notice-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    locale: lang,
    colorScheme: options.colorScheme ?? 'light',
    ignoreHTTPSErrors: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      `--lang=${lang}`,
      // Fixtures on HSTS-preloaded hosts (www.gov.uk, *.gov) are served over TLS with a test certificate.
      '--ignore-certificate-errors',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a page and waits until Notice Lens has finished its analysis (the public data-notice-lens attribute). */
export async function openAnalyzed(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-notice-lens]', { timeout: 15_000 });
  return page;
}
