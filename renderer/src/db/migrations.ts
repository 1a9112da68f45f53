import Dexie, { type Transaction } from 'dexie';
import type { Digest } from '../../../shared/chain';
import { serializeBackup } from '../../../shared/incident/backup/serialize';
import { eventV1Schema, incidentV1Schema, migrateEventsV1, migrateIncidentV1 } from '../../../shared/incident/migrations';
import { incidentSchema } from '../../../shared/incident/model';
import { defaultSettings, settingsSchema } from '../../../shared/incident/settings';
import { timelineEventSchema } from '../../../shared/incident/events';

// Schema upgrades. Before a migration changes a row, the rows as they were are written as a
// backup file (the backup format, with the old schemaVersion) into `migrationBackups`, in the same
// upgrade transaction: either the migration and its backup are both saved, or the database stays
// as it was. Settings offers the backup for download; importing it replays the same migration.

export interface MigrationBackup {
  id: string;
  createdAt: string;
  fromVersion: number;
  toVersion: number;
  /** A suggested file name for the download. */
  fileName: string;
  /** The backup file's text (docs/backup-format.md, reason "pre-migration"). */
  text: string;
  counts: Record<string, number>;
}

interface Deps {
  newId: () => string;
  digest: Digest;
  now: () => Date;
  appVersion: string;
}

/** Keeps the newest backups of this kind; older ones are dropped so the database cannot fill up. */
export const MIGRATION_BACKUPS_KEPT = 5;

export function backupFileName(prefix: string, at: Date): string {
  return `${prefix}-${at.toISOString().slice(0, 19).replace(/:/g, '')}Z.json`;
}

/** Version 1 → 2: the chained timeline, the facts, subjects, notifications and settings. */
export async function upgradeToVersion2(tx: Transaction, deps: Deps): Promise<void> {
  const now = deps.now();
  const installationId = deps.newId();
  // v1 rows are checked before anything is changed: a row we cannot read stops the upgrade,
  // and the database stays at version 1, untouched.
  const oldIncidents = (await tx.table('incidents').toArray()).map((row) => incidentV1Schema.parse(row));
  const oldEvents = (await tx.table('events').toArray()).map((row) => eventV1Schema.parse(row));

  // WebCrypto is not IndexedDB: Dexie.waitFor keeps the upgrade transaction alive meanwhile.
  const chunks = await Dexie.waitFor(
    serializeBackup(
      { incidents: oldIncidents, events: oldEvents },
      { schemaVersion: 1, exportedAt: now.toISOString(), installationId, appVersion: deps.appVersion, reason: 'pre-migration' },
      deps.digest,
    ),
  );
  const backup: MigrationBackup = {
    id: `v1-to-v2-${now.toISOString()}`,
    createdAt: now.toISOString(),
    fromVersion: 1,
    toVersion: 2,
    fileName: backupFileName('avvik-before-upgrade-v1-to-v2', now),
    text: chunks.join(''),
    counts: { incidents: oldIncidents.length, events: oldEvents.length },
  };
  await tx.table('migrationBackups').add(backup);
  const kept = await tx.table('migrationBackups').orderBy('createdAt').primaryKeys();
  await tx.table('migrationBackups').bulkDelete(kept.slice(0, Math.max(0, kept.length - MIGRATION_BACKUPS_KEPT)));

  const migrated = await Dexie.waitFor(migrateEventsV1(oldIncidents.map(migrateIncidentV1), oldEvents, installationId, deps.digest));
  await tx.table('incidents').bulkPut(migrated.incidents.map((incident) => incidentSchema.parse(incident)));
  await tx.table('events').clear();
  await tx.table('events').bulkAdd(migrated.events.map((event) => timelineEventSchema.parse(event)));
  await tx.table('settings').put(settingsSchema.parse(defaultSettings(installationId, now.toISOString())));
}
