import { parseBackup } from '../../../shared/incident/backup/parse';
import { NotTextError, textOf } from '../db/backupText';
import { webDigest } from '../db/crypto';
import { webVerify } from '../db/keys';
import type { FromBackupWorker, ToBackupWorker } from './backup.protocol';

// Reads and checks a backup off the page's thread: parsing, the manifest, every record's schema,
// every chain and signature and every replay of a history take seconds for a large record, and the
// window must keep answering (and be able to cancel) meanwhile. It touches no database.

const scope = self as unknown as {
  postMessage(message: FromBackupWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToBackupWorker }) => void): void;
};

scope.addEventListener('message', ({ data }) => {
  void (async () => {
    try {
      const result = await parseBackup(textOf(data.bytes), webDigest, webVerify, (step, done, total) =>
        scope.postMessage({ type: 'progress', step, done, total }),
      );
      scope.postMessage({ type: 'done', result });
    } catch (error) {
      if (error instanceof NotTextError) scope.postMessage({ type: 'not-text' });
      else scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
