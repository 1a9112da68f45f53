import type { AvvikDb } from './database';
import { joinBytes } from '../../../shared/bytes';
import { backupSigner, exportBackup } from './backup';
import { runInWorker, workerIfAny, abortReason, type BackupWorkerLike, type Watch } from './backupWorker';
import { sealedFile } from './fileEncryption';
import { ownBuffer } from '../workers/transfer';
import type { ExportedBackup, ExportStep } from '../workers/backup.protocol';

// Saving a backup: the record read, written as the file's text, made UTF-8 and (unless the user
// asked for a plain file) encrypted with age. For a large record that is seconds of work; it runs in
// a worker that opens the same database read-only, so the window keeps answering and can stop it.

export type { ExportedBackup, ExportStep } from '../workers/backup.protocol';
export type ExportWatch = Watch<ExportStep>;

/** The backup's text as UTF-8 bytes, chunk by chunk (no second copy of the whole file as a string). */
export function utf8(chunks: readonly string[]): Uint8Array {
  const encoder = new TextEncoder();
  return joinBytes(chunks.map((chunk) => encoder.encode(chunk)));
}

/** The whole of a backup as a file to save, from an open database (here or in the worker). */
export async function backupFileOf(
  db: AvvikDb,
  options: { now: Date; passphrase: string | null; workFactor?: number },
  onProgress: (step: ExportStep, done: number, total: number) => void = () => {},
): Promise<ExportedBackup> {
  onProgress('reading', 0, 0);
  const file = await exportBackup(db, { now: options.now }, undefined, (done, total) => onProgress('writing', done, total));
  const json = utf8(file.chunks);
  if (options.passphrase !== null) onProgress('encrypting', 0, 0);
  const sealed = await sealedFile(file.name, json, options.passphrase, options.workFactor);
  return { ...sealed, mimeType: sealed.mimeType as ExportedBackup['mimeType'], incidents: file.counts.incidentIds.length, events: file.counts.events };
}

/**
 * A backup of everything as a file to save, made in a worker when the database can be opened from
 * one (the browser's own IndexedDB), otherwise here.
 */
export async function exportBackupFile(
  db: AvvikDb,
  options: { now: Date; passphrase: string | null; workFactor?: number },
  watch: ExportWatch = {},
  createWorker: (() => BackupWorkerLike) | null = db.openableInWorker ? workerIfAny() : null,
): Promise<ExportedBackup> {
  const { signal, onProgress } = watch;
  if (signal?.aborted) throw abortReason(signal);
  // The settings and the key are written here if missing, so that the worker only ever reads.
  await backupSigner(db, { now: options.now });
  if (!createWorker) {
    const file = await backupFileOf(db, options, (step, done, total) => {
      if (signal?.aborted) throw abortReason(signal);
      onProgress?.(step, done, total);
    });
    if (signal?.aborted) throw abortReason(signal);
    return file;
  }
  const message = { type: 'export', dbName: db.name, keys: db.cipher.keys, now: options.now.toISOString(), appVersion: db.deps.appVersion, passphrase: options.passphrase, workFactor: options.workFactor } as const;
  return runInWorker<ExportedBackup, ExportStep>(createWorker(), message, [], watch, (data) => {
    if (data.type === 'export-progress') return { progress: [data.step, data.done, data.total] };
    if (data.type === 'exported') return { value: data.file };
    return null;
  });
}

/** What a worker hands back with a file: the bytes' buffer, moved rather than copied. */
export function exportTransfer(file: ExportedBackup): Transferable[] {
  const buffer = ownBuffer(file.bytes);
  return buffer ? [buffer] : [];
}
