import type { FromLettersWorker, LettersJob, ToLettersWorker } from '../../workers/letters.protocol';

// The page's side of the letters worker: start a job, hear its progress and letters, cancel it.
// No UI here: the letters screen shows the progress bar and saves the files.

export type { LettersJob } from '../../workers/letters.protocol';

export interface LetterReady {
  index: number;
  personId: string;
  fileName: string;
  pdf: Uint8Array;
}

export type LettersResult =
  /** Print-file mode: the file, every letter in it. Per-person mode: none. */
  | { status: 'done'; count: number; printFile: Uint8Array | null }
  | { status: 'cancelled'; done: number }
  | { status: 'error'; message: string };

export interface LettersRun {
  result: Promise<LettersResult>;
  /**
   * Stops the worker where it is and settles the result as cancelled at once: a letter or file the
   * worker was finishing is not waited for (writing out a large part takes seconds).
   */
  cancel(): void;
}

export interface LettersHandlers {
  onProgress?(done: number, total: number): void;
  /** Per-person mode: each letter as soon as it is made. */
  onLetter?(letter: LetterReady): void;
  /** Zip mode: the zip's next bytes, in order. */
  onZipBytes?(bytes: Uint8Array): void;
}

/** What runLetters needs of a Worker (a real one, or a fake in tests). */
export interface LettersWorkerLike {
  postMessage(message: ToLettersWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromLettersWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

function createLettersWorker(): LettersWorkerLike {
  return new Worker(new URL('../../workers/letters.worker.ts', import.meta.url), {
    type: 'module',
    name: 'letters',
  }) as unknown as LettersWorkerLike;
}

/**
 * Builds the letters in a Web Worker. The fonts and data are copied to the worker; each PDF comes
 * back as a transferred buffer. The worker is ended when the job ends, however it ends.
 */
export function runLetters(
  job: LettersJob,
  handlers: LettersHandlers = {},
  createWorker: () => LettersWorkerLike = createLettersWorker,
): LettersRun {
  const worker = createWorker();
  let printFile: Uint8Array | null = null;
  // Letters made so far, as the worker last said (per person: the letters handed to the page).
  let made = 0;
  let finish: (result: LettersResult) => void = () => undefined;
  const result = new Promise<LettersResult>((resolve) => {
    finish = (value) => {
      worker.terminate();
      resolve(value);
    };
  });
  worker.addEventListener('message', (event) => {
    const message = event.data;
    switch (message.type) {
      case 'progress':
        made = message.done;
        handlers.onProgress?.(message.done, message.total);
        break;
      case 'letter':
        made = message.index + 1;
        handlers.onLetter?.({
          index: message.index,
          personId: message.personId,
          fileName: message.fileName,
          pdf: new Uint8Array(message.pdf),
        });
        break;
      case 'zip-bytes':
        handlers.onZipBytes?.(new Uint8Array(message.bytes));
        break;
      case 'print-file':
        printFile = new Uint8Array(message.pdf);
        break;
      case 'done':
        finish({ status: 'done', count: message.count, printFile });
        break;
      case 'error':
        finish({ status: 'error', message: message.message });
        break;
    }
  });
  worker.addEventListener('error', (event) =>
    finish({ status: 'error', message: event.message ?? 'The letters worker failed.' }),
  );
  worker.postMessage({ type: 'start', job });
  return { result, cancel: () => finish({ status: 'cancelled', done: made }) };
}
