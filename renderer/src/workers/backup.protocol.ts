import type { ImportResult } from '../../../shared/incident/backup/errors';
import type { RestoreBatch } from '../../../shared/incident/backup/batches';
import type { BackupCheckStep, ParsedBackup } from '../../../shared/incident/backup/parse';
import type { StreamedBackup } from '../../../shared/incident/backup/stream';
import type { VaultKeys } from '../db/encryption/cipher';
import type { Opened, OpenedFile } from '../db/fileEncryption';

// The messages between the page and the worker that opens an encrypted file and checks a backup
// file on restore, and writes one on export.

export type ExportStep = 'reading' | 'writing' | 'encrypting';

export type ToBackupWorker =
  | {
      type: 'open';
      /** The age file, opened with the passphrase: its file key is sent back. */
      file: Blob;
      passphrase: string;
    }
  | {
      type: 'check';
      /** The file, and its key when it is encrypted. */
      source: OpenedFile;
    }
  | {
      type: 'batches';
      /** The file the check checked as it read it, to be read again in batches. */
      source: OpenedFile;
      /** The digests of its units as the check read them. */
      units: string[];
      /** This worker checked the file and keeps it as checked: its batches come from memory. */
      kept: boolean;
    }
  /** The page wants the next batch. */
  | { type: 'next' }
  | {
      type: 'export';
      dbName: string;
      /** The profile's keys when it is encrypted (the worker only reads); null when clear. */
      keys: VaultKeys | null;
      now: string;
      appVersion: string;
      /** The passphrase the file is encrypted with (age); null for an explicitly unencrypted file. */
      passphrase: string | null;
      /** age's scrypt work factor; its default unless a test asks for less. */
      workFactor?: number;
    };

export interface ExportedBackup {
  suggestedName: string;
  mimeType: 'application/json' | 'application/x-age-encryption';
  /** The file, built as it was written (its data is in the browser's blob storage, not in memory). */
  file: Blob;
  incidents: number;
  events: number;
}

export type FromBackupWorker =
  | { type: 'progress'; step: BackupCheckStep; done: number; total: number }
  /** Records of a checked file, a part at a time, before the answer (which then holds none of that table's). */
  | { type: 'records'; table: string; records: unknown[] }
  | { type: 'checked'; result: ImportResult<ParsedBackup> }
  /** A file of format 2, checked as it was read. */
  | {
      type: 'streamed';
      result: ImportResult<StreamedBackup>;
      /** The worker keeps the checked file's batches: it is to be kept for the preview and the merge. */
      held: boolean;
    }
  | { type: 'batch'; batch: RestoreBatch }
  | { type: 'batches-done' }
  /** The file read for the batches is not the file that was checked. */
  | { type: 'file-changed' }
  | { type: 'opened'; result: Opened }
  | { type: 'not-text' }
  | { type: 'export-progress'; step: ExportStep; done: number; total: number }
  | { type: 'exported'; file: ExportedBackup }
  | { type: 'failed'; message: string };
