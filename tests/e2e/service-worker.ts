/**
 * Stopping the extension's service worker the way the browser does when it is idle,
 * and knowing that it stopped. `ServiceWorker.stopAllWorkers` sent from a web page's
 * DevTools session leaves the extension's worker running, and Playwright keeps its
 * Worker object across a restart, so neither proves a thing: this asks from an
 * extension page (whose session sees the extension's worker version), stops that
 * version, and waits until DevTools reports it `stopped`.
 */
import type { ExtensionBrowser } from '../tools/browser';

interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/** Stops the background worker; resolves once it has stopped (it may start again at once if something wakes it). */
export async function stopServiceWorker(b: ExtensionBrowser, timeoutMs = 10_000): Promise<void> {
  const page = await b.context.newPage();
  try {
    await page.goto(`chrome-extension://${b.extensionId}/note-frame.html`);
    const cdp = await b.context.newCDPSession(page);
    const ours = (v: WorkerVersion) => v.scriptURL.startsWith(`chrome-extension://${b.extensionId}/`);
    const seen: WorkerVersion[] = [];
    let notify = () => {};
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: WorkerVersion[] }) => {
      seen.push(...e.versions.filter(ours));
      notify();
    });
    const waitFor = async (test: (v: WorkerVersion) => boolean, what: string) => {
      const end = Date.now() + timeoutMs;
      while (!seen.some(test)) {
        if (Date.now() > end) throw new Error(`The service worker was never ${what}`);
        await new Promise<void>((r) => {
          notify = r;
          setTimeout(r, 100);
        });
      }
      return seen.find(test)!;
    };
    await cdp.send('ServiceWorker.enable');
    const running = await waitFor((v) => v.runningStatus === 'running', 'running');
    seen.length = 0;
    await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
    await waitFor((v) => v.versionId === running.versionId && v.runningStatus === 'stopped', 'stopped');
    await cdp.detach();
  } finally {
    await page.close();
  }
}
