import type { AffectedPerson, FontBytes, LetterDocumentInput } from '../../../../shared/documents';
import { chooseFolder, downloadBlob, saveInFolder, savesToFolders } from '../../platform';
import { sha256 } from '@noble/hashes/sha2';
import { toHex, utf8Bytes } from '../../../../shared/chain';
import { runLetters, type LettersWorkerLike } from './runLetters';

// One PDF per person, saved in bulk: in the desktop app each letter is written into a new folder
// as soon as the worker has made it; in a browser the worker writes them into one zip, which is
// gathered into a Blob as it comes (the browser may keep a large Blob on disk) and downloaded.
// Either way the batch is never held in memory twice. What left the app is hashed as it is
// written, for the history: the zip itself, or for a folder the list of every file's SHA-256 and
// name in the layout of `sha256sum` (in the folder, `sha256sum *.pdf | sha256sum` gives the same).

/** What was saved, hashed, for the incident's history (a document-exported event). */
export interface SavedLetters {
  name: string;
  sha256: string;
  size: number;
}

export type PerPersonOutcome =
  | { status: 'done'; count: number; where: string; saved: SavedLetters }
  /** `where`: the folder with the letters made before the cancel (none in a browser), `saved` what is in it. */
  | { status: 'cancelled'; done: number; where: string | null; saved: SavedLetters | null }
  | { status: 'not-chosen' }
  | { status: 'error'; message: string };

export interface PerPersonJob {
  input: LetterDocumentInput;
  people: AffectedPerson[];
  fonts: FontBytes;
  /** The folder's name, or the zip's without its extension. */
  baseName: string;
}

/** Zip bytes are folded into the Blob in steps of this size, so no long list of small arrays builds up. */
const BLOB_STEP_BYTES = 32 * 1024 * 1024;

export async function saveLettersPerPerson(
  job: PerPersonJob,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
  createWorker?: () => LettersWorkerLike,
): Promise<PerPersonOutcome> {
  const { input, people, fonts } = job;
  if (!savesToFolders()) {
    let blob = new Blob([], { type: 'application/zip' });
    const hash = sha256.create();
    let size = 0;
    let pending: Uint8Array<ArrayBuffer>[] = [];
    let pendingBytes = 0;
    const fold = () => {
      blob = new Blob([blob, ...pending], { type: 'application/zip' });
      pending = [];
      pendingBytes = 0;
    };
    const run = runLetters(
      { mode: 'zip', input, people, fonts },
      {
        onProgress,
        onZipBytes: (bytes) => {
          hash.update(bytes);
          size += bytes.byteLength;
          pending.push(bytes as Uint8Array<ArrayBuffer>);
          pendingBytes += bytes.byteLength;
          if (pendingBytes >= BLOB_STEP_BYTES) fold();
        },
      },
      createWorker,
    );
    signal.addEventListener('abort', () => run.cancel(), { once: true });
    const result = await run.result;
    if (result.status === 'error') return result;
    if (result.status === 'cancelled' || signal.aborted)
      return {
        status: 'cancelled',
        done: result.status === 'cancelled' ? result.done : result.count,
        where: null,
        saved: null,
      };
    fold();
    const name = `${job.baseName}.zip`;
    const saved = downloadBlob(blob, name);
    return saved.ok
      ? { status: 'done', count: result.count, where: name, saved: { name, sha256: toHex(hash.digest()), size } }
      : { status: 'error', message: saved.message };
  }

  const chosen = await chooseFolder(job.baseName);
  if (!chosen.ok)
    return chosen.reason === 'cancelled'
      ? { status: 'not-chosen' }
      : { status: 'error', message: chosen.message };
  // One write at a time, in order; the first failure stops the batch.
  let writes = Promise.resolve();
  let failure: string | null = null;
  let saved = 0;
  let listing = '';
  let size = 0;
  const run = runLetters(
    { mode: 'per-person', input, people, fonts },
    {
      onProgress,
      onLetter: (letter) => {
        writes = writes.then(async () => {
          if (failure) return;
          const written = await saveInFolder({
            folder: chosen.folder,
            name: letter.fileName,
            mimeType: 'application/pdf',
            bytes: letter.pdf,
          });
          if (written.ok) {
            saved++;
            listing += `${toHex(sha256(letter.pdf))}  ${letter.fileName}\n`;
            size += letter.pdf.byteLength;
          } else {
            failure = written.message;
            run.cancel();
          }
        });
      },
    },
    createWorker,
  );
  signal.addEventListener('abort', () => run.cancel(), { once: true });
  const result = await run.result;
  await writes;
  if (failure) return { status: 'error', message: failure };
  if (result.status === 'error') return result;
  const folder = chosen.path.split(/[\\/]/).filter(Boolean).at(-1) ?? job.baseName;
  const savedLetters = { name: folder, sha256: toHex(sha256(utf8Bytes(listing))), size };
  if (result.status === 'cancelled' || signal.aborted)
    return { status: 'cancelled', done: saved, where: chosen.path, saved: saved > 0 ? savedLetters : null };
  return { status: 'done', count: saved, where: chosen.path, saved: savedLetters };
}
