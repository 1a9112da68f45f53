import type { AffectedPerson, FontBytes, LetterDocumentInput } from '../../../../shared/documents';
import { chooseFolder, downloadBlob, saveInFolder, savesToFolders } from '../../platform';
import { runLetters, type LettersWorkerLike } from './runLetters';

// One PDF per person, saved in bulk: in the desktop app each letter is written into a new folder
// as soon as the worker has made it; in a browser the worker writes them into one zip, which is
// gathered into a Blob as it comes (the browser may keep a large Blob on disk) and downloaded.
// Either way the batch is never held in memory twice.

export type PerPersonOutcome =
  | { status: 'done'; count: number; where: string }
  /** `where`: the folder with the letters made before the cancel (none in a browser). */
  | { status: 'cancelled'; done: number; where: string | null }
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
      };
    fold();
    const name = `${job.baseName}.zip`;
    const saved = downloadBlob(blob, name);
    return saved.ok
      ? { status: 'done', count: result.count, where: name }
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
          if (written.ok) saved++;
          else {
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
  if (result.status === 'cancelled' || signal.aborted)
    return { status: 'cancelled', done: saved, where: chosen.path };
  return { status: 'done', count: saved, where: chosen.path };
}
