import type { Page } from 'playwright-core';

// A profile as an older Avvik left it, written with raw IndexedDB at the app's origin before the
// app is loaded there: the app then finds an old database and has to upgrade it itself, in real
// Chromium, where a transaction that waits on anything but its own requests is committed.

export interface OldDatabase {
  name: string;
  /** Dexie's version number (IndexedDB's is ten times it). */
  version: number;
  /** The schema as that version declared it to Dexie (e.g. STORES_V2). */
  stores: Record<string, string>;
  /** The rows of each table, as plain values. */
  rows: Record<string, unknown[]>;
  /**
   * The installation's signing key (from version 3 on), stored as the app stores its own: a
   * CryptoKey that cannot be read out, imported here from its PKCS #8 bytes.
   */
  installationKey?: { installationId: string; publicKey: string; pkcs8: number[] };
}

/**
 * Writes `old` into the browser's IndexedDB at `origin`, from a page of that origin that runs none
 * of the app (the static server's "not found" page), so nothing of the app opens the database first.
 */
export async function leaveOldDatabase(page: Page, origin: string, old: OldDatabase): Promise<void> {
  await page.goto(`${origin}/before-avvik`);
  await page.evaluate(
    async ({ name, version, stores, rows, installationKey }) => {
      const keys = installationKey
        ? [
            {
              id: 'installation',
              installationId: installationKey.installationId,
              publicKey: installationKey.publicKey,
              privateKey: await crypto.subtle.importKey('pkcs8', new Uint8Array(installationKey.pkcs8), { name: 'Ed25519' }, false, ['sign']),
            },
          ]
        : [];
      const tables = keys.length > 0 ? { ...rows, keys } : rows;
      await new Promise<void>((resolve, reject) => {
        // Dexie's schema syntax: the first entry is the primary key; '&' unique, '*' multi-entry,
        // '[a+b]' compound; an index is named as it is written, without its marks.
        const parse = (spec: string) => {
          const name = spec.replace(/^(\+\+|&|\*)/, '');
          return {
            name,
            keyPath: name.startsWith('[') ? name.slice(1, -1).split('+') : name,
            unique: spec.startsWith('&'),
            multiEntry: spec.startsWith('*'),
            autoIncrement: spec.startsWith('++'),
          };
        };
        const request = indexedDB.open(name, version * 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          for (const [table, schema] of Object.entries(stores)) {
            const [primary, ...indexes] = schema.split(',').map((part) => parse(part.trim()));
            const store = db.createObjectStore(table, { keyPath: primary!.name === '' ? undefined : primary!.keyPath, autoIncrement: primary!.autoIncrement });
            for (const index of indexes) store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
          }
        };
        request.onerror = () => reject(request.error ?? new Error('could not create the old database'));
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [table, values] of Object.entries(tables)) for (const value of values) tx.objectStore(table).add(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('could not write the old rows'));
        };
      });
    },
    old,
  );
}

/** The IndexedDB version of a database of the page's origin, read without opening it (0 if there is none). */
export async function databaseVersion(page: Page, name: string): Promise<number> {
  return page.evaluate(async (wanted) => (await indexedDB.databases()).find((db) => db.name === wanted)?.version ?? 0, name);
}
