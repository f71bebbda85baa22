/**
 * The bench's static server. Like tests/tools/server.ts (any host name maps here
 * through Chromium's --host-resolver-rules), plus the two headers that make a page
 * cross-origin isolated (COOP same-origin + COEP credentialless): only then does
 * performance.now() — and with it the extension's own User Timing measures —
 * tick in 5 µs steps instead of 100 µs, which the sub-millisecond rows need.
 * Isolation needs a secure context: run.ts passes the origins to Chromium's
 * --unsafely-treat-insecure-origin-as-secure.
 *
 * Real official pages hold images, counters and scripts that keep loading after DOMContentLoaded; a page asked for
 * with `?slow-image=MS` gets one image at its end whose answer this server holds back MS milliseconds (the path
 * /__slow/MS), so that the page's `load` comes that late, as on such a page (bench row 1.1d).
 *
 * Some CMSs serve the article apart from its page, a fragment the page's script fetches (`<name>.data.html`). Under
 * /__late/MS/ a path is served as without that prefix, but such a fragment is answered MS milliseconds late, so
 * that the body lands after the extension's first reading of the page (bench row 1.5).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export interface BenchServer {
  port: number;
  url: (host: string, path: string) => string;
  close: () => Promise<void>;
}

export async function startBenchServer(root: string): Promise<BenchServer> {
  const base = root.endsWith(sep) ? root : root + sep;
  const server: Server = createServer(async (req, res) => {
    const headers = {
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'credentialless',
    };
    const asked = new URL(req.url ?? '/', 'http://x');
    const slow = /^\/__slow\/(\d{1,5})$/.exec(asked.pathname);
    if (slow) {
      setTimeout(() => res.writeHead(200, { ...headers, 'content-type': 'image/gif' }).end(PIXEL), Number(slow[1]));
      return;
    }
    const late = /^\/__late\/(\d{1,5})(\/.*)$/.exec(asked.pathname);
    const path = late ? late[2]! : asked.pathname;
    if (late && path.endsWith('.data.html')) await new Promise((resolve) => setTimeout(resolve, Number(late[1])));
    const file = normalize(join(base, decodeURIComponent(path)));
    if (!file.startsWith(base)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      const wait = asked.searchParams.get('slow-image');
      if (wait && extname(file) === '.html') body = body.toString('utf8').replace('</body>', `<img src="/__slow/${Number(wait)}" width="1" height="1" alt=""></body>`);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('404');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (host, p) => `http://${host}:${port}/${p.replace(/^\//, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
