import type { AvvikDb } from './database';
import type { Digest } from '../../../shared/chain';
import { batchesOfTables, FileChangedError, groupedBatches, type RestoreBatch } from '../../../shared/incident/backup/batches';
import { stoppedPart, type ImportResult } from '../../../shared/incident/backup/errors';
import type { BackupHeader, Tables } from '../../../shared/incident/backup/format';
import { erasedIn } from '../../../shared/incident/backup/merge';
import { parseBackup, type ParsedBackup } from '../../../shared/incident/backup/parse';
import type { TextSource } from '../../../shared/incident/backup/lines';
import type { IncidentRecord } from '../../../shared/incident/project';
import { asHistory, emptySummary, ensureOwnKey, mergeHistory, type ImportReport } from './backup';
import { batchesOfCheckedFile, checkBackupFile, type CheckWatch } from './backupCheck';
import { abortReason, workerIfAny, type BackupWorkerLike } from './backupWorker';
import type { OpenedFile } from './fileEncryption';
import { webVerify } from './keys';
import { dropBackupsHolding, withErasure } from './encryption/shred';

// Restoring a backup (docs/backup-format.md): the file read and checked (in a worker, as it is read,
// for a file of format 2), then previewed and, once the user confirms, merged, both a batch at a
// time, so that what a restore holds does not grow with the file.

/**
 * A file read and checked, ready to be previewed and then merged: its content comes a batch at a
 * time (whole histories, then people and files), read again from the file each time when the file
 * was checked as it was read (format 2, in a worker), or taken from memory when it was read whole.
 */
export interface Restorable {
  /** Incidents of an old file left as they are here (see legacyAsHistory). */
  keptLocal: number;
  /** Whether the file is of today's format, signed by the installation that made it. */
  signed: boolean;
  /** People the file's history erased (Art. 17: erased here too). */
  erased: readonly string[];
  /** Events, people and files: what the preview's and the merge's progress counts. */
  records: number;
  /** The content, from its start, in batches. */
  batches(): AsyncIterable<RestoreBatch>;
  /** Lets go of what the reading keeps (a worker holding a small file as checked): once merged or given up. */
  release(): void;
}

/** A backup read and checked. */
export interface ReadBackup extends Restorable {
  header: BackupHeader;
}

