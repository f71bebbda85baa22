/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core
 * (no browser download). Every host name resolves to 127.0.0.1, where the
 * fixture server answers, so pages load under their government host names.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  /**
   * Run on all sites, granted at install: a copy of the build whose manifest lists the
   * all-sites pattern under host_permissions (Chromium cannot answer a permission prompt
   * here). The mode follows the permission however it was granted, so this is the mode on.
   */
  allSites?: boolean;
}

/** The all-sites dynamic content script's id (utils/all-sites.ts). */
const ALL_SITES_SCRIPT_ID = 'notice-lens-all-sites';

/** A temporary copy of the build with the all-sites pattern granted at install. */
async function allSitesCopy(extensionDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'notice-lens-all-sites-'));
  await cp(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), '*://*/*'];
  await writeFile(manifestPath, JSON.stringify(manifest));
  return dir;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const lang = options.lang ?? 'zh-CN';
  const builtDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(builtDir, 'manifest.json'))) throw new Error(`No built extension in ${builtDir}: run npm run build first.`);
  const extensionDir = options.allSites ? await allSitesCopy(builtDir) : builtDir;
  const profile = await mkdtemp(join(tmpdir(), 'notice-lens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    // A common laptop's page area (a 1920 × 1080 screen at 125 %): a 1000 px centred layout fits beside the
    // docked panel; tests of narrower windows set their own size.
    viewport: { width: 1536, height: 900 },
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
  // With the mode on, pages are judged once the background has registered its script for all sites.
  if (options.allSites) await waitForAllSitesScript(worker);
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      if (extensionDir !== builtDir) await rm(extensionDir, { recursive: true, force: true });
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

async function waitForAllSitesScript(worker: Worker): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ids = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((x) => x.id));
    if (ids.includes(ALL_SITES_SCRIPT_ID)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The background did not register the all-sites content script');
}
