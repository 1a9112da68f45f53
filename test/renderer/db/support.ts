import { AvvikDb } from '../../../renderer/src/db/database';
import { openDatabase } from '../../../renderer/src/db/open';
import { createIncident, updateDetails, type WriteContext } from '../../../renderer/src/db/repository';
import { type Restorable } from '../../../renderer/src/db/restore';
import { protectProfile } from '../../../renderer/src/db/encryption/protection';
import { memoryKeyFileStore } from '../../../renderer/src/db/encryption/storage';
import { emptyTables, type Tables } from '../../../shared/incident/backup/format';

// Each test gets its own database name: fake-indexeddb keeps databases for the whole run.

let counter = 0;
export function uniqueName(label: string): string {
  return `avvik-db-${label}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function counterIds(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

/**
 * A new, empty record. Encrypted (a passphrase profile) unless `clear`: every repository, backup and
 * trust test then runs through the encryption middleware, as the app does.
 */
export async function openFresh(label: string, installation = 'inst-a', options: { clear?: boolean } = {}): Promise<AvvikDb> {
  const now = () => new Date('2026-03-01T00:00:00Z');
  const result = await openDatabase(uniqueName(label), { newId: () => installation, now });
  if (!result.ok) throw new Error(result.error.code);
  if (!options.clear) await protectProfile(result.db, { mode: 'passphrase', passphrase: 'test passphrase', iterations: 1000 }, memoryKeyFileStore(), now());
  return result.db;
}

export function writer(now = '2026-03-02T09:00:00.000Z', actor = 'Kari Nordmann', prefix = 'id'): WriteContext & { tick(minutes?: number): void } {
  let clock = Date.parse(now);
  const ctx = {
    now: new Date(clock),
    actor,
    newId: counterIds(prefix),
    tick(minutes = 1) {
      clock += minutes * 60_000;
      ctx.now = new Date(clock);
    },
  };
  return ctx;
}

/** Everything stored, every table, for "nothing changed" comparisons. */
export async function snapshot(db: AvvikDb) {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.parse(JSON.stringify(Object.fromEntries(tables))) as unknown;
}

/** The record as another installation holds it: the history and what it projects to, not whose machine it is. */
export async function record(db: AvvikDb) {
  const [events, subjects, incidents, notifications, settings] = await Promise.all([db.events.toArray(), db.subjects.toArray(), db.incidents.toArray(), db.notifications.toArray(), db.settings.toArray()]);
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const organisation = settings.map(({ installationId: _i, updatedAt: _u, ...rest }) => rest);
  return JSON.parse(JSON.stringify({ events: byId(events), subjects: byId(subjects), incidents: byId(incidents), notifications: byId(notifications), organisation })) as unknown;
}

/**
 * A record whose history forks its twin's: a copy of the same installation (its profile, key and
 * all, copied to another disk) took a different turn, so each holds another event at the same
 * chain position.
 */
export async function forkedTwins(label: string): Promise<{ db: AvvikDb; twin: AvvikDb }> {
  const db = await openFresh(label);
  const { id } = await createIncident(db, { title: 'Tapt minnepenn', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' }, writer());
  const twin = new AvvikDb(uniqueName(`${label}-twin`));
  await twin.open();
  for (const table of db.tables) await twin.table(table.name).bulkPut(await table.toArray());
  await updateDetails(twin, id, { description: 'Tvillingens versjon' }, { ...writer('2026-03-05T00:00:00.000Z'), newId: () => 'twin-event' });
  await updateDetails(db, id, { description: 'Vår versjon' }, writer('2026-03-04T00:00:00.000Z', 'Kari', 'ours'));
  return { db, twin };
}

/** Everything a read file holds, its batches put back together (the keys once). */
export async function contentOf(read: Restorable): Promise<Tables> {
  const tables = emptyTables();
  for await (const batch of read.batches()) {
    for (const name of ['events', 'heads', 'subjects', 'attachmentFiles'] as const) (tables[name] as unknown[]).push(...batch.tables[name]);
    tables.installations = batch.tables.installations;
  }
  return tables;
}
