import { afterEach, describe, expect, it } from 'vitest';
import { pouchFactory, type PouchConstructor } from '../../renderer/src/sync/pouch';
import { memoryPouchDB } from '../../scripts/sync-server.mjs';

// The server gone for a moment: PouchDB's replication asks the remote for its info only to update
// a progress figure and never listens for the answer. That failure must not surface as an
// unhandled rejection (it failed a whole test run once), yet whoever does ask must still hear it.
describe('a remote database whose server is unreachable', () => {
  const unheard: unknown[] = [];
  const listen = (reason: unknown) => void unheard.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', listen);
    unheard.length = 0;
  });

  it('answers info with the error to whoever asks, and leaves no rejection unheard', async () => {
    process.on('unhandledRejection', listen);
    const factory = pouchFactory(memoryPouchDB() as PouchConstructor, 'memory');
    const refused = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }));
    const remote = factory.remote('http://127.0.0.1:9/avvik-events', refused);

    const asked = remote.info();
    // As pouchdb-replication does after each batch: ask, and never catch.
    const chained = remote.info().then(() => 'answered');
    await new Promise((resolve) => setTimeout(resolve, 100));

    await expect(asked).rejects.toThrow(/ECONNREFUSED/);
    await expect(chained).rejects.toThrow(/ECONNREFUSED/);
    expect(unheard).toEqual([]);
  });
});
