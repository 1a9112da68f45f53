import Dexie, { type Transaction } from 'dexie';
import type { Digest } from '../../../shared/chain';
import { serializeBackup } from '../../../shared/incident/backup/serialize';
import {
  defaultSettingsV2,
  eventV1Schema,
  incidentV1Schema,
  migrateEventsV1,
  migrateIncidentV1,
  migrateRecordV2,
  settingsV2Schema,
} from '../../../shared/incident/migrations';
import { incidentSchema } from '../../../shared/incident/model';
import { notificationSchema } from '../../../shared/incident/notifications';
import { webSign } from './keys';
import { newInstallationKey } from './keyPair';
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
  const installationId = deps.newId();
  // v1 rows are checked before anything is changed: a row we cannot read stops the upgrade,
  // and the database stays at version 1, untouched.
  const oldIncidents = (await tx.table('incidents').toArray()).map((row) => incidentV1Schema.parse(row));
  const oldEvents = (await tx.table('events').toArray()).map((row) => eventV1Schema.parse(row));

  await keepBackup(tx, deps, 1, { incidents: oldIncidents, events: oldEvents }, installationId);

  // WebCrypto is not IndexedDB: Dexie.waitFor keeps the upgrade transaction alive meanwhile.
  const migrated = await Dexie.waitFor(migrateEventsV1(oldIncidents.map(migrateIncidentV1), oldEvents, installationId, deps.digest));
  await tx.table('incidents').bulkPut(migrated.incidents.map((incident) => incidentSchema.parse(incident)));
  await tx.table('events').clear();
  await tx.table('events').bulkAdd(migrated.events.map((event) => timelineEventSchema.parse(event)));
  // Version 2 wrote its own settings row; version 3 turns it into history (upgradeToVersion3).
  await tx.table('settings').put(settingsV2Schema.parse(defaultSettingsV2(installationId, deps.now().toISOString())));
}

/** Keeps a pre-migration backup of the rows as they were, in the same upgrade transaction. */
async function keepBackup(tx: Transaction, deps: Deps, from: number, tables: Record<string, unknown[]>, installationId: string): Promise<void> {
  const now = deps.now();
  const chunks = await Dexie.waitFor(
    serializeBackup(tables as never, { schemaVersion: from, exportedAt: now.toISOString(), installationId, appVersion: deps.appVersion, reason: 'pre-migration' }, deps.digest),
  );
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  await tx.table('migrationBackups').add({
    id: `v${from}-to-v${from + 1}-${now.toISOString()}`,
    createdAt: now.toISOString(),
    fromVersion: from,
    toVersion: from + 1,
    fileName: backupFileName(`avvik-before-upgrade-v${from}-to-v${from + 1}`, now),
    text: chunks.join(''),
    counts,
  } satisfies MigrationBackup);
  const kept = await tx.table('migrationBackups').orderBy('createdAt').primaryKeys();
  await tx.table('migrationBackups').bulkDelete(kept.slice(0, Math.max(0, kept.length - MIGRATION_BACKUPS_KEPT)));
}

/**
 * Version 2 → 3: the record becomes its history. Each incident's history and the settings history
 * get a checkpoint holding what the rows said (shared/incident/migrations.ts); the rows are then
 * what the events project to. Nothing the rows held is lost, and a row that cannot be read stops the
 * upgrade with the database untouched.
 */
export async function upgradeToVersion3(tx: Transaction, deps: Deps): Promise<void> {
  const rawSettings = (await tx.table('settings').toArray())[0];
  const settings = rawSettings === undefined ? null : settingsV2Schema.parse(rawSettings);
  const installationId = settings?.installationId ?? deps.newId();
  const incidents = (await tx.table('incidents').toArray()).map((row) => incidentSchema.parse(row));
  const notifications = (await tx.table('notifications').toArray()).map((row) => notificationSchema.parse(row));
  const events = await tx.table('events').toArray();
  const subjects = await tx.table('subjects').toArray();
  await keepBackup(tx, deps, 2, { settings: rawSettings ? [rawSettings] : [], incidents, events, subjects, notifications }, installationId);

  // The installation's signing key is made here, so the checkpoints are signed like every event after.
  const { key, record } = await Dexie.waitFor(newInstallationKey(installationId, deps.now(), deps.digest));
  await tx.table('keys').add(key);
  await tx.table('installations').put(record);
  const migrated = await Dexie.waitFor(
    migrateRecordV2(
      { incidents, notifications, settings: settings ?? defaultSettingsV2(installationId, deps.now().toISOString()) },
      { installationId, newId: deps.newId, digest: deps.digest, now: deps.now().toISOString(), sign: webSign(key.privateKey) },
    ),
  );
  await tx.table('events').bulkAdd(migrated.events.map((event) => timelineEventSchema.parse(event)));
  await tx.table('incidents').bulkPut(migrated.incidents);
  await tx.table('notifications').clear();
  await tx.table('notifications').bulkAdd(migrated.notifications);
  await tx.table('settings').put(migrated.settings);
}
