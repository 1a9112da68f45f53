import type { SharedVerifier, VerifySignature } from '../../../shared/chain';
import type { FromVerifyWorker, ToVerifyWorker } from '../workers/verify.protocol';

// Checking 100,000 signatures is seconds of CPU, and in Chromium each is verified on the thread that
// asks for it. A check of many (a backup's, the register's of every history) has other workers, one
// for each spare core, verify them while it does the rest of its work (sharedVerifier below), and
// every answer is a helper's or this thread's own. If a helper fails, what it held is verified here.

export interface VerifyWorkerLike {
  postMessage(message: ToVerifyWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromVerifyWorker }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

type Item = [string, string, Uint8Array<ArrayBuffer>];

/** Helpers at most: the checking thread and the page need cores of their own too. */
const MAX_HELPERS = 3;

/**
 * Workers to verify signatures beside a check: one for each core beyond the one the check runs on,
 * up to three; none on a single core, or where workers cannot be started.
 */
export function createVerifyWorkers(cores = globalThis.navigator?.hardwareConcurrency ?? 1): VerifyWorkerLike[] {
  const helpers: VerifyWorkerLike[] = [];
  if (typeof Worker === 'undefined') return helpers;
  for (let i = 0; i < Math.min(MAX_HELPERS, cores - 1); i++) {
    try {
      helpers.push(new Worker(new URL('../workers/verify.worker.ts', import.meta.url), { type: 'module', name: 'verify' }) as unknown as VerifyWorkerLike);
    } catch {
      // A context that may not start a worker (a policy, a worker inside a worker where that is not
      // allowed) checks the signatures with what it has: slower, never wrong.
      break;
    }
  }
  return helpers;
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

/**
 * Other threads verifying while this one does other work (a backup's check: its chains and its
 * replays): every signature asked for waits in one queue, each helper takes batches from its front
 * as it finishes them, and `lend` verifies from the back here once this thread is free, until the
 * queue is empty. A helper that fails is let go, and what it held is verified here; without
 * helpers, `verify` is this thread's own.
 */
export function sharedVerifier(
  local: VerifySignature,
  helpers: readonly VerifyWorkerLike[],
  { batch: batchSize = HELPER_BATCH, ahead = HELPER_AHEAD }: { batch?: number; ahead?: number } = {},
): SharedVerifier & { close(): void } {
  const turns = yielder();
  const { pause } = turns;
  if (helpers.length === 0) return { verify: local, lend: () => Promise.resolve(), pause, close: turns.close };
  /** The helpers still working, each with the batches it holds by id. */
  const working = new Map<VerifyWorkerLike, Map<number, Waiting[]>>(helpers.map((helper) => [helper, new Map()]));
  const queue: Waiting[] = [];
  let nextId = 0;
  let pumping = false;

  const here = (batch: readonly Waiting[]) =>
    Promise.all(batch.map(({ item: [publicKey, signature, data], answer }) => local(publicKey, signature, data).then(answer, () => answer(false))));

  const pump = () => {
    pumping = false;
    for (const [helper, sent] of working) {
      while (sent.size < ahead && queue.length > 0) {
        const batch = queue.splice(0, batchSize);
        const id = nextId++;
        sent.set(id, batch);
        helper.postMessage({ id, items: batch.map(({ item }) => item) });
      }
    }
  };
  const schedule = () => {
    if (pumping) return;
    pumping = true;
    queueMicrotask(pump);
  };
  for (const helper of helpers) {
    helper.addEventListener('message', ({ data }) => {
      const sent = working.get(helper);
      const batch = sent?.get(data.id);
      sent?.delete(data.id);
      data.verdicts.forEach((ok, i) => batch?.[i]!.answer(ok));
      schedule();
    });
    helper.addEventListener('error', () => {
      // What the failed helper held is verified here; the others go on, and once none is left,
      // everything waiting is verified here too.
      const sent = working.get(helper);
      if (!sent) return;
      helper.terminate();
      working.delete(helper);
      for (const batch of sent.values()) void here(batch);
      if (working.size === 0) void here(queue.splice(0));
    });
  }

  return {
    verify: (publicKey, signature, data) =>
      new Promise<boolean>((answer) => {
        if (working.size === 0) return void local(publicKey, signature, data).then(answer, () => answer(false));
        queue.push({ item: [publicKey, signature, data], answer });
        schedule();
      }),
    async lend() {
      while (queue.length > 0) await here(queue.splice(Math.max(0, queue.length - batchSize)));
    },
    pause,
    close: () => {
      for (const helper of working.keys()) helper.terminate();
      working.clear();
      turns.close();
    },
  };
}
