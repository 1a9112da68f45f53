import type { AvvikDb } from '../database';
import type { FromHistoryWorker, ToHistoryWorker } from '../../workers/history.protocol';
import { checkHistories, type HistoryCheckHandlers, type Verdicts } from './historyCheck';

/** What checkInBackground needs of a Worker (a real one, or a fake in tests). */
export interface HistoryWorkerLike {
  postMessage(message: ToHistoryWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromHistoryWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

export interface HistoryRun {
  /** Every incident's verdict; rejects if the check could not run. */
  result: Promise<Verdicts>;
  /** Stops the check (the screen has gone); the result then never settles. */
  cancel(): void;
}

function createHistoryWorker(): HistoryWorkerLike {
  return new Worker(new URL('../../workers/history.worker.ts', import.meta.url), {
    type: 'module',
    name: 'history-check',
  }) as unknown as HistoryWorkerLike;
}

// What verified, per open database, for as long as this window has it open: the next check
// replays only what changed since (historyCheck.ts says what "changed" covers).
const rememberedFor = new WeakMap<AvvikDb, Map<string, string>>();

function remembered(db: AvvikDb): Map<string, string> {
  let map = rememberedFor.get(db);
  if (!map) rememberedFor.set(db, (map = new Map()));
  return map;
}

/**
 * Checks every incident's history, in a worker when the database can be opened from one (the
 * browser's own IndexedDB), otherwise here in slices.
 */
export function checkInBackground(
  db: AvvikDb,
  handlers: HistoryCheckHandlers = {},
  createWorker: (() => HistoryWorkerLike) | null = typeof Worker === 'undefined' || !db.openableInWorker ? null : createHistoryWorker,
): HistoryRun {
  const known = remembered(db);
  if (!createWorker) {
    let cancelled = false;
    const guarded: HistoryCheckHandlers = {
      onProgress: (done, total) => !cancelled && handlers.onProgress?.(done, total),
      onVerdicts: (slice) => !cancelled && handlers.onVerdicts?.(slice),
    };
    const result = checkHistories(db, guarded, known).then(({ verdicts, remember }) => {
      rememberedFor.set(db, remember);
      return verdicts;
    });
    return { result, cancel: () => void (cancelled = true) };
  }
  const worker = createWorker();
  const verdicts: Verdicts = new Map();
  const result = new Promise<Verdicts>((resolve, reject) => {
    worker.addEventListener('message', ({ data }) => {
      switch (data.type) {
        case 'progress':
          handlers.onProgress?.(data.done, data.total);
          break;
        case 'verdicts':
          for (const [id, ok] of data.slice) verdicts.set(id, ok);
          handlers.onVerdicts?.(data.slice);
          break;
        case 'done':
          rememberedFor.set(db, new Map(data.remember));
          worker.terminate();
          resolve(verdicts);
          break;
        case 'failed':
          worker.terminate();
          reject(new Error(data.message));
          break;
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message ?? 'the history check stopped'));
    });
  });
  worker.postMessage({ type: 'check', dbName: db.name, keys: db.cipher.keys, remembered: [...known] });
  return { result, cancel: () => worker.terminate() };
}
