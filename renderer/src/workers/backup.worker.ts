import { parseBackup } from '../../../shared/incident/backup/parse';
import { sendInParts } from '../db/backupCheck';
import { exportTransfer, backupFileOf } from '../db/backupExport';
import { NotTextError, textOf } from '../db/backupText';
import { webDigest } from '../db/crypto';
import { AvvikDb } from '../db/database';
import { RowCipher } from '../db/encryption/cipher';
import { webVerify } from '../db/keys';
import { decryptFile } from '../db/fileEncryption';
import { createVerifyWorkers, sharedVerifier } from '../db/parallelVerify';
import { ownBuffer } from './transfer';
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

async function check(job: { bytes?: Uint8Array }) {
  // The signatures are verified by other workers (one for each spare core) while this one checks
  // the rest, and then by all: most of a large check is signatures.
  const verifier = sharedVerifier(webVerify, createVerifyWorkers());
  try {
    const text = textOf(job.bytes!);
    // The text (or its reader) is all that keeps the bytes from here: once read, they can go.
    delete job.bytes;
    const result = await parseBackup(text, webDigest, verifier, (step, done, total) => scope.postMessage({ type: 'progress', step, done, total }));
    scope.postMessage({ type: 'checked', result: sendInParts(result, (table, records) => scope.postMessage({ type: 'records', table, records })) });
  } catch (error) {
    if (!(error instanceof NotTextError)) throw error;
    scope.postMessage({ type: 'not-text' });
  } finally {
    verifier.close();
  }
}

async function write(job: Extract<ToBackupWorker, { type: 'export' }>) {
  const cipher = new RowCipher();
  if (job.keys) cipher.useKeys(job.keys, () => Promise.reject(new Error('the export only reads')));
  const db = new AvvikDb(job.dbName, { cipher, appVersion: job.appVersion });
  try {
    await db.open();
    const file = await backupFileOf(db, { now: new Date(job.now), passphrase: job.passphrase, workFactor: job.workFactor }, (step, done, total) =>
      scope.postMessage({ type: 'export-progress', step, done, total }),
    );
    scope.postMessage({ type: 'exported', file }, exportTransfer(file));
  } finally {
    db.close();
  }
}

/** An age file opened here: scrypt and the decryption hold a thread for seconds, not the window's. */
async function decrypt(job: Extract<ToBackupWorker, { type: 'decrypt' }>) {
  const result = await decryptFile(job.bytes, job.passphrase);
  const buffer = result.ok ? ownBuffer(result.bytes) : null;
  scope.postMessage({ type: 'decrypted', result }, buffer ? [buffer] : []);
}

const jobs = { check, export: write, decrypt } as const;

scope.addEventListener('message', ({ data }) => {
  void (jobs[data.type] as (job: ToBackupWorker) => Promise<void>)(data).catch((error: unknown) =>
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
