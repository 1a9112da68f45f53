// A tiny static server for the built renderer: `npm run web` and the end-to-end tests use it.
// Loopback only, GET/HEAD only, no path outside the root. Every response carries the headers the
// desktop app's app:// protocol sends (electron/app-protocol.ts, with the CSP of electron/csp.ts),
// compiled from those files when the server starts: the end-to-end tests check the policy the app
// ships, not a copy of it.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { build } from 'esbuild';

const repository = resolve(import.meta.dirname, '..');

/** electron/app-protocol.ts as a module, bundled in memory (its only import from electron is a type). */
export async function loadAppProtocol() {
  const result = await build({
    entryPoints: [join(repository, 'electron', 'app-protocol.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * Starts serving `root` on 127.0.0.1; resolves to `{ url, close }`. Port 0 picks a free port.
 * `syncOrigin`: the team's sync server this deployment lets the page reach (its CSP names it, as
 * the desktop app's does once the user has configured one); without it, nothing but this server.
 */
export async function startStaticServer(root, port = 0, { syncOrigin = null } = {}) {
  const { mimeTypeFor, responseHeaders: headersFor, withSyncOriginInPage } = await loadAppProtocol();
  const responseHeaders = (type) => headersFor(type, syncOrigin);
  const base = resolve(root);
  const plain = (res, status, text = '') =>
    res.writeHead(status, responseHeaders('text/plain; charset=utf-8')).end(text);
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...responseHeaders('text/plain; charset=utf-8'), Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      plain(res, 400);
      return;
    }
    if (pathname.includes('\0')) {
      plain(res, 400);
      return;
    }
    const file = normalize(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      plain(res, 403);
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const type = mimeTypeFor(file);
      let body = await readFile(file);
      if (syncOrigin && type.startsWith('text/html')) body = Buffer.from(withSyncOriginInPage(body.toString('utf8'), syncOrigin));
      res.writeHead(200, responseHeaders(type));
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      plain(res, 404, 'Not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
