import { getBridge } from '../../platform';
import type { Protection } from './keyFile';

// Where the key file lives. Not in IndexedDB: it is replaced at every erasure, and IndexedDB
// (LevelDB in Chromium) keeps what it replaced in its log and tables until it compacts them, so an
// erasure epoch's key written there could be read back after the erasure.
//  - desktop: a file in the app's userData folder, written by the main process (the OS keychain
//    seals it when the profile uses the keychain), replaced whole with a rename;
//  - browser: a file in the origin private file system, replaced whole (Chromium writes a swap file
//    and moves it over the old one).

export interface KeyFileStore {
  readonly where: 'desktop' | 'browser' | 'memory';
  /** Whether the OS keychain can protect the file (only the desktop app, with a real keychain). */
  keychainAvailable(): Promise<boolean>;
  read(): Promise<Uint8Array | null>;
  write(bytes: Uint8Array, protection: Protection): Promise<void>;
}

class KeyFileError extends Error {
  override name = 'KeyFileError';
}

function desktopStore(): KeyFileStore | null {
  const bridge = getBridge();
  if (!bridge) return null;
  return {
    where: 'desktop',
    async keychainAvailable() {
      const status = await bridge.keychainStatus();
      return status.ok && status.available;
    },
    async read() {
      const result = await bridge.readKeyFile();
      if (!result.ok) throw new KeyFileError(result.message);
      return result.bytes;
    },
    async write(bytes, protection) {
      const result = await bridge.writeKeyFile({ bytes, keychain: protection === 'keychain' });
      if (!result.ok) throw new KeyFileError(result.message);
    },
  };
}

function browserStore(fileName: string): KeyFileStore | null {
  const storage = globalThis.navigator?.storage;
  if (!storage || typeof storage.getDirectory !== 'function') return null;
  return {
    where: 'browser',
    keychainAvailable: () => Promise.resolve(false),
    async read() {
      const root = await storage.getDirectory();
      try {
        const file = await (await root.getFileHandle(fileName)).getFile();
        return new Uint8Array(await file.arrayBuffer());
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotFoundError') return null;
        throw error;
      }
    },
    async write(bytes) {
      const root = await storage.getDirectory();
      const handle = await root.getFileHandle(fileName, { create: true });
      const writable = await handle.createWritable();
      await writable.write(bytes as Uint8Array<ArrayBuffer>);
      await writable.close();
    },
  };
}

/** The key file store of this runtime for the database `name`; null when there is none (then only a clear profile). */
export function keyFileStore(name: string): KeyFileStore | null {
  return desktopStore() ?? browserStore(`${name}.avvik-keys`);
}

/** For tests: a store in memory that keeps every version written, as a disk might. */
export function memoryKeyFileStore(options: { keychain?: boolean } = {}): KeyFileStore & { written: Uint8Array[] } {
  const written: Uint8Array[] = [];
  return {
    where: 'memory',
    written,
    keychainAvailable: () => Promise.resolve(options.keychain ?? false),
    read: () => Promise.resolve(written.at(-1)?.slice() ?? null),
    write(bytes) {
      written.push(bytes.slice());
      return Promise.resolve();
    },
  };
}