/** The restorable content of a file read whole. */
export function restorableTables(tables: Tables, keptLocal: number, signed: boolean, replayed?: ReadonlyMap<string, IncidentRecord>): Restorable {
  return {
    keptLocal,
    signed,
    erased: [...erasedIn(tables.events)],
    records: tables.events.length + tables.subjects.length + tables.attachmentFiles.length,
    batches: async function* () {
      yield* batchesOfTables(tables, replayed);
    },
    release: () => {},
  };
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
 * readBackup for a file picked by the user (and opened, when encrypted): read and checked in a worker where the
 * window has one, with progress and a way to cancel (see backupCheck.ts). A file of format 2 is
 * checked there as it is read, and read again for the preview and the merge: the page never holds
 * more than a batch of it.
 */
export async function readBackupFile(
  db: AvvikDb,
  source: OpenedFile,
  watch: CheckWatch = {},
  options: { now?: Date; newId?: () => string; createWorker?: (() => BackupWorkerLike) | null } = {},
): Promise<ImportResult<ReadBackup>> {
  const checked = await checkBackupFile(source, watch, options.createWorker === undefined ? workerIfAny() : options.createWorker);
  if (!checked.ok) return checked;
  if (checked.value.kind === 'whole') return readParsed(db, checked.value.parsed, options);
  const { backup, held } = checked.value;
  const now = options.now ?? db.deps.now();
  try {
    await ensureOwnKey(db, now, db.deps.digest);
  } catch (error) {
    held?.terminate();
    throw error;
  }
  const { counts, units } = backup;
  const createWorker = options.createWorker === undefined ? workerIfAny() : options.createWorker;
  return {
    ok: true,
    value: {
      header: backup.header,
      keptLocal: 0,
      signed: true,
      erased: backup.erased,
      records: counts.events + counts.subjects + counts.attachmentFiles,
      batches: () => batchesOfCheckedFile(source, units, createWorker, held),
      release: () => held?.terminate(),
    },
  };
}

async function readParsed(
  db: AvvikDb,
  parsed: ParsedBackup,
  options: { digest?: Digest; now?: Date; newId?: () => string },
): Promise<ImportResult<ReadBackup>> {
  const digest = options.digest ?? db.deps.digest;
  const { tables, keptLocal } = await asHistory(db, parsed.content, { now: options.now ?? db.deps.now(), newId: options.newId, digest });
  const replayed = parsed.content.kind === 'history' ? new Map(parsed.content.replayed?.map((record) => [record.incident.id, record])) : undefined;
  return { ok: true, value: { header: parsed.header, ...restorableTables(tables, keptLocal, parsed.content.kind === 'history', replayed) } };
}

/** How far a preview or a merge has come, in records of the file. */
export type RestoreProgress = (done: number, total: number) => void;

export interface RestoreWatch {
  onProgress?: RestoreProgress;
  /** Aborting stops a preview between batches. */
  signal?: AbortSignal;
  /** Records per transaction (MERGE_RECORDS unless a test asks for fewer). */
  groupRecords?: number;
}

/**
 * Each batch of the file merged (or, with `dryRun`, reckoned), the reports added up. A merge
 * that fails after some batches were written says how far it came: each batch was written whole,
 * and the same file restored again completes it (events are only ever added).
 */
async function mergeBatches(db: AvvikDb, read: Restorable, dryRun: boolean, watch: RestoreWatch): Promise<ImportResult<ImportReport>> {
  const { onProgress = () => {}, signal, groupRecords } = watch;
  const total: ImportReport = { ...emptySummary(), details: { incidents: [], settings: [], people: [], signers: [] } };
  const erasedInFile = new Set(read.erased);
  let done = 0;
  let written = 0;
  onProgress(0, read.records);
  try {
    for await (const { tables, replayed } of groupedBatches(read.batches(), groupRecords)) {
      if (signal?.aborted) throw abortReason(signal);
      const part = await mergeHistory(db, tables, { dryRun, erasedInFile, replayed: new Map(replayed.map((record: IncidentRecord) => [record.incident.id, record])) });
      if (!part.ok) return written > 0 ? { ok: false, error: stoppedPart(part.error, written, read.records) } : part;
      addReport(total, part.value);
      const records = tables.events.length + tables.subjects.length + tables.attachmentFiles.length;
      if (!dryRun) written += records;
      onProgress((done += records), read.records);
    }
  } catch (error) {
    if (!(error instanceof FileChangedError)) throw error;
    return { ok: false, error: written > 0 ? stoppedPart(error.failure, written, read.records) : error.failure };
  }
  total.incidents.skipped += read.keptLocal;
  return { ok: true, value: total };
}

/** What merging a read backup would add and change, by a dry run that writes nothing. */
export function previewBackup(db: AvvikDb, read: Restorable, watch: RestoreWatch = {}): Promise<ImportResult<ImportReport>> {
  return mergeBatches(db, read, true, watch);
}

/**
 * Merges a read backup, once the user has seen the preview and confirmed. A file whose history
 * erased people erases them here too, as an erasure: their keys go with a new epoch.
 */
export async function applyBackup(db: AvvikDb, read: Restorable, watch: Omit<RestoreWatch, 'signal'> = {}): Promise<ImportResult<ImportReport>> {
  const merge = async () => {
    const result = await mergeBatches(db, read, false, watch);
    if (result.ok) await dropBackupsHolding(db, read.erased);
    return result;
  };
  return read.erased.length > 0 ? withErasure(db, merge) : merge();
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

/** A batch's report added to the restore's. */
function addReport(total: ImportReport, part: ImportReport): void {
  for (const name of ['events', 'subjects', 'attachmentFiles', 'incidents', 'notifications', 'settings'] as const) {
    for (const key of ['added', 'updated', 'unchanged', 'skipped'] as const) total[name][key] += part[name][key];
  }
  const { details } = total;
  details.incidents.push(...part.details.incidents);
  details.people.push(...part.details.people);
  if (part.details.settings.length > 0) details.settings = part.details.settings;
  for (const signer of part.details.signers) {
    const known = details.signers.find((s) => s.installationId === signer.installationId);
    if (known) known.events += signer.events;
    else details.signers.push({ ...signer });
  }
}
