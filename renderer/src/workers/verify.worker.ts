import { webVerify } from '../db/keys';
import type { FromVerifyWorker, ToVerifyWorker } from './verify.protocol';

// Verifies Ed25519 signatures for a check that runs in another worker (db/parallelVerify.ts). In
// Chromium a signature is verified on the thread that asks, so each thread more shares the wait.

const scope = self as unknown as {
  postMessage(message: FromVerifyWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToVerifyWorker }) => void): void;
};

scope.addEventListener('message', ({ data }) => {
  void Promise.all(data.items.map(([publicKey, signature, bytes]) => webVerify(publicKey, signature, bytes))).then((verdicts) =>
    scope.postMessage({ id: data.id, verdicts }),
  );
});
