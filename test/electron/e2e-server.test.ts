import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseHeaders } from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { startStaticServer } from '../../scripts/static-server.mjs';

// The end-to-end tests run the renderer from a loopback server. It must send what the desktop app
// sends, so a page that breaks the app's policy breaks in the tests too.

describe('the server the end-to-end tests use', () => {
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'avvik-e2e-server-'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Avvik</title>');
    writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
    server = await startStaticServer(root);
  });
  afterAll(() => server.close());

  const headersOf = (response: Response) =>
    Object.fromEntries(
      [...response.headers.entries()].filter(
        ([name]) =>
          !['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'].includes(name),
      ),
    );
  const lowerCase = (headers: Record<string, string>) =>
    Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

  it('serves the page with the headers and the CSP of the app:// protocol', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(headersOf(response)).toEqual(lowerCase(responseHeaders('text/html; charset=utf-8')));
  });

  it('serves scripts the same way, and puts the CSP on a miss too', async () => {
    expect(headersOf(await fetch(`${server.url}app.js`))).toEqual(
      lowerCase(responseHeaders('text/javascript; charset=utf-8')),
    );
    const missing = await fetch(`${server.url}missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves nothing outside its folder', async () => {
    expect((await fetch(`${server.url}..%2f..%2fetc%2fpasswd`)).status).toBeGreaterThanOrEqual(400);
  });
});
