import type { AffectedPerson, FontBytes, LetterDocumentInput } from '../../../shared/documents';

// The messages between the letters worker and the page. The page starts one job and may cancel
// it; the worker answers with progress, each letter (per-person mode), and one final message.

export type LettersJob =
  | { mode: 'per-person'; input: LetterDocumentInput; people: AffectedPerson[]; fonts: FontBytes }
  | {
      mode: 'print-file';
      input: LetterDocumentInput;
      people: AffectedPerson[];
      fonts: FontBytes;
      duplex?: boolean;
      /**
       * Letters per print file; default: all in one file. A file holds its letters in memory
       * until written, about 0.1 MB a letter: split very big batches (bench/documents.bench.mjs).
       */
      lettersPerFile?: number;
    };

export type ToLettersWorker = { type: 'start'; job: LettersJob } | { type: 'cancel' };

export type FromLettersWorker =
  | { type: 'progress'; done: number; total: number }
  /** One person's PDF; its buffer is transferred, not copied. */
  | { type: 'letter'; index: number; personId: string; fileName: string; pdf: ArrayBuffer }
  /** One print file (letters `from`–`to`, from 1); its buffer is transferred. */
  | { type: 'print-file'; index: number; from: number; to: number; pdf: ArrayBuffer }
  | { type: 'done'; count: number; files: number }
  | { type: 'cancelled'; done: number }
  | { type: 'error'; message: string };
