import type { AvvikDb } from '../../../../renderer/src/db/database';
import { openDatabase } from '../../../../renderer/src/db/open';
import { RowCipher } from '../../../../renderer/src/db/encryption/cipher';
import { inspectDatabase, protectProfile, unlockKeys, applyUnlockedKeys } from '../../../../renderer/src/db/encryption/protection';
import { memoryKeyFileStore, type KeyFileStore } from '../../../../renderer/src/db/encryption/storage';
import { uniqueName } from '../support';

// Encrypted profiles for tests. The passphrase's PBKDF2 runs at a low count here to keep the suite
// fast; one test checks the app's own count (keyFile.test.ts).

export const PASSPHRASE = 'korrekt hest batteri stift';
export const TEST_ITERATIONS = 1000;
const NOW = () => new Date('2026-03-01T00:00:00Z');

export async function openEncrypted(label: string, options: { installation?: string; store?: ReturnType<typeof memoryKeyFileStore>; name?: string } = {}) {
  const name = options.name ?? uniqueName(label);
  const store = options.store ?? memoryKeyFileStore();
  const opened = await openDatabase(name, { newId: () => options.installation ?? 'inst-a', now: NOW });
  if (!opened.ok) throw new Error(opened.error.code);
  await protectProfile(opened.db, { mode: 'passphrase', passphrase: PASSPHRASE, iterations: TEST_ITERATIONS }, store, NOW());
  return { db: opened.db, name, store };
}

/** Opens an encrypted profile again as the app does after a restart: inspect, unlock, then open with the keys. */
export async function reopen(name: string, store: KeyFileStore, passphrase = PASSPHRASE): Promise<AvvikDb> {
  const { protection } = await inspectDatabase(name);
  if (!protection) throw new Error('no protection record');
  const unlocked = await unlockKeys(store, protection, passphrase);
  if (!unlocked.ok) throw new Error(unlocked.code);
  const cipher = new RowCipher();
  applyUnlockedKeys(cipher, store, unlocked);
  const opened = await openDatabase(name, { newId: () => 'inst-a', now: NOW, cipher });
  if (!opened.ok) throw new Error(opened.error.code);
  return opened.db;
}

/** The rows of a store exactly as IndexedDB holds them, below Dexie and the middleware. */
export function rawRows(name: string, store: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const idb = request.result;
      const all = idb.transaction(store, 'readonly').objectStore(store).getAll();
      all.onsuccess = () => {
        idb.close();
        resolve(all.result as Record<string, unknown>[]);
      };
      all.onerror = () => reject(all.error);
    };
    request.onerror = () => reject(request.error);
  });
}

/** Writes a row below Dexie, as someone with the files could. */
export function rawPut(name: string, store: string, row: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => {
      const idb = request.result;
      const tx = idb.transaction(store, 'readwrite');
      tx.objectStore(store).put(row);
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

/** Every string anywhere in a value, for "no clear text in the stored rows" checks. */
export function textIn(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v));
}
