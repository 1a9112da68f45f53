import { letterFiles, letterZipSteps, printFileSteps } from '../../../shared/documents';
import { movableBuffer } from './transfer';
import type { FromLettersWorker, LettersJob, ToLettersWorker } from './letters.protocol';

// The worker's side of the letters protocol, with its surroundings passed in so it runs the same
// in a Web Worker and in a test. The batch is a generator: between letters the service reports
// progress and, every few dozen milliseconds, gives the event loop a turn so the messages posted go
// out. A cancel ends the worker (runLetters), wherever it is.

export interface LettersScope {
  postMessage(message: FromLettersWorker, transfer?: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: ToLettersWorker }) => void): void;
}

export interface ServiceClock {
  /** Milliseconds, for time-slicing only (performance.now in a worker). */
  now(): number;
  /** Lets queued messages in: a macrotask (setTimeout) in a worker. */
  yieldControl(): Promise<void>;
}

const SLICE_MS = 40;
const PROGRESS_MS = 100;

export function serveLetters(scope: LettersScope, clock: ServiceClock): void {
  let running = false;

  async function run(job: LettersJob): Promise<void> {
    const total = job.people.length;
    let lastYield = clock.now();
    let lastProgress = -Infinity;
    let done = 0;
    const between = async (): Promise<void> => {
      const t = clock.now();
      if (t - lastProgress >= PROGRESS_MS || done === total) {
        scope.postMessage({ type: 'progress', done, total });
        lastProgress = t;
      }
      if (t - lastYield >= SLICE_MS) {
        await clock.yieldControl();
        lastYield = clock.now();
      }
    };

    if (job.mode === 'per-person') {
      for (const letter of letterFiles(job.input, job.people, job.fonts)) {
        const pdf = movableBuffer(letter.pdf);
        scope.postMessage(
          { type: 'letter', index: letter.index, personId: letter.person.id, fileName: letter.fileName, pdf },
          [pdf],
        );
        done = letter.index + 1;
        await between();
      }
      return scope.postMessage({ type: 'done', count: total });
    }
    if (job.mode === 'zip') {
      for (const step of letterZipSteps(job.input, job.people, job.fonts)) {
        const bytes = movableBuffer(step.bytes);
        scope.postMessage({ type: 'zip-bytes', bytes }, [bytes]);
        done = step.done;
        await between();
      }
      return scope.postMessage({ type: 'done', count: total });
    }
    for (const step of printFileSteps(job.input, job.people, job.fonts, { duplex: job.duplex ?? false })) {
      if (step.pdf) {
        const pdf = movableBuffer(step.pdf);
        scope.postMessage({ type: 'print-file', pdf }, [pdf]);
      }
      done = step.done;
      await between();
    }
    return scope.postMessage({ type: 'done', count: total });
  }

  scope.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type !== 'start' || running) return;
    running = true;
    run(message.job)
      .catch((error: unknown) =>
        scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        running = false;
      });
  });
}
