import type { FromBackupWorker, ToBackupWorker } from '../workers/backup.protocol';

// The worker that reads, checks and writes backup files off the page's thread (workers/backup.worker.ts).

/** What the backup's runners need of a Worker (a real one, or a stand-in in tests). */
export interface BackupWorkerLike {
  postMessage(message: ToBackupWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: FromBackupWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: FromBackupWorker }) => void): void;
  removeEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export interface Watch<Step extends string> {
  onProgress?: (step: Step, done: number, total: number) => void;
  /** Aborting stops the work; its promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

export function createBackupWorker(): BackupWorkerLike {
  return new Worker(new URL('../workers/backup.worker.ts', import.meta.url), {
    type: 'module',
    name: 'backup',
  }) as unknown as BackupWorkerLike;
}

export const workerIfAny = () => (typeof Worker === 'undefined' ? null : createBackupWorker);

export function abortReason(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('Stopped.', 'AbortError');
}

/**
 * Runs one job in a new worker: progress goes to the watch, the answer `settle` picks out of the
 * worker's messages ends it, and an abort stops the worker there and then.
 */
export function runInWorker<T, Step extends string>(
  worker: BackupWorkerLike,
  message: ToBackupWorker,
  transfer: Transferable[],
  watch: Watch<Step>,
  /** The answer; `keep` leaves the worker running (its caller ends it), for more jobs. */
  answer: (data: FromBackupWorker) => { progress: [Step, number, number] } | { value: T; keep?: boolean } | { error: unknown } | null,
): Promise<T> {
  const { onProgress, signal } = watch;
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(abortReason(signal));
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    const onMessage = ({ data }: { data: FromBackupWorker }) => {
      if (data.type === 'failed') {
        end();
        return reject(new Error(data.message));
      }
      const read = answer(data);
      if (!read) return;
      if ('progress' in read) return onProgress?.(...read.progress);
      end('value' in read && read.keep === true);
      if ('value' in read) resolve(read.value);
      else reject(read.error);
    };
    const onError = (event: { message?: string }) => {
      end();
      reject(new Error(event.message ?? 'the backup worker stopped'));
    };
    const end = (keep = false) => {
      signal?.removeEventListener('abort', stop);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (!keep) worker.terminate();
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.postMessage(message, transfer);
  });
}
