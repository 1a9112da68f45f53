import { describe, expect, it, vi } from 'vitest';
import { createVerifyWorkers, sharedVerifier, type VerifyWorkerLike } from '../../../renderer/src/db/parallelVerify';
import { webVerify } from '../../../renderer/src/db/keys';
import { signHash, toBase64, utf8Bytes } from '../../../shared/chain';
import type { FromVerifyWorker, ToVerifyWorker } from '../../../renderer/src/workers/verify.protocol';

// Signatures asked for wait in one queue that a helper worker and this thread both drain; every
// answer must be the right one for its own signature, whoever checked it, and a helper that fails
// loses nothing.

async function signed(count: number) {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const publicKey = toBase64(new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey)));
  const sign = (data: Uint8Array<ArrayBuffer>) => crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, data);
  const items: { hash: string; signature: string }[] = [];
  for (let i = 0; i < count; i++) {
    const hash = `hash-${i}`;
    items.push({ hash, signature: await signHash(hash, sign) });
  }
  return { publicKey, items };
}

/** A helper running the worker's job in this thread, counting what it was given; it can be made to fail. */
function helperHere(options: { fail?: boolean } = {}) {
  const seen = { items: 0, batches: 0, terminated: false };
  let onMessage: ((event: { data: FromVerifyWorker }) => void) | null = null;
  let onError: (() => void) | null = null;
  const worker: VerifyWorkerLike = {
    postMessage(message: ToVerifyWorker) {
      seen.items += message.items.length;
      seen.batches++;
      if (options.fail) return void setTimeout(() => onError?.(), 0);
      void Promise.all(message.items.map(([key, signature, data]) => webVerify(key, signature, data))).then((verdicts) => onMessage?.({ data: { id: message.id, verdicts } }));
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      if (type === 'message') onMessage = listener as (event: { data: FromVerifyWorker }) => void;
      else onError = listener as () => void;
    },
    terminate() {
      seen.terminated = true;
    },
  };
  return { worker, seen };
}

describe('verifying signatures beside other work', () => {
  it('gives the helper batches as it finishes them, and this thread the rest only when lent', async () => {
    const { publicKey, items } = await signed(2500);
    const asked = items.map(({ hash, signature }, i) => ({ hash: i % 7 === 0 ? `${hash}-changed` : hash, signature }));
    const { worker, seen } = helperHere();
    // Two batches of 1,024 held by the helper; the 452 left are fewer than this thread takes at once.
    const verifier = sharedVerifier(webVerify, [worker], { batch: 1024, ahead: 2 });
    const answers = asked.map(({ hash, signature }) => verifier.verify(publicKey, signature, utf8Bytes(hash)));
    // Before it is lent, only the helper works: two batches at a time.
    await Promise.resolve();
    expect(seen).toMatchObject({ items: 2048, batches: 2 });
    await verifier.lend();
    expect(await Promise.all(answers)).toEqual(asked.map((_, i) => i % 7 !== 0));
    // This thread took what was left from the back: the helper did not see it.
    expect(seen.items).toBe(2048);
    verifier.close();
    expect(seen.terminated).toBe(true);
  });
});

describe('verifying signatures on several helpers', () => {
  it('shares the queue between them, each holding its own batches, every answer its own', async () => {
    const { publicKey, items } = await signed(1000);
    const asked = items.map(({ hash, signature }, i) => ({ hash: i % 5 === 0 ? `${hash}-changed` : hash, signature }));
    const one = helperHere();
    const two = helperHere();
    const verifier = sharedVerifier(webVerify, [one.worker, two.worker], { batch: 100, ahead: 2 });
    const answers = asked.map(({ hash, signature }) => verifier.verify(publicKey, signature, utf8Bytes(hash)));
    await Promise.resolve();
    // Each is given two batches at once; the rest waits for whichever finishes first.
    expect(one.seen).toMatchObject({ items: 200, batches: 2 });
    expect(two.seen).toMatchObject({ items: 200, batches: 2 });
    expect(await Promise.all(answers)).toEqual(asked.map((_, i) => i % 5 !== 0));
    expect(one.seen.items + two.seen.items).toBe(1000);
    verifier.close();
    expect(one.seen.terminated && two.seen.terminated).toBe(true);
  });

  it('goes on with the others when one fails, and checks what it held here', async () => {
    const { publicKey, items } = await signed(600);
    const failing = helperHere({ fail: true });
    const good = helperHere();
    const verifier = sharedVerifier(webVerify, [failing.worker, good.worker], { batch: 100, ahead: 1 });
    const verdicts = await Promise.all(items.map(({ hash, signature }, i) => verifier.verify(publicKey, signature, utf8Bytes(i === 50 ? 'other' : hash))));
    expect(verdicts).toEqual(items.map((_, i) => i !== 50));
    expect(failing.seen).toMatchObject({ batches: 1, terminated: true });
    // The good one took the rest of the queue: the failed one's only batch was checked here.
    expect(good.seen.items).toBe(500);
    expect(good.seen.terminated).toBe(false);
    verifier.close();
  });

  it('starts one helper for each core beyond the first, three at most, none where there are no workers', () => {
    // Node has no Worker: the check then verifies on its own thread.
    expect(createVerifyWorkers(8)).toEqual([]);
    const started: string[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(_url: URL, options: { name: string }) {
          started.push(options.name);
        }
      },
    );
    try {
      expect([1, 2, 4, 8].map((cores) => createVerifyWorkers(cores).length)).toEqual([0, 1, 3, 3]);
      expect(started.every((name) => name === 'verify')).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('a helper that fails', () => {
  // More signatures than the shared verifier gives a helper at once: some were still waiting.
  it('loses nothing: what it held and what was waiting is checked here', async () => {
    const { publicKey, items } = await signed(2300);
    const { worker, seen } = helperHere({ fail: true });
    const verifier = sharedVerifier(webVerify, [worker], { batch: 512, ahead: 2 });
    const verdicts = await Promise.all(items.map(({ hash, signature }, i) => verifier.verify(publicKey, signature, utf8Bytes(i === 2260 ? 'other' : hash))));
    expect(verdicts).toEqual(items.map((_, i) => i !== 2260));
    expect(seen.terminated).toBe(true);
    // Later checks stay here.
    const batches = seen.batches;
    expect(await verifier.verify(publicKey, items[0]!.signature, utf8Bytes(items[0]!.hash))).toBe(true);
    expect(seen.batches).toBe(batches);
  });
});
