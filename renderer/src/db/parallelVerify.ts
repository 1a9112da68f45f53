import type { VerifySignature } from '../../../shared/chain';
import type { FromVerifyWorker, ToVerifyWorker } from '../workers/verify.protocol';

// Checking 100,000 signatures is seconds of CPU, and in Chromium each is verified on the thread that
// asks for it. A check that asks for many at once (a backup's, history by history) gets half of them
// verified by a second worker meanwhile: the requests made in one turn are split in two batches, one
// sent to the helper and the other verified here, and every answer is the helper's or this thread's
// own. If the helper fails, what it held is verified here.

export interface VerifyWorkerLike {
  postMessage(message: ToVerifyWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromVerifyWorker }) => void): void;
  addEventListener(type: 'error', listener: () => void): void;
  terminate(): void;
}

type Item = [string, string, Uint8Array<ArrayBuffer>];
interface Batch {
  items: Item[];
  answers: ((ok: boolean) => void)[];
}

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

export function parallelVerify(local: VerifySignature, helper: VerifyWorkerLike | null): { verify: VerifySignature; close(): void } {
  if (!helper) return { verify: local, close: () => {} };
  let worker: VerifyWorkerLike | null = helper;
  const sent = new Map<number, Batch>();
  let nextId = 0;
  let pending: { here: Batch; there: Batch } | null = null;

  const runHere = (batch: Batch) =>
    batch.items.forEach(([publicKey, signature, data], i) => void local(publicKey, signature, data).then(batch.answers[i], () => batch.answers[i]!(false)));

  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const batch of sent.values()) runHere(batch);
    sent.clear();
  };
  helper.addEventListener('message', ({ data }) => {
    const batch = sent.get(data.id);
    sent.delete(data.id);
    data.verdicts.forEach((ok, i) => batch?.answers[i]!(ok));
  });
  helper.addEventListener('error', fallBack);

  const flush = () => {
    const batches = pending!;
    pending = null;
    // The helper's half first, so that it works while this thread does its own.
    if (worker && batches.there.items.length > 0) {
      const id = nextId++;
      sent.set(id, batches.there);
      worker.postMessage({ id, items: batches.there.items });
    } else runHere(batches.there);
    runHere(batches.here);
  };

  const verify: VerifySignature = (publicKey, signature, data) =>
    new Promise<boolean>((answer) => {
      if (!pending) {
        pending = { here: { items: [], answers: [] }, there: { items: [], answers: [] } };
        queueMicrotask(flush);
      }
      const batch = pending.here.items.length <= pending.there.items.length ? pending.here : pending.there;
      batch.items.push([publicKey, signature, data]);
      batch.answers.push(answer);
    });

  return {
    verify,
    close: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
