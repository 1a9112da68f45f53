import type { AffectedPerson, FontBytes, LetterDocumentInput } from '../../../shared/documents';

// The messages between the letters worker and the page. The page starts one job (and ends the
// worker to cancel it); the worker answers with progress, each letter (per-person mode) or the
// zip's bytes as they are written (zip mode), and one final message.

export type LettersJob =
  | { mode: 'per-person'; input: LetterDocumentInput; people: AffectedPerson[]; fonts: FontBytes }
  /** One PDF per person in one zip (shared/documents/letter/zip.ts). */
  | { mode: 'zip'; input: LetterDocumentInput; people: AffectedPerson[]; fonts: FontBytes }
  | {
      mode: 'print-file';
      input: LetterDocumentInput;
      people: AffectedPerson[];
      fonts: FontBytes;
      duplex?: boolean;
    };

export type ToLettersWorker = { type: 'start'; job: LettersJob };

export type FromLettersWorker =
  | { type: 'progress'; done: number; total: number }
  /** One person's PDF; its buffer is transferred, not copied. */
  | { type: 'letter'; index: number; personId: string; fileName: string; pdf: ArrayBuffer }
  /** The print file, every letter in it; its buffer is transferred. */
  | { type: 'print-file'; pdf: ArrayBuffer }
  /** The zip's next bytes, in order; transferred. */
  | { type: 'zip-bytes'; bytes: ArrayBuffer }
  | { type: 'done'; count: number }
  | { type: 'error'; message: string };
