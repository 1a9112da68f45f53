import type { FontBytes } from '../pdf/fonts';
import { PdfJoin } from '../pdf/join';
import { letterContent } from './content';
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
  /**
   * Letters per part: the batch is written as small jsPDF documents and joined (pdf/join.ts).
   * One jsPDF document holds every page's drawing operators as strings until the end and looks
   * pages up one by one, so its time and memory grow faster than its pages (10 000 letters in one
   * document: minutes and over 3 GB); parts keep both in proportion to the batch.
   */
  lettersPerPart?: number;
}

export const LETTERS_PER_PART = 200;

export interface PrintFileProgress {
  done: number;
  total: number;
  /** The print file, on the last step. */
  pdf: Uint8Array | null;
}

/**
 * Letters in one PDF to print, each starting on a new page with its own page numbers. `offset`:
 * how many letters came before (their sequence numbers go on). Yields the letters written so far.
 */
function* writePart(
  input: LetterDocumentInput,
  people: readonly AffectedPerson[],
  offset: number,
  fonts: FontBytes,
  options: { duplex: boolean; last: boolean; characters: string },
): Generator<number, Uint8Array, void> {
  const writer = newLetterWriter(input, fonts, people[0] ?? null, options.characters);
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
  // The next part's first letter must start on a right-hand page too.
  if (options.duplex && !options.last && writer.pageCount % 2 === 1) writer.newPage(false);
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
 * The characters a batch's letters are expected to print: printable ASCII and Latin-1, the letter
 * text in both languages and every person's name and address. Each part's font subsets hold their
 * glyphs, so the parts embed the same font programs and the joined file keeps them once. A
 * character outside the set still prints; that part just carries its own font program.
 */
function batchCharacters(input: LetterDocumentInput, people: readonly AffectedPerson[]): string {
  const seen = new Set<string>(['\uFFFD']);
  const add = (text: string | null): void => {
    for (const character of text ?? '') seen.add(character);
  };
  for (let code = 0x20; code <= 0xff; code++)
    if (code < 0x7f || code >= 0xa0) seen.add(String.fromCharCode(code));
  const first = people[0];
  if (first) for (const lang of ['nb', 'en'] as const) add(JSON.stringify(letterContent(input, first, lang)));
  add(input.organisation.name);
  for (const person of people) {
    add(person.name);
    add(person.address);
    add(person.postalCode);
    add(person.city);
  }
  return [...seen].sort().join('');
}

/**
 * The print file for a batch, all letters in one PDF. Yields after every letter; the last step
 * carries the file. Memory stays near one part's worth of jsPDF plus the file itself.
 */
export function* printFileSteps(
  input: LetterDocumentInput,
  people: readonly AffectedPerson[],
  fonts: FontBytes,
  options: PrintFileOptions = {},
): Generator<PrintFileProgress, void, void> {
  const perPart = Math.max(1, Math.floor(options.lettersPerPart ?? LETTERS_PER_PART));
  const total = people.length;
  const joined = new PdfJoin();
  const characters = batchCharacters(input, people);
  // An empty batch still makes a (blank) file, as one jsPDF document would.
  for (let from = 0; from === 0 || from < total; from += perPart) {
    const part = people.slice(from, from + perPart);
    const last = from + perPart >= total;
    const steps = writePart(input, part, from, fonts, {
      duplex: options.duplex ?? false,
      last,
      characters,
    });
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        joined.add(step.value);
        break;
      }
      if (!last || step.value < part.length) yield { done: from + step.value, total, pdf: null };
    }
  }
  yield { done: total, total, pdf: joined.finish() };
}

/** All the letters in one print file. */
export function buildLettersPrintFile(
  input: LetterDocumentInput,
  people: readonly AffectedPerson[],
  fonts: FontBytes,
  options: PrintFileOptions = {},
): Uint8Array {
  for (const step of printFileSteps(input, people, fonts, options)) if (step.pdf) return step.pdf;
  throw new Error('The print file was not made.');
}
