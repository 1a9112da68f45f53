import type { AvvikDb } from '../database';
import { EPOCH_ID_BYTES, KEY_BYTES, randomBytes, toHex } from './envelope';
import { resealTables } from './reseal';

// Crypto-shredding (docs/encryption-at-rest.md). Every person row is sealed under a key of its
// own, wrapped by the key of the current erasure epoch. Erasing people:
//   1. a new epoch becomes current; the key file holds the old and the new epoch's keys;
//   2. the people's rows are deleted (and the upgrade backups that hold them);
//   3. every remaining person row is sealed afresh, under new person keys wrapped by the new epoch;
//   4. the key file is replaced by one without the old epoch, and its key is wiped from memory.
// After 4 the old epoch's key exists nowhere: a deleted row that IndexedDB still keeps in an old
// block of its files can no longer be opened, with the passphrase or the keychain or without.
// A crash between 1 and 4 leaves both epochs in the key file: the next unlock finishes 3 and 4.

/** Step 1. */
export async function beginErasure(db: AvvikDb): Promise<void> {
  const keys = db.cipher.keys;
  if (!keys) return;
  const epoch = toHex(randomBytes(EPOCH_ID_BYTES));
  await db.cipher.replaceKeys({ ...keys, epochs: new Map([...keys.epochs, [epoch, randomBytes(KEY_BYTES)]]), currentEpoch: epoch });
}

/** Steps 3 and 4; nothing to do when only one epoch is left. */
export async function finishErasure(db: AvvikDb): Promise<void> {
  const keys = db.cipher.keys;
  if (!keys || keys.epochs.size <= 1) return;
  const people = [db.subjects, db.migrationBackups];
  await db.transaction('rw', people, () => resealTables(people));
  const current = keys.epochs.get(keys.currentEpoch)!;
  const old = [...keys.epochs].filter(([id]) => id !== keys.currentEpoch).map(([, key]) => key);
  await db.cipher.replaceKeys({ ...keys, epochs: new Map([[keys.currentEpoch, current]]) });
  for (const key of old) key.fill(0);
}

/** Runs an erasure between steps 1 and 3–4. In a clear profile the rows are only deleted. */
export async function withErasure<T>(db: AvvikDb, erase: () => Promise<T>): Promise<T> {
  await beginErasure(db);
  try {
    return await erase();
  } finally {
    await finishErasure(db);
  }
}

/**
 * An upgrade backup holds every person of its time: one that holds an erased person goes with them
 * (Art. 17), or the erasure would not be one.
 */
export async function dropBackupsHolding(db: AvvikDb, subjectIds: readonly string[]): Promise<number> {
  if (subjectIds.length === 0) return 0;
  return db.migrationBackups.filter((backup) => subjectIds.some((id) => backup.text.includes(id))).delete();
}
