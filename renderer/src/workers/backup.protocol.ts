import type { ImportResult } from '../../../shared/incident/backup/errors';
import type { BackupCheckStep, ParsedBackup } from '../../../shared/incident/backup/parse';

// The messages between a restore and the worker that reads and checks the backup file.

export interface ToBackupWorker {
  type: 'check';
  /** The file's bytes (decrypted), handed over to the worker. */
  bytes: Uint8Array;
}

export type FromBackupWorker =
  | { type: 'progress'; step: BackupCheckStep; done: number; total: number }
  | { type: 'done'; result: ImportResult<ParsedBackup> }
  | { type: 'not-text' }
  | { type: 'failed'; message: string };
