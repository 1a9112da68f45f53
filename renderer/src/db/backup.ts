import Dexie from 'dexie';
import type { AvvikDb } from './database';
import type { Digest } from '../../../shared/chain';
import { importFailure, type ImportResult } from '../../../shared/incident/backup/errors';
import type { Tables } from '../../../shared/incident/backup/format';
import { erasedIn, planMerge, type MergeCount, type LocalState } from '../../../shared/incident/backup/merge';
import { parseBackup } from '../../../shared/incident/backup/parse';
import type { TextSource } from '../../../shared/incident/backup/lines';
import { serializeBackup } from '../../../shared/incident/backup/serialize';
import type { TableName } from '../../../shared/incident/backup/format';
import { backupFileName } from './migrations';

// Backup of everything (docs/backup-format.md). Export reads one consistent snapshot; import checks
// the whole file in shared/ first, then merges in ONE transaction: if anything fails, nothing is
// written.

export interface BackupOptions {
  now: Date;
  digest?: Digest;
  appVersion?: string;
}

export interface BackupFile {
  name: string;
  /** The file's text in pieces: `new Blob(chunks)`, or join them. */
  chunks: string[];
  counts: Record<TableName, number>;
}

export async function readAllTables(db: AvvikDb): Promise<Tables> {
  return db.transaction('r', [db.settings, db.incidents, db.events, db.subjects, db.notifications], async () => ({
    settings: await db.settings.toArray(),
    incidents: await db.incidents.toArray(),
    events: await db.events.toArray(),
    subjects: await db.subjects.toArray(),
    notifications: await db.notifications.toArray(),
  }));
}

export async function exportBackup(db: AvvikDb, options: BackupOptions): Promise<BackupFile> {
  const tables = await readAllTables(db);
  const settings = tables.settings[0];
  const chunks = await serializeBackup(
    { ...tables },
    {
      exportedAt: options.now.toISOString(),
      installationId: settings?.installationId ?? 'unknown',
      appVersion: options.appVersion ?? db.deps.appVersion,
      reason: 'user',
    },
    options.digest ?? db.deps.digest,
  );
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])) as Record<TableName, number>;
  return { name: backupFileName('avvik-backup', options.now), chunks, counts };
}

export type ImportSummary = Record<TableName, MergeCount>;

/** What is stored locally for the incoming ids: all a merge decision needs. */
async function localStateFor(db: AvvikDb, incoming: Tables): Promise<LocalState> {
  const [incidents, subjects, notifications] = await Promise.all([
    db.incidents.bulkGet(incoming.incidents.map((r) => r.id)),
    db.subjects.bulkGet(incoming.subjects.map((r) => r.id)),
    db.notifications.bulkGet(incoming.notifications.map((r) => r.id)),
  ]);
  // Most incoming events are new: look up only those whose id is already here.
  const localIds = new Set(await db.events.toCollection().primaryKeys());
  const known = incoming.events.filter((event) => localIds.has(event.id)).map((event) => event.id);
  const knownEvents = await db.events.bulkGet(known);
  const erasures = await db.events.where('kind').equals('subjects-erased').toArray();
  const byId = <T extends { id: string }>(rows: (T | undefined)[]) => new Map(rows.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));
  return {
    settings: (await db.settings.toArray())[0] ?? null,
    incidents: byId(incidents),
    eventHashes: new Map(knownEvents.filter((e) => e !== undefined).map((e) => [e.id, e.hash])),
    subjects: byId(subjects),
    notifications: byId(notifications),
    erasedSubjectIds: erasedIn(erasures),
  };
}

/** Merges validated tables by id in one transaction. A chain fork (same position, other event) is a conflict. */
export async function mergeTables(db: AvvikDb, incoming: Tables): Promise<ImportResult<ImportSummary>> {
  try {
    return await db.transaction('rw', [db.settings, db.incidents, db.events, db.subjects, db.notifications], async () => {
      const plan = planMerge(incoming, await localStateFor(db, incoming));
      if (!plan.ok) return plan;
      const { put } = plan.value;
      await db.events.bulkAdd(put.events);
      await db.incidents.bulkPut(put.incidents);
      await db.subjects.bulkPut(put.subjects);
      await db.notifications.bulkAdd(put.notifications);
      if (put.settings[0]) await db.settings.put(put.settings[0]);
      return { ok: true as const, value: plan.value.counts };
    });
  } catch (error) {
    // The unique chain-position index refused an event: two histories claim the same link.
    if (error instanceof Dexie.BulkError || (error instanceof Error && error.name === 'ConstraintError')) {
      return { ok: false, error: importFailure('conflict', error.message) };
    }
    throw error;
  }
}

/**
 * Checks the whole backup, then merges it. On any failure the database is unchanged. Pass the
 * file's text, or for a very large file its text as a stream (`file.stream()` through a
 * TextDecoderStream): JavaScript strings stop at about 512 MiB.
 */
export async function importBackup(db: AvvikDb, source: TextSource, options: { digest?: Digest } = {}): Promise<ImportResult<ImportSummary>> {
  const parsed = await parseBackup(source, options.digest ?? db.deps.digest);
  if (!parsed.ok) return parsed;
  return mergeTables(db, parsed.value.tables);
}

export async function listMigrationBackups(db: AvvikDb) {
  return db.migrationBackups.orderBy('createdAt').reverse().toArray();
}
