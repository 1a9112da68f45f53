import { AvvikDb } from '../db/database';
import { RowCipher } from '../db/encryption/cipher';
import { rowSealing } from '../db/encryption/sealing';
import { checkHistories } from '../db/repository/historyCheck';
import { webVerify } from '../db/keys';
import { createVerifyWorkers, sharedVerifier } from '../db/parallelVerify';
import type { FromHistoryWorker, ToHistoryWorker } from './history.protocol';

// Checks every incident's history off the page's thread, so that a register of thousands of
// incidents never holds up typing. Reads only: it opens the same database with the same keys and
// never writes (the cipher refuses to save keys). Started by db/repository/checkInBackground.ts.

const scope = self as unknown as {
  postMessage(message: FromHistoryWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToHistoryWorker }) => void): void;
};

scope.addEventListener('message', ({ data }) => {
  void (async () => {
    const cipher = new RowCipher();
    if (data.keys) {
      cipher.useKeys(data.keys, () => Promise.reject(new Error('the history check only reads')), rowSealing);
    }
    const db = new AvvikDb(data.dbName, { cipher });
    // The signatures are verified by other workers (one for each spare core) while this one
    // reads, hashes and replays: most of the check is signatures.
    const verifier = sharedVerifier(webVerify, createVerifyWorkers());
    try {
      await db.open();
      const { remember } = await checkHistories(
        db,
        {
          onProgress: (done, total) => scope.postMessage({ type: 'progress', done, total }),
          onVerdicts: (slice) => scope.postMessage({ type: 'verdicts', slice }),
        },
        new Map(data.remembered),
        verifier.verify,
      );
      scope.postMessage({ type: 'done', remember: [...remember] });
    } catch (error) {
      scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      verifier.close();
      db.close();
    }
  })();
});
