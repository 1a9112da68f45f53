import type { Refusal } from '../../../shared/sync/incoming';
import type { AvvikDb, SyncStateRecord } from '../db/database';

// How far sync has read each server database, and what it refused there, kept in the record's own
// database: sealed by its encryption at rest like every row, dropped with the profile. Nothing of
// the sync is kept anywhere else on disk (the local PouchDB is in memory).

export type { SyncStateRecord };

export const loadSyncState = (db: AvvikDb, database: string): Promise<SyncStateRecord | undefined> => db.syncState.get(database);

export async function saveSyncState(db: AvvikDb, record: SyncStateRecord): Promise<void> {
  await db.syncState.put(record);
}

/** Keeps what was refused without moving where the server's feed is read from. */
export async function saveRefusals(db: AvvikDb, database: string, refused: Refusal[]): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    const kept = await db.syncState.get(database);
    if (kept) await db.syncState.put({ ...kept, refused });
  });
}

/** Forgets where every server database was read to: the next connection reads them from the start. */
export async function forgetSyncState(db: AvvikDb): Promise<void> {
  await db.syncState.clear();
}
