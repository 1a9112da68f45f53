import { afterEach, beforeEach } from 'vitest';
import type { AvvikDb } from '../../renderer/src/db/database';
import { authorizationHeader, testConnection } from '../../renderer/src/sync/connection';
import { SyncEngine, type SyncStatus } from '../../renderer/src/sync/engine';
import { pouchFactory, type PouchConstructor, type PouchFactory } from '../../renderer/src/sync/pouch';
import { memoryPouchDB, startSyncServer, type RunningSyncServer } from '../../scripts/sync-server.mjs';
import { openFresh } from '../renderer/db/support';

// Installations of a team in one test process: each its own Avvik database (fake-indexeddb) and
// its own PouchDB (memory; the app uses IndexedDB through the same factory), all syncing with a
// CouchDB-compatible server on 127.0.0.1 that the test starts and stops.

let pouchCounter = 0;
/** A PouchDB namespace of its own per installation: memdown keeps databases by name. */
export function memoryPouch(): PouchFactory {
  const Pouch = memoryPouchDB() as PouchConstructor;
  const factory = pouchFactory(Pouch, 'memory');
  const prefix = `laptop-${++pouchCounter}-`;
  return { ...factory, local: (name) => factory.local(`${prefix}${name}`) };
}

export const TEAM = [
  { name: 'kari', password: 'kari-pw', roles: ['avvik-lead'] },
  { name: 'per', password: 'per-pw', roles: ['avvik-dpo'] },
  { name: 'ola', password: 'ola-pw', roles: ['avvik-management'] },
];

export function startTeamServer(): Promise<RunningSyncServer> {
  return startSyncServer({ users: TEAM });
}

export interface Laptop {
  db: AvvikDb;
  engine: SyncEngine;
  statuses: SyncStatus[];
  stop(): Promise<void>;
}

export async function laptop(server: RunningSyncServer, user: (typeof TEAM)[number], installation: string, pouch: PouchFactory = memoryPouch()): Promise<Laptop> {
  const db = await openFresh(`sync-${user.name}`, installation);
  return connect(server, user, db, pouch);
}

/** Starts syncing `db` as `user`, after the same connection test the app runs. */
export async function connect(server: RunningSyncServer, user: (typeof TEAM)[number], db: AvvikDb, pouch: PouchFactory = memoryPouch()): Promise<Laptop> {
  const config = { server: server.url, team: 'avvik' };
  const authorization = authorizationHeader({ kind: 'password', user: user.name, password: user.password });
  const tested = await testConnection(config, authorization);
  if (!tested.ok) throw new Error(`connection test failed: ${tested.problem}`);
  const statuses: SyncStatus[] = [];
  const engine = new SyncEngine({ db, pouch, config, authorization, access: tested.access, now: () => new Date(), onStatus: (s) => statuses.push(s), maxBackOff: 500 });
  await engine.start();
  return { db, engine, statuses, stop: () => engine.stop() };
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function eventually<T>(what: string, check: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * A team server started before each test of the file and closed after it, with the laptops the test
 * connected (pushed to `laptops`) stopped first.
 */
export function serverPerTest(): { server: () => RunningSyncServer; laptops: Laptop[] } {
  let server: RunningSyncServer | null = null;
  const laptops: Laptop[] = [];
  beforeEach(async () => {
    server = await startTeamServer();
  });
  afterEach(async () => {
    for (const l of laptops.splice(0)) await l.stop();
    await server?.close();
  });
  return { server: () => server!, laptops };
}
