import type { SharedVerifier, VerifySignature } from '../../../shared/chain';
import type { FromVerifyWorker, ToVerifyWorker } from '../workers/verify.protocol';

// Checking 100,000 signatures is seconds of CPU, and in Chromium each is verified on the thread that
// asks for it. A check of many (a backup's, the register's of every history) has a second worker
// verify them while it does the rest of its work (sharedVerifier below), and every answer is the
// helper's or this thread's own. If the helper fails, what it held is verified here.

export interface VerifyWorkerLike {
  postMessage(message: ToVerifyWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromVerifyWorker }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

type Item = [string, string, Uint8Array<ArrayBuffer>];

export function createVerifyWorker(): VerifyWorkerLike | null {
  if (typeof Worker === 'undefined' || (globalThis.navigator?.hardwareConcurrency ?? 1) < 2) return null;
  try {
    return new Worker(new URL('../workers/verify.worker.ts', import.meta.url), { type: 'module', name: 'verify' }) as unknown as VerifyWorkerLike;
  } catch {
    // A context that may not start a worker (a policy, a worker inside a worker where that is not
    // allowed) checks every signature itself: slower, never wrong.
    return null;
  }
}

/**
 * Signatures a helper is given at a time, and how many such batches it holds at once. Its answers
 * are read, and more work sent, only when this thread has a moment; holding eight batches (about
 * half a second of work) it is rarely left idle meanwhile (measured: a register check of a million
 * events took 76.6 s holding two, 71.3 s four, 67.6 s eight).
 */
const HELPER_BATCH = 1024;
const HELPER_AHEAD = 8;

interface Waiting {
  item: Item;
  answer: (ok: boolean) => void;
}

/**
 * A second thread verifying while this one does other work (a backup's check: its chains and its
 * replays): every signature asked for waits in one queue, the helper takes batches from its front
 * as it finishes them, and `lend` verifies from the back here once this thread is free, until the
 * queue is empty. Without a helper, `verify` is this thread's own.
 */
/**
 * A turn for the thread's other tasks (a helper's answers waiting as messages) and back. Through a
 * message channel rather than a timer: timers nested this deep wait at least 4 ms each. `close`
 * lets the channel go (an open port keeps a process alive).
 */
function yielder(): { pause: () => Promise<void>; close(): void } {
  if (typeof MessageChannel === 'undefined') return { pause: () => new Promise((resolve) => setTimeout(resolve, 0)), close: () => {} };
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return {
    pause: () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      }),
    close: () => {
      channel.port1.close();
      channel.port2.close();
      waiting.splice(0).forEach((resolve) => resolve());
    },
  };
}

export function sharedVerifier(
  local: VerifySignature,
  helper: VerifyWorkerLike | null,
  { batch: batchSize = HELPER_BATCH, ahead = HELPER_AHEAD }: { batch?: number; ahead?: number } = {},
): SharedVerifier & { close(): void } {
  const turns = yielder();
  const { pause } = turns;
  if (!helper) return { verify: local, lend: () => Promise.resolve(), pause, close: turns.close };
  let worker: VerifyWorkerLike | null = helper;
  const queue: Waiting[] = [];
  const sent = new Map<number, Waiting[]>();
  let nextId = 0;
  let pumping = false;

  const here = (batch: readonly Waiting[]) =>
    Promise.all(batch.map(({ item: [publicKey, signature, data], answer }) => local(publicKey, signature, data).then(answer, () => answer(false))));

  const pump = () => {
    pumping = false;
    while (worker && sent.size < ahead && queue.length > 0) {
      const batch = queue.splice(0, batchSize);
      const id = nextId++;
      sent.set(id, batch);
      worker.postMessage({ id, items: batch.map(({ item }) => item) });
    }
  };
  const schedule = () => {
    if (pumping) return;
    pumping = true;
    queueMicrotask(pump);
  };
  helper.addEventListener('message', ({ data }) => {
    const batch = sent.get(data.id);
    sent.delete(data.id);
    data.verdicts.forEach((ok, i) => batch?.[i]!.answer(ok));
    schedule();
  });
  helper.addEventListener('error', () => {
    // What the failed helper held is verified here, and so is everything after it.
    worker?.terminate();
    worker = null;
    for (const batch of sent.values()) void here(batch);
    sent.clear();
    void here(queue.splice(0));
  });

  return {
    verify: (publicKey, signature, data) =>
      new Promise<boolean>((answer) => {
        if (!worker) return void local(publicKey, signature, data).then(answer, () => answer(false));
        queue.push({ item: [publicKey, signature, data], answer });
        schedule();
      }),
    async lend() {
      while (queue.length > 0) await here(queue.splice(Math.max(0, queue.length - batchSize)));
    },
    pause,
    close: () => {
      worker?.terminate();
      worker = null;
      turns.close();
    },
  };
}
