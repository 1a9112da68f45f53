import { serveLetters, type LettersScope } from '../../../renderer/src/workers/lettersService';
import type { LettersWorkerLike } from '../../../renderer/src/features/letters/runLetters';
import type { FromLettersWorker, ToLettersWorker } from '../../../renderer/src/workers/letters.protocol';

// The letters worker in the same thread: the worker's own service on one side, the page's runner
// on the other, messages passed on the next macrotask as a real Worker would.

export function inProcessWorker(): LettersWorkerLike {
  const toPage: ((event: { data: FromLettersWorker }) => void)[] = [];
  const toWorker: ((event: { data: ToLettersWorker }) => void)[] = [];
  let ended = false;
  const scope: LettersScope = {
    postMessage: (message) =>
      setTimeout(() => !ended && toPage.forEach((listener) => listener({ data: message })), 0),
    addEventListener: (_type, listener) => void toWorker.push(listener),
  };
  serveLetters(scope, {
    now: () => performance.now(),
    yieldControl: () => new Promise((resolve) => setTimeout(resolve, 0)),
  });
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
