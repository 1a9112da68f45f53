import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, withContentSecurityPolicy, withSyncOriginInPage } from '../../electron/csp';
import { isSyncServerRequest } from '../../electron/remote-content';
import { createSyncStore, SYNC_SECRET_FILE, SYNC_SERVER_FILE, testSyncServer, type SafeStorageLike } from '../../electron/sync';
import { bridgeRoutes, type BridgeHandlers } from '../../electron/ipc';

// Team sync in the desktop app: exactly the configured server may be reached, and the credentials
// live encrypted by the OS keychain, never in the page's storage.

function fakeDisk() {
  const files = new Map<string, Buffer>();
  return {
    files,
    readFile: (name: string) => files.get(name) ?? null,
    writeFile: (name: string, data: Buffer | string) => void files.set(name, Buffer.from(data)),
    removeFile: (name: string) => void files.delete(name),
  };
}
const keychain: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a)),
  decryptString: (data) => Buffer.from([...data].map((b) => b ^ 0x5a)).toString(),
};

describe('the one server a page may reach', () => {
  it('is nowhere in the policy while sync is off', () => {
    expect(contentSecurityPolicy(null)).not.toMatch(/https?:/);
    expect(isSyncServerRequest('https://couch.example.no/avvik-events', null)).toBe(false);
  });

  it('is exactly the configured origin: not another port, scheme or host', () => {
    const origin = 'https://couch.example.no';
    expect(contentSecurityPolicy(origin)).toContain("connect-src 'self' https://couch.example.no;");
    expect(withContentSecurityPolicy({}, origin)['Content-Security-Policy']).toEqual([contentSecurityPolicy(origin)]);
    expect(isSyncServerRequest('https://couch.example.no/avvik-events/_changes', origin)).toBe(true);
    expect(isSyncServerRequest('https://couch.example.no:8443/', origin)).toBe(false);
    expect(isSyncServerRequest('http://couch.example.no/', origin)).toBe(false);
    expect(isSyncServerRequest('https://couch.example.no.evil.example/', origin)).toBe(false);
    expect(isSyncServerRequest('https://user:pw@couch.example.no/', origin)).toBe(false);
  });

  it("goes into the page's own meta policy too, which would otherwise refuse it", () => {
    const html = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; connect-src 'self'; object-src 'none'" />`;
    expect(withSyncOriginInPage(html, 'https://couch.example.no')).toContain("connect-src 'self' https://couch.example.no;");
    expect(withSyncOriginInPage(html, null)).toBe(html);
  });

  it('is remembered across starts, and a file edited to allow anything else allows nothing', () => {
    const disk = fakeDisk();
    const store = createSyncStore({ safeStorage: keychain, ...disk });
    expect(store.origin()).toBeNull();
    expect(store.setServer('https://couch.example.no')).toEqual({ ok: true, reload: true });
    expect(store.setServer('https://couch.example.no')).toEqual({ ok: true, reload: false });
    expect(createSyncStore({ safeStorage: keychain, ...disk }).origin()).toBe('https://couch.example.no');
    disk.files.set(SYNC_SERVER_FILE, Buffer.from(JSON.stringify({ origin: 'http://evil.example' })));
    expect(createSyncStore({ safeStorage: keychain, ...disk }).origin()).toBeNull();
    expect(store.setServer('http://couch.example.no')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(store.setServer(null)).toEqual({ ok: true, reload: true });
    expect(disk.files.has(SYNC_SERVER_FILE)).toBe(false);
  });
});

describe('the sync credentials', () => {
  it('are kept encrypted by the OS keychain, and given back', () => {
    const disk = fakeDisk();
    const store = createSyncStore({ safeStorage: keychain, ...disk });
    expect(store.loadSecret()).toEqual({ ok: true, secret: null });
    store.saveSecret('{"kind":"password","user":"kari","password":"hemmelig"}');
    expect(disk.files.get(SYNC_SECRET_FILE)!.toString()).not.toContain('hemmelig');
    expect(store.loadSecret()).toEqual({ ok: true, secret: '{"kind":"password","user":"kari","password":"hemmelig"}' });
    store.forgetSecret();
    expect(disk.files.has(SYNC_SECRET_FILE)).toBe(false);
  });

  it('are never written in clear when the keychain is not there', () => {
    const disk = fakeDisk();
    const store = createSyncStore({ safeStorage: { ...keychain, isEncryptionAvailable: () => false }, ...disk });
    expect(store.saveSecret('secret')).toMatchObject({ ok: false, reason: 'failed' });
    expect(disk.files.size).toBe(0);
  });

  it('cross the bridge only as a checked payload', () => {
    const calls: unknown[] = [];
    const handlers = { setSyncServer: (o: unknown) => (calls.push(o), { ok: true, reload: false }), saveSyncSecret: (s: unknown) => (calls.push(s), { ok: true }) } as unknown as BridgeHandlers;
    const routes = bridgeRoutes(handlers);
    expect(routes.setSyncServer('javascript:alert(1)')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(routes.setSyncServer('http://couch.example.no')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(routes.saveSyncSecret('x'.repeat(20_000))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(routes.setSyncServer(null)).toEqual({ ok: true, reload: false });
    expect(calls).toEqual([null]);
  });
});

describe("the connection test made by the desktop app's main process", () => {
  const request = { server: 'https://couch.example.no', team: 'avvik', authorization: 'Basic a2FyaTpwdw==' };
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('asks the typed server who the user is and checks the team\'s rules, sending the header and following no redirect', async () => {
    const asked: [string, RequestInit | undefined][] = [];
    const fetcher = (async (url: string, init?: RequestInit) => {
      asked.push([url, init]);
      if (url.endsWith('/_session')) return json(200, { userCtx: { name: 'kari', roles: ['avvik-lead'] } });
      return json(404, { error: 'not_found' });
    }) as typeof fetch;
    expect(await testSyncServer(request, fetcher)).toEqual({ ok: false, problem: 'not-set-up' });
    expect(asked.map(([url]) => url)).toEqual(['https://couch.example.no/_session', 'https://couch.example.no/avvik-events/_design/avvik']);
    for (const [, init] of asked) {
      expect(init?.redirect).toBe('error');
      expect(init?.headers).toMatchObject({ authorization: request.authorization });
    }
  });

  it('says the server cannot be reached when the request fails', async () => {
    const fetcher = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    expect(await testSyncServer(request, fetcher)).toEqual({ ok: false, problem: 'unreachable' });
  });
});
