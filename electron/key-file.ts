// The profile's key file (docs/encryption-at-rest.md) in the app's userData folder. With the OS
// keychain (Electron safeStorage: Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux)
// the main process seals the file, so the keys are bound to this user on this machine; without it
// the renderer has already sealed the file with the user's passphrase and it is stored as given.
// Linux's 'basic_text' backend encrypts with a key written in Chromium's source: it protects
// nothing, so it does not count as a keychain here.
//
// On disk: 'K' + safeStorage(base64(bytes)) | 'P' + bytes. The file is replaced whole (written
// beside, flushed, renamed over), so a crash leaves the old file or the new one, never half.

import type { KeychainStatus, ReadKeyFileResult, WriteKeyFileRequest, WriteKeyFileResult } from '../shared/bridge';

export const KEY_FILE_NAME = 'avvik-keys.bin';

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export interface KeyFileDeps {
  safeStorage: SafeStorageLike;
  platform: string;
  /** The file's path (in userData). */
  filePath(): string;
  /** The file's bytes, or null when there is none. */
  readFile(path: string): Promise<Uint8Array | null>;
  /** Replaces the file whole: written beside it, flushed, then renamed over it. */
  replaceFile(path: string, bytes: Uint8Array): Promise<void>;
}

const SEALED = 0x4b; // 'K'
const AS_GIVEN = 0x50; // 'P'

function failed(error: unknown): { ok: false; reason: 'failed'; message: string } {
  return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) };
}

export function keychainUsable(deps: Pick<KeyFileDeps, 'safeStorage' | 'platform'>): boolean {
  if (!deps.safeStorage.isEncryptionAvailable()) return false;
  if (deps.platform !== 'linux') return true;
  const backend = deps.safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
  return backend !== 'basic_text' && backend !== 'unknown';
}

export function createKeyFileHandlers(deps: KeyFileDeps) {
  return {
    keychainStatus(): KeychainStatus {
      try {
        return { ok: true, available: keychainUsable(deps) };
      } catch (error) {
        return failed(error);
      }
    },
    async readKeyFile(): Promise<ReadKeyFileResult> {
      try {
        const stored = await deps.readFile(deps.filePath());
        if (stored === null) return { ok: true, bytes: null };
        const body = Buffer.from(stored.subarray(1));
        if (stored[0] === AS_GIVEN) return { ok: true, bytes: new Uint8Array(body) };
        if (stored[0] !== SEALED) return { ok: false, reason: 'failed', message: 'the key file is not one Avvik wrote' };
        if (!keychainUsable(deps)) return { ok: false, reason: 'failed', message: 'the OS keychain is not available to unseal the key file' };
        return { ok: true, bytes: new Uint8Array(Buffer.from(deps.safeStorage.decryptString(body), 'base64')) };
      } catch (error) {
        return failed(error);
      }
    },
    async writeKeyFile(request: WriteKeyFileRequest): Promise<WriteKeyFileResult> {
      try {
        let stored: Uint8Array;
        if (request.keychain) {
          if (!keychainUsable(deps)) return { ok: false, reason: 'failed', message: 'the OS keychain is not available' };
          const sealed = deps.safeStorage.encryptString(Buffer.from(request.bytes).toString('base64'));
          stored = Buffer.concat([Buffer.from([SEALED]), sealed]);
        } else stored = Buffer.concat([Buffer.from([AS_GIVEN]), Buffer.from(request.bytes)]);
        await deps.replaceFile(deps.filePath(), stored);
        return { ok: true };
      } catch (error) {
        return failed(error);
      }
    },
  };
}
