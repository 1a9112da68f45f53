import { decryptFile, type Decrypted } from './fileEncryption';
import { runInWorker, workerIfAny, type BackupWorkerLike } from './backupWorker';

// Opening an age file takes its scrypt (about a second at age's work factor) and the decryption of
// every byte (about as long again for a backup of 10,000 incidents, five seconds for a million
// events): done in the backup worker, the window keeps answering meanwhile. Without workers it is
// done here.

/**
 * The file opened with the passphrase, or why not. The worker is given a copy of the bytes: the
 * caller keeps its own, to try another passphrase.
 */
export function openEncryptedFile(
  bytes: Uint8Array,
  passphrase: string,
  createWorker: (() => BackupWorkerLike) | null = workerIfAny(),
): Promise<Decrypted> {
  if (!createWorker) return decryptFile(bytes, passphrase);
  return runInWorker<Decrypted, never>(createWorker(), { type: 'decrypt', bytes, passphrase }, [], {}, (data) =>
    data.type === 'decrypted' ? { value: data.result } : null,
  );
}
