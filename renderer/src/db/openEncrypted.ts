import { openAgeFile, type Opened } from './fileEncryption';
import { runInWorker, workerIfAny, type BackupWorkerLike } from './backupWorker';

// Opening an age file takes its scrypt (about a second at age's work factor): done in the backup
// worker, the window keeps answering meanwhile. Without workers it is done here. Only the file key
// comes back: the file is decrypted as it is read, each time it is read, and never stored opened.

/** The file opened with the passphrase (its key), or why not. A wrong passphrase leaves the file to try again. */
export function openEncryptedFile(file: Blob, passphrase: string, createWorker: (() => BackupWorkerLike) | null = workerIfAny()): Promise<Opened> {
  if (!createWorker) return openAgeFile(file, passphrase);
  return runInWorker<Opened, never>(createWorker(), { type: 'open', file, passphrase }, [], {}, (data) => (data.type === 'opened' ? { value: data.result } : null));
}
