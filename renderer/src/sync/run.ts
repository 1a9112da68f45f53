import type { SyncConfig } from '../../../shared/sync/config';
import type { SyncAccess } from '../../../shared/sync/roles';
import type { AvvikDb } from '../db/database';
import { SyncEngine, type SyncStatus } from './engine';
import { browserPouch } from './pouch';

// The heavy part of sync (PouchDB, the engine), in a chunk of its own: loaded only once a server is
// configured, so with sync off not a line of it runs and no request is made.

export async function startEngine(db: AvvikDb, config: SyncConfig, authorization: string, access: SyncAccess, onStatus: (status: SyncStatus) => void): Promise<SyncEngine> {
  const engine = new SyncEngine({ db, pouch: await browserPouch(), config, authorization, access, now: () => new Date(), onStatus });
  await engine.start();
  return engine;
}
