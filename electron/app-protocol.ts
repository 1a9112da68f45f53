// The renderer is served from app://avvik/, a privileged custom scheme, never from file://: pages
// get a real origin (IndexedDB, workers and a CSP 'self' that means "our files only"), and the
// handler below decides exactly which files exist.

import path from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy, withSyncOriginInPage } from './csp';

// The web build's server (scripts/static-server.mjs) serves pages the way this protocol does.
export { withSyncOriginInPage };

export const APP_SCHEME = 'app';
export const APP_HOST = 'avvik';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: a real origin with relative URLs; secure: treated like https (IndexedDB, crypto).
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** True when `url` is a page or file of our own app (app://avvik/...). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type ResolvedPath = { ok: true; filePath: string } | { ok: false; status: 403 | 404 };

// Looked for in the URL as written, before any parser normalises it away: a request that even
// tries to climb out or smuggle a separator is refused outright, not quietly rewritten.
const HOSTILE_IN_RAW_PATH = [/\.\./, /%2e%2e/i, /\.%2e/i, /%2e\./i, /\\/, /%5c/i, /%00/, /\0/, /%2f/i];

/**
 * The file under `rendererRoot` that `rawUrl` names, or why it may not be served: 403 for anything
 * that is not a plain path inside the renderer (traversal, encoded separators, absolute or drive
 * paths, null bytes, a foreign host), 404 when it cannot name a file. Pure: reads no disk.
 */
export function resolveRendererPath(rawUrl: string, rendererRoot: string): ResolvedPath {
  const prefix = `${APP_ORIGIN}/`;
  if (!rawUrl.toLowerCase().startsWith(prefix)) return { ok: false, status: 403 };
  const rawPath = rawUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (HOSTILE_IN_RAW_PATH.some((pattern) => pattern.test(rawPath))) return { ok: false, status: 403 };
  if (!isAppUrl(rawUrl)) return { ok: false, status: 403 };

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { ok: false, status: 404 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 403 };
  // "//etc/passwd", "/C:/x": anything that looks absolute on some system.
  if (decoded.startsWith('/') || /^[A-Za-z]:/.test(decoded) || decoded.includes(':'))
    return { ok: false, status: 403 };

  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  if (segments.slice(0, -1).some((segment) => segment === '')) return { ok: false, status: 403 };

  let relative = decoded;
  // The app's entry, and client-side routes (a last segment without an extension), get index.html.
  const last = segments[segments.length - 1] ?? '';
  if (relative === '' || !last.includes('.')) relative = 'index.html';

  const root = path.resolve(rendererRoot);
  const filePath = path.resolve(root, ...relative.split('/'));
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot))
    return { ok: false, status: 403 };
  return { ok: true, filePath };
}

/** The headers every response of ours carries; the CSP names the sync server when one is configured. */
export function responseHeaders(contentType: string, syncOrigin: string | null = null): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(syncOrigin),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

export interface AppProtocolDeps {
  rendererRoot: string;
  readFile(filePath: string): Promise<Uint8Array>;
  /** fs.promises.realpath: where a path really leads, symbolic links followed. */
  realpath(filePath: string): Promise<string>;
  /** The team's sync server, if one is configured (electron/sync.ts). */
  syncOrigin?: () => string | null;
}

/** True when `filePath` is `root` itself or lies under it. */
function isInside(root: string, filePath: string): boolean {
  const fromRoot = path.relative(root, filePath);
  return fromRoot === '' || (!fromRoot.startsWith('..') && !path.isAbsolute(fromRoot));
}

interface RequestLike {
  method: string;
  url: string;
}

function plainResponse(status: number, text: string, extra: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { ...responseHeaders('text/plain; charset=utf-8'), ...extra },
  });
}

/** The handler for protocol.handle('app', ...): GET only, files of the built renderer only. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: RequestLike) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return plainResponse(405, 'Method Not Allowed', { Allow: 'GET' });
    const resolved = resolveRendererPath(request.url, deps.rendererRoot);
    if (!resolved.ok)
      return plainResponse(resolved.status, resolved.status === 403 ? 'Forbidden' : 'Not Found');
    let body: Uint8Array;
    try {
      // The path names a file inside the renderer, but a symbolic link there may lead anywhere:
      // follow it, and serve only what really lies inside the real renderer folder (itself
      // perhaps behind a link: /var is /private/var on macOS).
      const realRoot = await deps.realpath(path.resolve(deps.rendererRoot));
      const real = await deps.realpath(resolved.filePath);
      if (!isInside(realRoot, real)) return plainResponse(403, 'Forbidden');
      body = await deps.readFile(real);
    } catch {
      // Missing, a folder, unreadable: to the page they are all "not here".
      return plainResponse(404, 'Not Found');
    }
    const syncOrigin = deps.syncOrigin?.() ?? null;
    const type = mimeTypeFor(resolved.filePath);
    if (syncOrigin && type.startsWith('text/html')) body = new TextEncoder().encode(withSyncOriginInPage(new TextDecoder().decode(body), syncOrigin));
    return new Response(body as ConstructorParameters<typeof Response>[0], {
      status: 200,
      headers: responseHeaders(type, syncOrigin),
    });
  };
}
