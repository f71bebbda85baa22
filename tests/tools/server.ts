/**
 * A static server for tests/fixtures on 127.0.0.1. Chromium maps government host
 * names here (--host-resolver-rules), so http://gxj.xa.gov.cn:PORT/pages/x.html is
 * this server's tests/fixtures/pages/x.html whatever the host.
 *
 * The same port also speaks TLS: Chromium's HSTS preload list upgrades hosts such
 * as www.gov.uk and every *.gov to https on the same port, so the first byte of
 * each connection decides (0x16 = a TLS handshake). The certificate is a
 * self-signed test certificate (tests/tools/test-tls.*); the browser is started
 * with --ignore-certificate-errors.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSecureContext, TLSSocket } from 'node:tls';
import { createServer as createNetServer, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { Duplex } from 'node:stream';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  /**
   * Serves `html` at `path` instead of the file (null to stop): "the site changed its page".
   * Bytes and a content type serve pages in other encodings or types (GBK, Big5, XHTML).
   */
  override: (path: string, html: string | Buffer | null, contentType?: string) => void;
  url: (host: string, path: string) => string;
  close: () => Promise<void>;
}

export async function startFixtureServer(port = 0, root = FIXTURES): Promise<FixtureServer> {
  const overrides = new Map<string, { body: string | Buffer; type: string }>();
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const replaced = overrides.get(path.replace(/^\//, ''));
    if (replaced !== undefined) {
      res.writeHead(200, { 'content-type': replaced.type, 'cache-control': 'no-store' }).end(replaced.body);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      // ?csp=strict: the page as a site with a strict Content-Security-Policy serves it.
      const strict = new URL(req.url ?? '/', 'http://x').searchParams.get('csp') === 'strict';
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(strict ? { 'content-security-policy': "default-src 'self'; style-src 'self'; script-src 'self'; frame-src 'self'" } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>404</title><h1>404 Not Found</h1>');
    }
  };
  const plain: Server = createServer(handler);
  const tlsContext = createSecureContext({
    key: readFileSync(new URL('./test-tls.key', import.meta.url)),
    cert: readFileSync(new URL('./test-tls.crt', import.meta.url)),
  });
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      if (first[0] !== 0x16) {
        socket.pause();
        socket.unshift(first);
        plain.emit('connection', socket);
        socket.resume();
        return;
      }
      // TLS reads a net.Socket's handle directly, past anything unshifted: feed it
      // through a plain stream that starts with the bytes already read.
      const duplex = new Duplex({
        read() {},
        write: (chunk, encoding, done) => void socket.write(chunk, encoding, done),
        final: (done) => {
          socket.end();
          done();
        },
        destroy: (err, done) => {
          socket.destroy();
          done(err);
        },
      });
      duplex.push(first);
      socket.on('data', (d) => duplex.push(d));
      socket.on('end', () => duplex.push(null));
      socket.on('error', () => duplex.destroy());
      plain.emit('connection', new TLSSocket(duplex as unknown as Socket, { isServer: true, secureContext: tlsContext }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as { port: number }).port;
  return {
    port: actual,
    override: (p, html, type = 'text/html; charset=utf-8') =>
      html === null ? overrides.delete(p.replace(/^\//, '')) : overrides.set(p.replace(/^\//, ''), { body: html, type }),
    url: (host, p) => `http://${host}:${actual}/${p.replace(/^\//, '')}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
