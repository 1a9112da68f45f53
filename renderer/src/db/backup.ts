import Dexie from 'dexie';
import type { AvvikDb } from './database';
import { sha256OfBytes, type Digest } from '../../../shared/chain';
import { fromBase64, toBase64 } from '../../../shared/incident/backup/base64';
import { importFailure, type ImportResult } from '../../../shared/incident/backup/errors';
import type { AttachmentFileRecord, TableName, Tables } from '../../../shared/incident/backup/format';
import { erasedIn, legacyAsHistory, planMerge, zeroCount, type MergeCount } from '../../../shared/incident/backup/merge';
import { parseBackup, type BackupContent } from '../../../shared/incident/backup/parse';
import type { TextSource } from '../../../shared/incident/backup/lines';
import { serializeBackup } from '../../../shared/incident/backup/serialize';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import { replayIncident, replaySettings } from '../../../shared/incident/project';
import { SETTINGS_ID, defaultSettings } from '../../../shared/incident/settings';
import { canonicalJson } from '../../../shared/canonical';
import { backupFileName } from './migrations';
import { ensureSettings } from './repository/settings';

// Backup of everything (docs/backup-format.md): the histories, the people affected and the files
// attached. Export reads one consistent snapshot; import checks the whole file in shared/ first,
// then merges in ONE transaction and rebuilds every incident and the settings whose history gained
// events: if anything fails, nothing is written.

export interface BackupOptions {
  now: Date;
  digest?: Digest;
  appVersion?: string;
}

export interface BackupFile {
  name: string;
  /** The file's text in pieces: `new Blob(chunks)`, or join them. */
  chunks: string[];
  counts: Record<TableName, number> & { incidentIds: string[] };
}

export async function readAllTables(db: AvvikDb, digest: Digest = db.deps.digest): Promise<Tables> {
  const [events, subjects, files, incidents, settings] = await db.transaction('r', [db.events, db.subjects, db.attachmentFiles, db.incidents, db.settings], () =>
    Promise.all([db.events.toArray(), db.subjects.toArray(), db.attachmentFiles.toArray(), db.incidents.toArray(), db.settings.toArray()]),
  );
  // The heads the record holds, beside the events: a restore notices events cut off at the end.
  const heads = [
    ...incidents.map((incident) => ({ id: incident.id, heads: incident.heads })),
    ...settings.filter((s) => Object.keys(s.heads).length > 0).map((s) => ({ id: SETTINGS_HISTORY_ID, heads: s.heads })),
  ];
  const attachmentFiles: AttachmentFileRecord[] = [];
  for (const file of files) {
    attachmentFiles.push({ id: file.id, incidentId: file.incidentId, sha256: await sha256OfBytes(file.bytes, digest), base64: toBase64(file.bytes) });
  }
  return { events, heads, subjects, attachmentFiles };
}

export async function exportBackup(db: AvvikDb, options: BackupOptions): Promise<BackupFile> {
  const digest = options.digest ?? db.deps.digest;
  const tables = await readAllTables(db, digest);
  const settings = await db.settings.toCollection().first();
  const chunks = await serializeBackup(
    { ...tables },
    {
      exportedAt: options.now.toISOString(),
      installationId: settings?.installationId ?? 'unknown',
      appVersion: options.appVersion ?? db.deps.appVersion,
      reason: 'user',
    },
    digest,
  );
  const counts = {
    ...(Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])) as Record<TableName, number>),
    incidentIds: tables.heads.map((h) => h.id).filter((id) => id !== SETTINGS_HISTORY_ID),
  };
  return { name: backupFileName('avvik-backup', options.now), chunks, counts };
}

/** What an import added, changed and left as it was, per kind of record. */
export type ImportSummary = Record<Exclude<TableName, 'heads'> | 'incidents' | 'notifications' | 'settings', MergeCount>;

function emptySummary(): ImportSummary {
  return {
    events: zeroCount(),
    subjects: zeroCount(),
    attachmentFiles: zeroCount(),
    incidents: zeroCount(),
    notifications: zeroCount(),
    settings: zeroCount(),
  };
}

/** Rebuilds the incident and its notices from every event of its history now stored, and counts what changed. */
async function rebuildIncident(db: AvvikDb, incidentId: string, summary: ImportSummary): Promise<void> {
  const events = await db.events.where('incidentId').equals(incidentId).toArray();
  const record = replayIncident(events);
  if (!record) return;
  const before = await db.incidents.get(incidentId);
  if (!before) summary.incidents.added++;
  else if (canonicalJson(before) !== canonicalJson(record.incident)) summary.incidents.updated++;
  else summary.incidents.unchanged++;
  await db.incidents.put(record.incident);
  const old = new Map((await db.notifications.where('incidentId').equals(incidentId).toArray()).map((n) => [n.id, canonicalJson(n)]));
  const kept = new Set(record.notifications.map((n) => n.id));
  await db.notifications.bulkDelete([...old.keys()].filter((id) => !kept.has(id)));
  for (const notice of record.notifications) {
    const was = old.get(notice.id);
    if (was === undefined) summary.notifications.added++;
    else if (was !== canonicalJson(notice)) summary.notifications.updated++;
    else summary.notifications.unchanged++;
  }
  await db.notifications.bulkPut(record.notifications);
}

