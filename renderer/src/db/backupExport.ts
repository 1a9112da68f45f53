import type { AvvikDb } from './database';
import { backupSigner, writeRecordBackup } from './backup';
import { runInWorker, workerIfAny, abortReason, type BackupWorkerLike, type Watch } from './backupWorker';
import { AGE_EXTENSION, encryptedBlob } from './fileEncryption';
import { FileParts } from './fileParts';
import type { ExportedBackup, ExportStep } from '../workers/backup.protocol';

// Saving a backup: the record read a slice at a time and written as the file's text into parts held
// as Blobs (FileParts), then (unless the user asked for a plain file) encrypted with age as the
// parts are read back. For a large record that is seconds of work; it runs in a worker that opens
// the same database read-only, so the window keeps answering and can stop it. What the worker hands
// the page is a Blob: the page never holds the file.

export type { ExportedBackup, ExportStep } from '../workers/backup.protocol';
export type ExportWatch = Watch<ExportStep>;

/** The header, then every part opened, as one stream of bytes (for age to encrypt as it reads). */
function partsStream(header: string, stored: readonly Blob[], parts: FileParts, onBytes: (done: number) => void): ReadableStream<Uint8Array> {
  let next = -1;
  let done = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (next >= stored.length) return controller.close();
      const bytes = next < 0 ? new TextEncoder().encode(header) : await parts.read(stored[next]!);
      next += 1;
      controller.enqueue(bytes);
      onBytes((done += bytes.length));
    },
  });
}

/** The whole of a backup as a file to save, from an open database (here or in the worker). */
export async function backupFileOf(
  db: AvvikDb,
  options: { now: Date; passphrase: string | null; workFactor?: number },
  onProgress: (step: ExportStep, done: number, total: number) => void = () => {},
): Promise<ExportedBackup> {
  onProgress('reading', 0, 0);
  // A file to be encrypted never has its plain text in the blob storage (see FileParts).
  const parts = options.passphrase === null ? FileParts.plain() : await FileParts.sealed();
  const { name, header, counts } = await writeRecordBackup(db, { now: options.now }, parts.add, undefined, (done, total) => onProgress('writing', done, total));
  const stored = await parts.end();
  const found = { incidents: counts.incidentIds.length, events: counts.events };
  if (options.passphrase === null) {
    return { suggestedName: name, mimeType: 'application/json', file: new Blob([header, ...stored], { type: 'application/json' }), ...found };
  }
  const total = new TextEncoder().encode(header).length + parts.size;
  onProgress('encrypting', 0, total);
  const plain = partsStream(header, stored, parts, (done) => onProgress('encrypting', done, total));
  const file = await encryptedBlob(plain, options.passphrase, options.workFactor);
  return { suggestedName: `${name}${AGE_EXTENSION}`, mimeType: 'application/x-age-encryption', file, ...found };
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
