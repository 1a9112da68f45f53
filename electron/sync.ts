// What the desktop app keeps of team sync outside the page: the one server a page may reach (for
// the CSP and the network block, electron/csp.ts and remote-content.ts) and the credentials,
// encrypted with the OS keychain (Electron safeStorage: Keychain, DPAPI, libsecret/kwallet). The
// renderer never sees the keychain; it asks through the bridge, one function per use.

import { serverOrigin } from '../shared/sync/config';
import type { SyncSecretResult, SyncServerResult, SyncDoneResult, SyncTestRequest, SyncTestResult } from '../shared/bridge';
import { testConnection } from '../shared/sync/connection';

export const SYNC_SERVER_FILE = 'sync-server.json';
export const SYNC_SECRET_FILE = 'sync-secret.bin';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

export interface SyncStoreDeps {
  safeStorage: SafeStorageLike;
  readFile(name: string): Buffer | null;
  writeFile(name: string, data: Buffer | string): void;
  removeFile(name: string): void;
}

export interface SyncStore {
  /** The server pages may reach, or null: then no request leaves the app at all. */
  origin(): string | null;
  setServer(origin: string | null): SyncServerResult;
  saveSecret(secret: string): SyncDoneResult;
  loadSecret(): SyncSecretResult;
  forgetSecret(): SyncDoneResult;
}

export function createSyncStore(deps: SyncStoreDeps): SyncStore {
  let origin: string | null = null;
  try {
    const saved = JSON.parse(deps.readFile(SYNC_SERVER_FILE)?.toString('utf8') ?? 'null') as { origin?: unknown } | null;
    const checked = typeof saved?.origin === 'string' ? serverOrigin(saved.origin) : null;
    // A file edited to name anything but a server origin allows nothing.
    origin = checked?.ok && checked.origin === saved?.origin ? checked.origin : null;
  } catch {
    origin = null;
  }
  return {
    origin: () => origin,
    setServer(next) {
      if (next !== null) {
        const checked = serverOrigin(next);
        if (!checked.ok || checked.origin !== next) return { ok: false, reason: 'invalid', message: `not a server origin: ${checked.ok ? checked.origin : checked.problem}` };
      }
      // The page's policy is fixed when it loads: a new server needs the window reloaded.
      const reload = next !== origin;
      origin = next;
      if (next === null) deps.removeFile(SYNC_SERVER_FILE);
      else deps.writeFile(SYNC_SERVER_FILE, JSON.stringify({ origin: next }));
      return { ok: true, reload };
    },
    saveSecret(secret) {
      if (!deps.safeStorage.isEncryptionAvailable()) return { ok: false, reason: 'failed', message: 'the OS keychain is not available' };
      deps.writeFile(SYNC_SECRET_FILE, deps.safeStorage.encryptString(secret));
      return { ok: true };
    },
    loadSecret() {
      const data = deps.readFile(SYNC_SECRET_FILE);
      if (!data) return { ok: true, secret: null };
      if (!deps.safeStorage.isEncryptionAvailable()) return { ok: false, reason: 'failed', message: 'the OS keychain is not available' };
      try {
        return { ok: true, secret: deps.safeStorage.decryptString(data) };
      } catch (error) {
        return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
    },
    forgetSecret() {
      deps.removeFile(SYNC_SECRET_FILE);
      return { ok: true };
    },
  };
}

/**
 * Tests a connection for Settings before the server is allowed: the page may reach only the server
 * already allowed, so the test is made here, with Node's fetch, to the one server the user typed.
 * A redirect fails the test: the answer must come from that server.
 */
export function testSyncServer(request: SyncTestRequest, fetcher: typeof fetch = fetch): Promise<SyncTestResult> {
  return testConnection(request, request.authorization, (url, headers) => fetcher(url, { headers, redirect: 'error' }));
}
