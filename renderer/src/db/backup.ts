import type { AvvikDb } from './database';
import { sha256OfBytes, type Digest } from '../../../shared/chain';
import { toBase64 } from '../../../shared/chain/base64';
import type { ImportResult } from '../../../shared/incident/backup/errors';
import type { AttachmentFileRecord, BackupHeader, TableName, Tables } from '../../../shared/incident/backup/format';
import { erasedIn, legacyAsHistory } from '../../../shared/incident/backup/merge';
import { parseBackup, type BackupContent, type ParsedBackup } from '../../../shared/incident/backup/parse';
import type { TextSource } from '../../../shared/incident/backup/lines';
import { serializeBackup } from '../../../shared/incident/backup/serialize';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import type { IncidentRecord } from '../../../shared/incident/project';
import { backupFileName } from './migrations';
import { checkBackupBytes, type CheckWatch } from './backupCheck';
import { ensureInstallationKey, webSign, webVerify, type InstallationKey } from './keys';
import { ensureSettings } from './repository/settings';
import { dropBackupsHolding, withErasure } from './encryption/shred';
import { mergeHistory, type ImportReport } from './backupMerge';

export { mergeHistory, type ImportDetails, type ImportReport, type ImportSummary } from './backupMerge';

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
  const [events, subjects, files, incidents, settings, installations] = await db.transaction(
    'r',
    [db.events, db.subjects, db.attachmentFiles, db.incidents, db.settings, db.installations],
    () => Promise.all([db.events.toArray(), db.subjects.toArray(), db.attachmentFiles.toArray(), db.incidents.toArray(), db.settings.toArray(), db.installations.toArray()]),
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
  return { events, heads, installations, subjects, attachmentFiles };
}

/** Who signs a backup: this installation and its key, made the first time they are needed. */
export interface BackupSigner {
  installationId: string;
  key: InstallationKey;
}

/** The installation's settings and key, written if missing: done on the page before a worker reads. */
export async function backupSigner(db: AvvikDb, options: BackupOptions): Promise<BackupSigner> {
  const digest = options.digest ?? db.deps.digest;
  const settings = await ensureSettings(db, { now: options.now, newId: db.deps.newId });
  // The file is signed by this installation: a restore knows who made it and that nobody changed it.
  const key = await ensureInstallationKey(db, settings.installationId, options.now, digest);
  return { installationId: settings.installationId, key };
}

export async function exportBackup(db: AvvikDb, options: BackupOptions, signer?: BackupSigner, onProgress?: (done: number, total: number) => void): Promise<BackupFile> {
  const digest = options.digest ?? db.deps.digest;
  const { installationId, key } = signer ?? (await backupSigner(db, options));
  const tables = await readAllTables(db, digest);
  const chunks = await serializeBackup(
    { ...tables },
    {
      exportedAt: options.now.toISOString(),
      installationId,
      appVersion: options.appVersion ?? db.deps.appVersion,
      reason: 'user',
    },
    digest,
    webSign(key.privateKey),
    onProgress,
  );
  const counts = {
    ...(Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])) as Record<TableName, number>),
    incidentIds: tables.heads.map((h) => h.id).filter((id) => id !== SETTINGS_HISTORY_ID),
  };
  return { name: backupFileName('avvik-backup', options.now), chunks, counts };
}

async function ensureOwnKey(db: AvvikDb, now: Date, digest: Digest): Promise<void> {
  const settings = await ensureSettings(db, { now, newId: db.deps.newId });
  await ensureInstallationKey(db, settings.installationId, now, digest);
}

/** A file's content as history: older files are turned into history here, as the database migration would. */
export async function asHistory(db: AvvikDb, content: BackupContent, ctx: { now: Date; newId?: () => string; digest?: Digest }): Promise<{ tables: Tables; keptLocal: number }> {
  // This installation's own key is on record before anything comes in: a file can never bring
  // another key under this installation's id (planMerge refuses it).
  await ensureOwnKey(db, ctx.now, ctx.digest ?? db.deps.digest);
  if (content.kind === 'history') return { tables: content.tables, keptLocal: 0 };
  const settings = await ensureSettings(db, { now: ctx.now, newId: ctx.newId ?? db.deps.newId });
  const digest = ctx.digest ?? db.deps.digest;
  // The checkpoints are this installation's word for what the old file held: signed by it.
  const key = await ensureInstallationKey(db, settings.installationId, ctx.now, digest);
  const incidentIds = new Set((await db.incidents.toCollection().primaryKeys()).map(String));
  const settingsHistoryEmpty = (await db.events.where('incidentId').equals(SETTINGS_HISTORY_ID).count()) === 0;
  return legacyAsHistory(content.tables, { incidentIds, settingsHistoryEmpty }, {
    installationId: settings.installationId,
    newId: ctx.newId ?? db.deps.newId,
    digest: ctx.digest ?? db.deps.digest,
    now: ctx.now.toISOString(),
    sign: webSign(key.privateKey),
  });
}

