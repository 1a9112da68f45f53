import type { ImportResult } from '../../../shared/incident/backup/errors';
import { parseBackup, type BackupCheckProgress, type ParsedBackup } from '../../../shared/incident/backup/parse';
import type { FromBackupWorker, ToBackupWorker } from '../workers/backup.protocol';
import { NotTextError, textOf } from './backupText';
import { webDigest } from './crypto';
import { webVerify } from './keys';

// Reading and checking a backup file, in a worker where the window has one (the check of a large
// record takes seconds of CPU: the window keeps answering and the user can cancel), otherwise here.

/** What runCheck needs of a Worker (a real one, or a fake in tests). */
export interface BackupWorkerLike {
  postMessage(message: ToBackupWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: FromBackupWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export interface CheckWatch {
  onProgress?: BackupCheckProgress;
  /** Aborting stops the check; its promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

function createBackupWorker(): BackupWorkerLike {
  return new Worker(new URL('../workers/backup.worker.ts', import.meta.url), {
    type: 'module',
    name: 'backup-check',
  }) as unknown as BackupWorkerLike;
}

const defaultWorker = () => (typeof Worker === 'undefined' ? null : createBackupWorker);

function aborted(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The check was cancelled.', 'AbortError');
}

/**
 * Reads and checks the file whole: format, manifest, every record, chain and signature (see
 * shared/incident/backup/parse.ts). The bytes are handed to the worker and are not to be used
 * afterwards. Rejects with NotTextError for a file that is not UTF-8 text.
 */
export function checkBackupBytes(
  bytes: Uint8Array,
  watch: CheckWatch = {},
  createWorker: (() => BackupWorkerLike) | null = defaultWorker(),
): Promise<ImportResult<ParsedBackup>> {
  const { onProgress, signal } = watch;
  if (signal?.aborted) return Promise.reject(aborted(signal));
  if (!createWorker) {
    return (async () => {
      const result = await parseBackup(textOf(bytes), webDigest, webVerify, (step, done, total) => {
        if (signal?.aborted) throw aborted(signal);
        onProgress?.(step, done, total);
      });
      if (signal?.aborted) throw aborted(signal);
      return result;
    })();
  }
  const worker = createWorker();
  return new Promise<ImportResult<ParsedBackup>>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(aborted(signal));
    };
    signal?.addEventListener('abort', stop, { once: true });
    const settle = (finish: () => void) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      finish();
    };
    worker.addEventListener('message', ({ data }) => {
      switch (data.type) {
        case 'progress':
          onProgress?.(data.step, data.done, data.total);
          break;
        case 'done':
          settle(() => resolve(data.result));
          break;
        case 'not-text':
          settle(() => reject(new NotTextError()));
          break;
        case 'failed':
          settle(() => reject(new Error(data.message)));
          break;
      }
    });
    worker.addEventListener('error', (event) => settle(() => reject(new Error(event.message ?? 'the check of the file stopped'))));
    // Handed over, not copied, when the bytes are a buffer of their own: a large file is not held twice.
    const whole =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && Object.prototype.toString.call(bytes.buffer) === '[object ArrayBuffer]';
    worker.postMessage({ type: 'check', bytes }, whole ? [bytes.buffer as ArrayBuffer] : []);
  });
}