async function rebuildSettings(db: AvvikDb, summary: ImportSummary): Promise<void> {
  const current = (await db.settings.get(SETTINGS_ID)) ?? defaultSettings(db.deps.newId(), db.deps.now().toISOString());
  const events = await db.events.where('incidentId').equals(SETTINGS_HISTORY_ID).toArray();
  const next = replaySettings(events, defaultSettings(current.installationId, current.updatedAt));
  if (canonicalJson(next) === canonicalJson(current)) summary.settings.unchanged++;
  else {
    summary.settings.updated++;
    await db.settings.put(next);
  }
}

/**
 * Merges validated history into the database in one transaction: new events, people and files are
 * added, people the history erased are erased here, and every incident and the settings whose
 * history gained events are rebuilt from it. A chain fork (same position, other event) is a conflict.
 */
export async function mergeHistory(db: AvvikDb, incoming: Tables): Promise<ImportResult<ImportSummary>> {
  try {
    return await db.transaction('rw', [db.settings, db.incidents, db.events, db.subjects, db.notifications, db.attachmentFiles], async () => {
      const [subjects, localIds, erasures, fileIds] = await Promise.all([
        db.subjects.bulkGet(incoming.subjects.map((r) => r.id)),
        db.events.toCollection().primaryKeys(),
        db.events.where('kind').equals('subjects-erased').toArray(),
        db.attachmentFiles.toCollection().primaryKeys(),
      ]);
      // Most incoming events are new: look up only those whose id is already here.
      const known = new Set(localIds.map(String));
      const knownEvents = await db.events.bulkGet(incoming.events.filter((e) => known.has(e.id)).map((e) => e.id));
      const plan = planMerge(incoming, {
        eventHashes: new Map(knownEvents.filter((e) => e !== undefined).map((e) => [e.id, e.hash])),
        subjects: new Map(subjects.filter((s) => s !== undefined).map((s) => [s.id, s])),
        erasedSubjectIds: erasedIn(erasures),
        attachmentFileIds: new Set(fileIds.map(String)),
      });
      if (!plan.ok) return plan;
      const { value } = plan;
      const summary = { ...emptySummary(), ...value.counts };
      await db.events.bulkAdd(value.events);
      await db.subjects.bulkPut(value.subjects);
      await db.subjects.bulkDelete(value.eraseSubjectIds);
      await db.attachmentFiles.bulkAdd(value.attachmentFiles.map((f) => ({ id: f.id, incidentId: f.incidentId, bytes: fromBase64(f.base64)! })));
      for (const historyId of value.histories) {
        if (historyId === SETTINGS_HISTORY_ID) await rebuildSettings(db, summary);
        else await rebuildIncident(db, historyId, summary);
      }
      // The file's other histories are here already, exactly: nothing of them changes.
      const rebuilt = new Set(value.histories);
      for (const { id } of incoming.heads.filter((h) => !rebuilt.has(h.id))) {
        if (id === SETTINGS_HISTORY_ID) summary.settings.unchanged++;
        else if (await db.incidents.get(id)) summary.incidents.unchanged++;
      }
      return { ok: true as const, value: summary };
    });
  } catch (error) {
    // The unique chain-position index refused an event: two histories claim the same link.
    if (error instanceof Dexie.BulkError || (error instanceof Error && error.name === 'ConstraintError')) {
      return { ok: false, error: importFailure('conflict', error.message) };
    }
    throw error;
  }
}

/** A file's content as history: older files are turned into history here, as the database migration would. */
export async function asHistory(db: AvvikDb, content: BackupContent, ctx: { now: Date; newId?: () => string; digest?: Digest }): Promise<{ tables: Tables; keptLocal: number }> {
  if (content.kind === 'history') return { tables: content.tables, keptLocal: 0 };
  const settings = await ensureSettings(db, { now: ctx.now, newId: ctx.newId ?? db.deps.newId });
  const incidentIds = new Set((await db.incidents.toCollection().primaryKeys()).map(String));
  const settingsHistoryEmpty = (await db.events.where('incidentId').equals(SETTINGS_HISTORY_ID).count()) === 0;
  return legacyAsHistory(content.tables, { incidentIds, settingsHistoryEmpty }, {
    installationId: settings.installationId,
    newId: ctx.newId ?? db.deps.newId,
    digest: ctx.digest ?? db.deps.digest,
    now: ctx.now.toISOString(),
  });
}

/**
 * Checks the whole backup, then merges it. On any failure the database is unchanged. Pass the
 * file's text, or for a very large file its text as a stream (`file.stream()` through a
 * TextDecoderStream): JavaScript strings stop at about 512 MiB.
 */
export async function importBackup(
  db: AvvikDb,
  source: TextSource,
  options: { digest?: Digest; now?: Date; newId?: () => string } = {},
): Promise<ImportResult<ImportSummary>> {
  const digest = options.digest ?? db.deps.digest;
  const parsed = await parseBackup(source, digest);
  if (!parsed.ok) return parsed;
  const { tables, keptLocal } = await asHistory(db, parsed.value.content, { now: options.now ?? db.deps.now(), newId: options.newId, digest });
  const merged = await mergeHistory(db, tables);
  if (merged.ok) merged.value.incidents.skipped += keptLocal;
  return merged;
}

export async function listMigrationBackups(db: AvvikDb) {
  return db.migrationBackups.orderBy('createdAt').reverse().toArray();
}
