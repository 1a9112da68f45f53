import { batchesOfFile, FileChangedError, HeldBatches, type RestoreBatch } from '../../../shared/incident/backup/batches';
import { parseBackup, type BackupCheckStep } from '../../../shared/incident/backup/parse';
import { checkBackupStream } from '../../../shared/incident/backup/stream';
import { sendInParts } from '../db/backupCheck';
import { backupFileOf } from '../db/backupExport';
import { NotTextError, textOf as wholeOrPieces } from '../db/backupText';
import { webDigest } from '../db/crypto';
import { AvvikDb } from '../db/database';
import { RowCipher } from '../db/encryption/cipher';
import { rowSealing } from '../db/encryption/sealing';
import { webVerify } from '../db/keys';
import { openAgeFile, openedText, openedWhole } from '../db/fileEncryption';
import { createVerifyWorkers, sharedVerifier } from '../db/parallelVerify';
import type { FromBackupWorker, ToBackupWorker } from './backup.protocol';

// Backups off the page's thread. A restore's check (parsing, the manifest, every record's schema,
// every chain and signature, every replay of a history) and an export (reading every table,
// writing and encrypting the file) take seconds for a large record, and the window must keep
// answering, and be able to stop them, meanwhile. The export opens the same database with the same
// keys and never writes (the cipher refuses to save keys); the check touches no database.

const scope = self as unknown as {
  postMessage(message: FromBackupWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: ToBackupWorker }) => void): void;
};

/**
 * Records of a file kept as checked, as objects (about 4.5 KiB a record with the check's replays):
 * a larger file is read again for its preview and its merge. Measured on 10,000 incidents (107,000
 * records) in a page that only restores: kept, the page's process peaked at 1,235 MiB for a restore
 * of 30.0 s; read again, at 729 MiB for 32.4 s. Up to this size the keeping costs at most about
 * 130 MiB.
 */
const HOLD_RECORDS = 30_000;

/** The checked file's batches, kept by its check (see check). */
let held: RestoreBatch[] | null = null;

async function check(job: Extract<ToBackupWorker, { type: 'check' }>) {
  // The signatures are verified by other workers (one for each spare core) while this one checks
  // the rest, and then by all: most of a large check is signatures.
  const verifier = sharedVerifier(webVerify, createVerifyWorkers());
  const progress = (step: BackupCheckStep, done: number, total: number) => scope.postMessage({ type: 'progress', step, done, total });
  try {
    // A file of format 2 is checked as it is read, one history at a time, whatever its size; a file
    // of up to HOLD_RECORDS records is kept as checked, for the preview and the merge to take from
    // here rather than read it twice more.
    const gathered = new HeldBatches(HOLD_RECORDS);
    const streamed = await checkBackupStream(openedText(job.source), webDigest, verifier, progress, { keep: gathered.keep });
    if (!streamed.whole) {
      held = streamed.result.ok ? gathered.done() : null;
      return scope.postMessage({ type: 'streamed', result: streamed.result, held: held !== null });
    }
    // Anything else is read whole, as it always was.
    const result = await parseBackup(wholeOrPieces(await openedWhole(job.source)), webDigest, verifier, progress);
    scope.postMessage({ type: 'checked', result: sendInParts(result, (table, records) => scope.postMessage({ type: 'records', table, records })) });
  } catch (error) {
    if (!(error instanceof NotTextError)) throw error;
    scope.postMessage({ type: 'not-text' });
  } finally {
    verifier.close();
  }
}

/** The batches the page has asked for and not yet been sent, for the batches job under way. */
class Wanted {
  private count = 0;
  private wake: (() => void) | null = null;
  more() {
    this.count++;
    this.wake?.();
  }
  async one(): Promise<void> {
    while (this.count === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    this.count--;
  }
}

let wanted: Wanted | null = null;

/** The checked file read again, a batch at a time: one is made ready while the page takes in the last. */
async function* fromMemory(batches: readonly RestoreBatch[]): AsyncGenerator<RestoreBatch> {
  yield* batches;
}

async function batches(job: Extract<ToBackupWorker, { type: 'batches' }>) {
  const asked = (wanted = new Wanted());
  try {
    if (job.kept && !held) throw new Error('the checked file is no longer kept here');
    for await (const batch of job.kept ? fromMemory(held!) : batchesOfFile(openedText(job.source), webDigest, job.units)) {
      await asked.one();
      scope.postMessage({ type: 'batch', batch });
    }
    await asked.one();
    scope.postMessage({ type: 'batches-done' });
  } catch (error) {
    if (!(error instanceof FileChangedError || error instanceof NotTextError)) throw error;
    scope.postMessage({ type: 'file-changed' });
  }
}

async function write(job: Extract<ToBackupWorker, { type: 'export' }>) {
  const cipher = new RowCipher();
  if (job.keys) cipher.useKeys(job.keys, () => Promise.reject(new Error('the export only reads')), rowSealing);
  const db = new AvvikDb(job.dbName, { cipher, appVersion: job.appVersion });
  try {
    await db.open();
    const file = await backupFileOf(db, { now: new Date(job.now), passphrase: job.passphrase, workFactor: job.workFactor }, (step, done, total) =>
      scope.postMessage({ type: 'export-progress', step, done, total }),
    );
    // A Blob crosses to the page by reference: its data stays in the browser's blob storage.
    scope.postMessage({ type: 'exported', file });
  } finally {
    db.close();
  }
}

/** An age file opened here: the passphrase's scrypt holds a thread for a second, not the window's. */
async function open(job: Extract<ToBackupWorker, { type: 'open' }>) {
  scope.postMessage({ type: 'opened', result: await openAgeFile(job.file, job.passphrase) });
}

const jobs = { check, batches, next: async () => wanted?.more(), export: write, open } as const;

scope.addEventListener('message', ({ data }) => {
  void (jobs[data.type] as (job: ToBackupWorker) => Promise<void>)(data).catch((error: unknown) =>
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
