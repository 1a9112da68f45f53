import { Zip, ZipPassThrough } from 'fflate';
import { requireDate } from '../format';
import type { FontBytes } from '../pdf/fonts';
import type { AffectedPerson, LetterDocumentInput } from '../types';
import { letterFiles } from './batch';
import { joinBytes } from '../../bytes';

// One PDF per person in one zip, for a browser, which saves one download rather than a folder.
// The zip is written as it goes: each step hands over the bytes written since the last, so a
// worker can pass them on and let them go, and the batch is never held twice. The PDFs are stored
// as they are: they are deflated already.

/** A zip without the Zip64 extension (fflate writes none) holds at most this many files. */
export const MAX_LETTERS_PER_ZIP = 65_535;

export interface LetterZipStep {
  done: number;
  total: number;
  /** The zip's bytes since the last step, in order. */
  bytes: Uint8Array;
  /** Set on the last step: the zip is complete. */
  finished: boolean;
}

/** A step's chunks as one array: a single chunk as it is, without a copy. */
const joined = (chunks: Uint8Array[]): Uint8Array => (chunks.length === 1 ? chunks[0]! : joinBytes(chunks));

/** The letters of a batch, one PDF each under its safe file name, zipped step by step. */
export function* letterZipSteps(
  input: LetterDocumentInput,
  people: readonly AffectedPerson[],
  fonts: FontBytes,
): Generator<LetterZipStep, void, void> {
  const total = people.length;
  if (total > MAX_LETTERS_PER_ZIP)
    throw new RangeError(`A zip holds at most ${MAX_LETTERS_PER_ZIP} letters; this batch has ${total}.`);
  // The files carry the letters' date, not the moment they were zipped: the same batch, the same zip.
  const mtime = requireDate(input.now, 'now');
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // A stored (pass-through) file reaches the callback synchronously, as it is pushed.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const take = (): Uint8Array => {
    if (failure) throw failure;
    return joined(chunks.splice(0));
  };
  for (const letter of letterFiles(input, people, fonts)) {
    const file = new ZipPassThrough(letter.fileName);
    file.mtime = mtime;
    zip.add(file);
    file.push(letter.pdf, true);
    // The last letter's bytes go with the end of the zip, on the last step.
    const done = letter.index + 1;
    if (done < total) yield { done, total, bytes: take(), finished: false };
  }
  zip.end();
  yield { done: total, total, bytes: take(), finished: true };
}
