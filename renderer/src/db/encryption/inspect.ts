import type { Protection } from './keyFile';

// The look at the record taken before anything else: main.tsx starts it with the page, so the
// browser's first (slow) opening of its IndexedDB runs while the record's code is still being
// fetched. Kept apart from protection.ts, whose ciphers the page's first chunk must not carry.

/** The record's database, unless a test or a second profile names another. */
export const DEFAULT_DB_NAME = 'avvik';

export const PROTECTION_ID = 'protection';

export interface ProtectionRecord {
  id: typeof PROTECTION_ID;
  mode: 'none' | Protection;
  decidedAt: string;
  vaultId: string | null;
  /** The data key's seal over the vault id: tells at unlock that a key file belongs to this database. */
  check: Uint8Array | null;
}

export interface Inspection {
  version: number;
  protection: ProtectionRecord | null;
}

/**
 * A look at a database without opening it through Dexie and without changing it: its IndexedDB
 * version and its protection record. A database that does not exist is not created.
 */
export function inspectDatabase(name: string, factory: IDBFactory = indexedDB): Promise<Inspection> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const idb = request.result;
      const version = idb.version;
      if (!idb.objectStoreNames.contains('vault')) {
        idb.close();
        resolve({ version, protection: null });
        return;
      }
      const get = idb.transaction('vault', 'readonly').objectStore('vault').get(PROTECTION_ID);
      get.onsuccess = () => {
        idb.close();
        resolve({ version, protection: (get.result as ProtectionRecord | undefined) ?? null });
      };
      get.onerror = () => {
        idb.close();
        reject(get.error ?? new Error('IndexedDB read failed'));
      };
    };
    request.onerror = (event) => {
      if (created) {
        event.preventDefault();
        resolve({ version: 0, protection: null });
      } else reject(request.error ?? new Error('IndexedDB open failed'));
    };
  });
}
