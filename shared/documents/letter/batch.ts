import type { FontBytes } from '../pdf/fonts';
import type { AffectedPerson, LetterDocumentInput } from '../types';
import {
  buildLetterPdf,
  letterFileName,
  letterFooter,
  letterReference,
  newLetterWriter,
  writeLetter,
} from './build';

// Thousands of letters, one step at a time: generators a Web Worker can drive, checking for
// cancel and reporting progress between letters, so the window never waits on the whole batch.

export interface LetterFile {
  /** Position in the batch, from 0. */
  index: number;
  person: AffectedPerson;
  fileName: string;
  pdf: Uint8Array;
}

/** One PDF per person, in order; the sequence in each reference is the position from 1. */
export function* letterFiles(
  input: LetterDocumentInput,
  people: readonly AffectedPerson[],
  fonts: FontBytes,
): Generator<LetterFile, void, void> {
  for (let index = 0; index < people.length; index++) {
    const person = people[index]!;
    const sequence = index + 1;
    yield {
      index,
      person,
      fileName: letterFileName(input.incident.ref, sequence, person),
      pdf: buildLetterPdf(input, person, fonts, { sequence }),
    };
  }
}

export interface PrintFileOptions {
  /** Start every letter on a right-hand page, for printing on both sides. */
  duplex?: boolean;
}

export interface PrintFilesOptions extends PrintFileOptions {
  /**
   * Letters per print file; default: all in one file. jsPDF holds a document in memory until it
   * is written, about 0.1 MB a letter (10 000 letters: over 1 GB), so big batches may be split.
   */
  lettersPerFile?: number;
}

/** One print file of a batch: letters `from` to `to` (positions from 1, both included). */
export interface PrintVolume {
  index: number;
  from: number;
  to: number;
  pdf: Uint8Array;
}

export interface PrintFileProgress {
  done: number;
  total: number;
  /** Set on the step that finishes a print file. */
  volume: PrintVolume | null;
}

/**
 * Letters in one PDF to print, each starting on a new page with its own page numbers. `offset`:
 * how many letters came before (their sequence numbers go on). Yields the letters written so far.
 */
function* writePrintFile(
  input: LetterDocumentInput,
  people: readonly AffectedPerson[],
  offset: number,
  fonts: FontBytes,
  options: PrintFileOptions,
): Generator<number, Uint8Array, void> {
  const writer = newLetterWriter(input, fonts, people[0] ?? null);
  // Footers need each letter's page count, known only at the end: remember each letter's pages.
  const letters: { first: number; last: number; footer: (page: number, total: number) => string }[] = [];
  for (let index = 0; index < people.length; index++) {
    const person = people[index]!;
    if (index > 0) {
      writer.newPage(false);
      if (options.duplex && writer.pageCount % 2 === 0) writer.newPage(false);
    }
    const reference = letterReference(input.incident.ref, offset + index + 1);
    const first = writer.pageCount;
    const pages = writeLetter(writer, input, person, reference);
    letters.push({ first, last: writer.pageCount, footer: letterFooter(input, reference, pages) });
    yield index + 1;
  }
  let current = 0;
  return writer.finish((page) => {
    while (current + 1 < letters.length && letters[current + 1]!.first <= page) current++;
    const letter = letters[current];
    // A blank page added for duplex printing belongs to no letter.
    if (!letter || page > letter.last) return null;
    return letter.footer(page - letter.first + 1, letter.last - letter.first + 1);
  });
}

/**
 * The print file for a batch (or files, `lettersPerFile` letters each). Yields after every letter;
 * the step that finishes a file carries it, so a worker can hand each file over and let it go.
 */
export function* printFileSteps(
  input: LetterDocumentInput,
  people: readonly AffectedPerson[],
  fonts: FontBytes,
  options: PrintFilesOptions = {},
): Generator<PrintFileProgress, void, void> {
  const perFile = Math.max(1, Math.floor(options.lettersPerFile ?? people.length));
  const total = people.length;
  for (let from = 0, index = 0; from < total; from += perFile, index++) {
    const part = people.slice(from, from + perFile);
    const steps = writePrintFile(input, part, from, fonts, options);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        yield {
          done: from + part.length,
          total,
          volume: { index, from: from + 1, to: from + part.length, pdf: step.value },
        };
        break;
      }
      if (step.value < part.length) yield { done: from + step.value, total, volume: null };
    }
  }
}

/** All the letters in one print file (for a batch small enough to hold in memory at once). */
export function buildLettersPrintFile(
  input: LetterDocumentInput,
  people: readonly AffectedPerson[],
  fonts: FontBytes,
  options: PrintFileOptions = {},
): Uint8Array {
  const steps = writePrintFile(input, people, 0, fonts, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
