import type { ImportResult } from '../../../shared/incident/backup/errors';
import { parseBackup, type BackupCheckStep, type ParsedBackup } from '../../../shared/incident/backup/parse';
import { ownBuffer } from '../workers/transfer';
import { NotTextError, textOf } from './backupText';
import { abortReason, runInWorker, workerIfAny, type BackupWorkerLike, type Watch } from './backupWorker';
import { webDigest } from './crypto';
import { webVerify } from './keys';

// Reading and checking a backup file, in a worker where the window has one (the check of a large
// record takes seconds of CPU: the window keeps answering and the user can cancel), otherwise here.

export type { BackupWorkerLike } from './backupWorker';
export type CheckWatch = Watch<BackupCheckStep>;

/**
 * Reads and checks the file whole: format, manifest, every record, chain and signature (see
 * shared/incident/backup/parse.ts). The bytes are handed to the worker and are not to be used
 * afterwards. Rejects with NotTextError for a file that is not UTF-8 text.
 */
export function checkBackupBytes(
  bytes: Uint8Array,
  watch: CheckWatch = {},
  createWorker: (() => BackupWorkerLike) | null = workerIfAny(),
): Promise<ImportResult<ParsedBackup>> {
  const { onProgress, signal } = watch;
  if (!createWorker) {
    return (async () => {
      if (signal?.aborted) throw abortReason(signal);
      const result = await parseBackup(textOf(bytes), webDigest, webVerify, (step, done, total) => {
        if (signal?.aborted) throw abortReason(signal);
        onProgress?.(step, done, total);
      });
      if (signal?.aborted) throw abortReason(signal);
      return result;
    })();
  }
  // Handed over, not copied, when the bytes are a buffer of their own: a large file is not held twice.
  const buffer = ownBuffer(bytes);
  return runInWorker<ImportResult<ParsedBackup>, BackupCheckStep>(createWorker(), { type: 'check', bytes }, buffer ? [buffer] : [], watch, (data) => {
    switch (data.type) {
      case 'progress':
        return { progress: [data.step, data.done, data.total] };
      case 'checked':
        return { value: data.result };
      case 'not-text':
        return { error: new NotTextError() };
      default:
        return null;
    }
  });
}