/** A backup read and checked whole, as history, ready to be previewed and then merged. */
export interface ReadBackup {
  header: BackupHeader;
  tables: Tables;
  /** Incidents of an old file left as they are here (see legacyAsHistory). */
  keptLocal: number;
  /** Whether the file is of today's format, signed by the installation that made it. */
  signed: boolean;
  /** The incidents the check replayed from the file's histories, by id. */
  replayed?: ReadonlyMap<string, IncidentRecord>;
}

/**
 * Reads and checks the whole backup, nothing written: format, manifest, every record, every chain,
 * every signature. Pass the file's text, or for a very large file its text as a stream
 * (`file.stream()` through a TextDecoderStream): JavaScript strings stop at about 512 MiB.
 */
export async function readBackup(
  db: AvvikDb,
  source: TextSource,
  options: { digest?: Digest; now?: Date; newId?: () => string } = {},
): Promise<ImportResult<ReadBackup>> {
  const digest = options.digest ?? db.deps.digest;
  const parsed = await parseBackup(source, digest, webVerify);
  return parsed.ok ? readParsed(db, parsed.value, options) : parsed;
}

/**
 * readBackup for a file picked by the user, as its bytes: read and checked in a worker where the
 * window has one, with progress and a way to cancel (see backupCheck.ts).
 */
export async function readBackupFile(
  db: AvvikDb,
  bytes: Uint8Array,
  watch: CheckWatch = {},
  options: { now?: Date; newId?: () => string } = {},
): Promise<ImportResult<ReadBackup>> {
  const parsed = await checkBackupBytes(bytes, watch);
  return parsed.ok ? readParsed(db, parsed.value, options) : parsed;
}

async function readParsed(
  db: AvvikDb,
  parsed: ParsedBackup,
  options: { digest?: Digest; now?: Date; newId?: () => string },
): Promise<ImportResult<ReadBackup>> {
  const digest = options.digest ?? db.deps.digest;
  const { tables, keptLocal } = await asHistory(db, parsed.content, { now: options.now ?? db.deps.now(), newId: options.newId, digest });
  const replayed = parsed.content.kind === 'history' ? new Map(parsed.content.replayed?.map((record) => [record.incident.id, record])) : undefined;
  return { ok: true, value: { header: parsed.header, tables, keptLocal, signed: parsed.content.kind === 'history', replayed } };
}

/** What merging a read backup would add and change, by a dry run that writes nothing. */
export async function previewBackup(db: AvvikDb, read: Pick<ReadBackup, 'tables' | 'keptLocal' | 'replayed'>): Promise<ImportResult<ImportReport>> {
  const report = await mergeHistory(db, read.tables, { dryRun: true, replayed: read.replayed });
  if (report.ok) report.value.incidents.skipped += read.keptLocal;
  return report;
}

/**
 * Merges a read backup, once the user has seen the preview and confirmed. A file whose history
 * erased people erases them here too, as an erasure: their keys go with a new epoch.
 */
export async function applyBackup(db: AvvikDb, read: Pick<ReadBackup, 'tables' | 'keptLocal' | 'replayed'>): Promise<ImportResult<ImportReport>> {
  const erased = [...erasedIn(read.tables.events)];
  const merge = async () => {
    const result = await mergeHistory(db, read.tables, { replayed: read.replayed });
    if (result.ok) await dropBackupsHolding(db, erased);
    return result;
  };
  const merged = erased.length > 0 ? await withErasure(db, merge) : await merge();
  if (merged.ok) merged.value.incidents.skipped += read.keptLocal;
  return merged;
}

/** Reads, checks and merges a backup in one go (for tests and scripts; the app previews first). */
export async function importBackup(
  db: AvvikDb,
  source: TextSource,
  options: { digest?: Digest; now?: Date; newId?: () => string } = {},
): Promise<ImportResult<ImportReport>> {
  const read = await readBackup(db, source, options);
  return read.ok ? applyBackup(db, read.value) : read;
}

export async function listMigrationBackups(db: AvvikDb) {
  return db.migrationBackups.orderBy('createdAt').reverse().toArray();
}
