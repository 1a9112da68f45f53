import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  isAppUrl,
  mimeTypeFor,
  registerAppScheme,
  resolveRendererPath,
} from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';

const root = path.resolve('/srv/avvik/dist/renderer');

describe('resolving app:// URLs to files of the built renderer', () => {
  it.each([
    ['app://avvik/', 'index.html'],
    ['app://avvik/index.html', 'index.html'],
    ['app://avvik/assets/index-3f9a.js', 'assets/index-3f9a.js'],
    ['app://avvik/assets/font%20file.ttf', 'assets/font file.ttf'],
    ['app://avvik/index.html?lang=nb#/incidents/1', 'index.html'],
    ['app://avvik/incidents/42', 'index.html'],
  ])('serves %s from %s', (url, file) => {
    expect(resolveRendererPath(url, root)).toEqual({
      ok: true,
      filePath: path.join(root, ...file.split('/')),
    });
  });

  it.each([
    ['parent segments', 'app://avvik/../../etc/passwd'],
    ['parent segments deeper in', 'app://avvik/assets/../../../etc/passwd'],
    ['encoded dots', 'app://avvik/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://avvik/%2E%2E/secret'],
    ['half-encoded dots', 'app://avvik/.%2e/secret'],
    ['encoded slashes', 'app://avvik/assets/..%2f..%2fsecret'],
    ['an encoded absolute path', 'app://avvik/%2Fetc%2Fpasswd'],
    ['encoded backslashes', 'app://avvik/..%5c..%5cWindows%5cwin.ini'],
    ['raw backslashes', 'app://avvik/assets\\..\\..\\secret'],
    ['an absolute path', 'app://avvik//etc/passwd'],
    ['a drive letter', 'app://avvik/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://avvik/C%3A/Windows/win.ini'],
    ['a null byte', 'app://avvik/index.html%00.png'],
    ['a single-dot segment', 'app://avvik/./index.html'],
    ['an empty segment', 'app://avvik/assets//index.js'],
    ['another host', 'app://evil/index.html'],
    ['credentials', 'app://user:pw@avvik/index.html'],
    ['another scheme', 'file:///etc/passwd'],
  ])('refuses %s with 403', (_name, url) => {
    expect(resolveRendererPath(url, root)).toEqual({ ok: false, status: 403 });
  });

  it('answers 404 for a path that cannot be decoded', () => {
    expect(resolveRendererPath('app://avvik/assets/%E0%A4%A.js', root)).toEqual({ ok: false, status: 404 });
  });

  it('never resolves anything outside the renderer, whatever follows app://avvik/', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '..',
            '.',
            '%2e',
            '%2E',
            '%2f',
            '%5c',
            '/',
            '\\',
            '%00',
            'a',
            'index.html',
            ':',
            'C:',
            '%',
            '~',
          ),
          {
            maxLength: 12,
          },
        ),
        (parts) => {
          const resolved = resolveRendererPath(`app://avvik/${parts.join('')}`, root);
          if (!resolved.ok) return true;
          const fromRoot = path.relative(root, resolved.filePath);
          return fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the app:// protocol handler', () => {
  let base: string;
  let rendererRoot: string;
  const handler = (root: string) =>
    createAppProtocolHandler({ rendererRoot: root, readFile: (filePath) => readFile(filePath), realpath });
  const get = (url: string, method = 'GET') => handler(rendererRoot)({ method, url });

  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'avvik-protocol-'));
    rendererRoot = path.join(base, 'renderer');
    mkdirSync(path.join(rendererRoot, 'assets'), { recursive: true });
    writeFileSync(path.join(rendererRoot, 'index.html'), '<!doctype html><title>Avvik</title>');
    writeFileSync(path.join(rendererRoot, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(path.join(rendererRoot, 'assets', 'index.css'), 'body{}');
    mkdirSync(path.join(rendererRoot, 'assets', 'fonts.d'));
    // A file next to the renderer that no URL may reach.
    writeFileSync(path.join(base, 'secret.txt'), 'secret');
    // Links inside the renderer that lead out of it, to a file and to a folder.
    symlinkSync(path.join(base, 'secret.txt'), path.join(rendererRoot, 'assets', 'leak.txt'));
    symlinkSync(base, path.join(rendererRoot, 'outside'), 'dir');
    // A link that stays inside, and the whole renderer reached through a link.
    symlinkSync(path.join(rendererRoot, 'assets', 'index.js'), path.join(rendererRoot, 'assets', 'alias.js'));
    symlinkSync(rendererRoot, path.join(base, 'renderer-link'), 'dir');
  });

  it.each([
    ['a linked file', 'app://avvik/assets/leak.txt'],
    ['a file in a linked folder', 'app://avvik/outside/secret.txt'],
  ])('refuses %s that leads out of the renderer', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it('serves a link that stays inside, and a renderer that is itself reached through a link', async () => {
    expect(await (await get('app://avvik/assets/alias.js')).text()).toBe('console.log(1)');
    const linked = handler(path.join(base, 'renderer-link'));
    const response = await linked({ method: 'GET', url: 'app://avvik/assets/index.js' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves the app page as HTML with the CSP and nosniff', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Avvik</title>');
  });

  it('serves scripts and styles with their MIME types', async () => {
    expect((await get('app://avvik/assets/index.js')).headers.get('Content-Type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://avvik/assets/index.css')).headers.get('Content-Type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'])('answers %s with 405', async (method) => {
    const response = await get(APP_ENTRY_URL, method);
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET');
  });

  it('answers 404 for a file that is not there, and for a folder', async () => {
    expect((await get('app://avvik/assets/missing.js')).status).toBe(404);
    expect((await get('app://avvik/assets/fonts.d')).status).toBe(404);
  });

  it('cannot be made to read the file next to the renderer', async () => {
    for (const url of [
      'app://avvik/../secret.txt',
      'app://avvik/%2e%2e/secret.txt',
      'app://avvik/..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('puts the CSP on refusals too', async () => {
    expect((await get('app://avvik/../x')).headers.get('Content-Security-Policy')).toBe(
      CONTENT_SECURITY_POLICY,
    );
  });
});

describe('MIME types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.JSON', 'application/json; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['font.ttf', 'font/ttf'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['a.wasm', 'application/wasm'],
    ['unknown.xyz', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('the app scheme', () => {
  it('is registered as standard and secure, with fetch', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
  });

  it('recognises our own URLs only', () => {
    expect(isAppUrl('app://avvik/index.html')).toBe(true);
    expect(isAppUrl('app://avvik')).toBe(true);
    expect(isAppUrl('app://avvik.evil/index.html')).toBe(false);
    expect(isAppUrl('https://avvik/index.html')).toBe(false);
    expect(isAppUrl('app://x@avvik/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
