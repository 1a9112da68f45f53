import { serveLetters, type LettersScope } from '../../../renderer/src/workers/lettersService';
import type { LettersWorkerLike } from '../../../renderer/src/features/letters/runLetters';
import type { FromLettersWorker, ToLettersWorker } from '../../../renderer/src/workers/letters.protocol';

// The letters worker in the same thread: the worker's own service on one side, the page's runner
// on the other, messages passed on the next macrotask as a real Worker would.

/**
 * `pauseMs`: how long the worker waits at each turn it gives the page (after every letter when
 * set), so that a test can act while letters are still being made, whatever the machine's speed.
 */
export function inProcessWorker(pauseMs: number | null = null): LettersWorkerLike {
  const toPage: ((event: { data: FromLettersWorker }) => void)[] = [];
  const toWorker: ((event: { data: ToLettersWorker }) => void)[] = [];
  let ended = false;
  const scope: LettersScope = {
    postMessage: (message) =>
      setTimeout(() => !ended && toPage.forEach((listener) => listener({ data: message })), 0),
    addEventListener: (_type, listener) => void toWorker.push(listener),
  };
  let clock = 0;
  serveLetters(
    scope,
    pauseMs === null
      ? { now: () => performance.now(), yieldControl: () => new Promise((resolve) => setTimeout(resolve, 0)) }
      : {
          // Every letter "takes" long enough to be followed by a turn.
          now: () => (clock += 1000),
          // An ended worker makes nothing more, as a terminated Worker.
          yieldControl: () => new Promise((resolve) => !ended && setTimeout(resolve, pauseMs)),
        },
  );
  return {
    postMessage: (message) =>
      setTimeout(() => toWorker.forEach((listener) => listener({ data: message })), 0),
    addEventListener: ((type: string, listener: (event: { data: FromLettersWorker }) => void) => {
      if (type === 'message') toPage.push(listener);
    }) as LettersWorkerLike['addEventListener'],
    terminate: () => {
      ended = true;
    },
  };
}
