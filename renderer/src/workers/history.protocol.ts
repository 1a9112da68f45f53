import type { VaultKeys } from '../db/encryption/cipher';

// The messages between the register and the worker that checks every incident's history.

export interface ToHistoryWorker {
  type: 'check';
  dbName: string;
  /** The profile's keys when it is encrypted (copied into the worker, as the page holds them); null when clear. */
  keys: VaultKeys | null;
  remembered: [string, string][];
}

export type FromHistoryWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'verdicts'; slice: [string, boolean][] }
  | { type: 'done'; remember: [string, string][] }
  | { type: 'failed'; message: string };
