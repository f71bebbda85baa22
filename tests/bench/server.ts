/**
 * The bench's static server. Like tests/tools/server.ts (any host name maps here
 * through Chromium's --host-resolver-rules), plus the two headers that make a page
 * cross-origin isolated (COOP same-origin + COEP credentialless): only then does
 * performance.now() — and with it the extension's own User Timing measures —
 * tick in 5 µs steps instead of 100 µs, which the sub-millisecond rows need.
 * Isolation needs a secure context: run.ts passes the origins to Chromium's
 * --unsafely-treat-insecure-origin-as-secure.
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
    const file = normalize(join(base, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
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
