import { describe, expect, it } from 'vitest';
import { AvvikDb } from '../../../renderer/src/db/database';
import { mergeHistory } from '../../../renderer/src/db/backup';
import { checkHistories, checkInBackground, loadRegister, trustInstallation } from '../../../renderer/src/db/repository';
import { webVerify } from '../../../renderer/src/db/keys';
import type { VerifySignature } from '../../../shared/chain';
import { SETTINGS_HISTORY_ID } from '../../../shared/incident/events';
import type { HistoryWorkerLike } from '../../../renderer/src/db/repository/checkInBackground';
import type { FromHistoryWorker, ToHistoryWorker } from '../../../renderer/src/workers/history.protocol';
import { registerCsv } from '../../../shared/register';
import { sampleRecord } from '../../shared/incident/fixtures';
import { uniqueName, writer } from './support';

async function sampleDb() {
  const db = new AvvikDb(uniqueName('register'));
  await mergeHistory(db, await (await sampleRecord()).signedTables());
  return db;
}

describe('the register screen’s data', () => {
  it('lists every incident with its notifications', async () => {
    const rows = await loadRegister(await sampleDb());
    expect(rows.map((r) => r.ref)).toEqual(['AVV-2026-003', 'AVV-2026-002', 'AVV-2026-001']);
    expect(rows[2]!.authority.references).toEqual(['AR4711']);
  });

  it('narrows by date through the index and filters by risk and status', async () => {
    const db = await sampleDb();
    expect((await loadRegister(db, { from: '2026-03-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' })).map((r) => r.ref)).toEqual(['AVV-2026-001']);
    expect((await loadRegister(db, { risks: ['high'], statuses: ['closed'] })).map((r) => r.ref)).toEqual(['AVV-2026-001']);
  });

  it('shows whether each incident’s history verifies', async () => {
    const db = await sampleDb();
    // The sample was written on another installation: its key is trusted here once a person compared it.
    expect([...(await checkHistories(db)).verdicts.values()]).toEqual([false, false, false]);
    await trustInstallation(db, 'installation-a', writer());
    const first = await db.events.orderBy('at').first();
    await db.events.put({ ...first!, actor: 'Forfalsket' });
    const { verdicts: verified } = await checkHistories(db);
    const rows = await loadRegister(db, {}, verified);
    expect(rows.find((r) => r.incidentId === first!.incidentId)?.historyVerified).toBe(false);
    expect(rows.filter((r) => r.historyVerified === true)).toHaveLength(2);
    expect(registerCsv(rows, 'nb', 'Europe/Oslo')).toContain('"Historikk verifisert"');
  });

  it('checks in slices with progress, and replays again only what changed since it last verified', async () => {
    const db = await sampleDb();
    await trustInstallation(db, 'installation-a', writer());
    const progress: [number, number][] = [];
    const first = await checkHistories(db, { onProgress: (done, total) => progress.push([done, total]) });
    expect(progress).toEqual([
      [0, 3],
      [3, 3],
    ]);
    expect([...first.verdicts.values()]).toEqual([true, true, true]);
    expect(first.remember.size).toBe(3);

    // Remembered digests that no longer match what is stored count for nothing: an event altered
    // after the last check is caught, and the two untouched histories are still verified.
    const event = await db.events.orderBy('at').first();
    await db.events.put({ ...event!, actor: 'Forfalsket' });
    const second = await checkHistories(db, {}, first.remember);
    expect(second.verdicts.get(event!.incidentId)).toBe(false);
    expect([...second.verdicts.values()].filter(Boolean)).toHaveLength(2);
    expect(second.remember.has(event!.incidentId)).toBe(false);

    // A remembered verdict is bound to the trust it was reached under.
    const lying = new Map([...first.remember].map(([id]) => [id, 'not what is stored'] as [string, string]));
    const untrusted = await sampleDb();
    expect([...(await checkHistories(untrusted, {}, first.remember)).verdicts.values()]).toEqual([false, false, false]);
    expect([...(await checkHistories(db, {}, lying)).verdicts.values()].filter(Boolean)).toHaveLength(2);
  });

  it('verifies the signatures the way it is given (a second worker in the app), every one of them', async () => {
    const db = await sampleDb();
    await trustInstallation(db, 'installation-a', writer());
    let asked = 0;
    const counting: VerifySignature = (...args) => {
      asked++;
      return webVerify(...args);
    };
    expect([...(await checkHistories(db, {}, new Map(), counting)).verdicts.values()]).toEqual([true, true, true]);
    // Every signed event of every incident (the settings' history is not the register's to check).
    expect(asked).toBe(await db.events.filter((event) => event.sig !== undefined && event.incidentId !== SETTINGS_HISTORY_ID).count());
    const refusing: VerifySignature = async () => false;
    expect([...(await checkHistories(db, {}, new Map(), refusing)).verdicts.values()]).toEqual([false, false, false]);
  });

  it('asks for the signatures of what it checks, and none of what verified before and is unchanged', async () => {
    const db = await sampleDb();
    await trustInstallation(db, 'installation-a', writer());
    const signed = await db.events.filter((event) => event.sig !== undefined && event.incidentId !== SETTINGS_HISTORY_ID).toArray();
    let asked = 0;
    const counting: VerifySignature = (...args) => {
      asked++;
      return webVerify(...args);
    };
    const first = await checkHistories(db, {}, new Map(), counting);
    expect([...first.verdicts.values()]).toEqual([true, true, true]);
    expect(asked).toBe(signed.length);

    // One history changed behind the record's back: only its signatures are asked for again.
    const altered = signed[0]!;
    await db.events.put({ ...altered, actor: 'Forfalsket' });
    asked = 0;
    const second = await checkHistories(db, {}, first.remember, counting);
    expect(second.verdicts.get(altered.incidentId)).toBe(false);
    expect([...second.verdicts.values()].filter(Boolean)).toHaveLength(2);
    expect(asked).toBe(signed.filter((event) => event.incidentId === altered.incidentId).length);
  });

  it('runs the check in a worker when there is one, and passes on its progress and verdicts', async () => {
    const db = await sampleDb();
    const posted: ToHistoryWorker[] = [];
    let listener: (event: { data: FromHistoryWorker }) => void = () => undefined;
    let terminated = false;
    const fake: HistoryWorkerLike = {
      postMessage: (message) => posted.push(message),
      addEventListener: (type: 'message' | 'error', l: (event: never) => void) => {
        if (type === 'message') listener = l as typeof listener;
      },
      terminate: () => void (terminated = true),
    };
    const progress: number[] = [];
    const run = checkInBackground(db, { onProgress: (done) => progress.push(done) }, () => fake);
    expect(posted).toEqual([{ type: 'check', dbName: db.name, keys: null, remembered: [] }]);
    listener({ data: { type: 'progress', done: 1, total: 2 } });
    listener({ data: { type: 'verdicts', slice: [['a', true], ['b', false]] } });
    listener({ data: { type: 'done', remember: [['a', 'digest']] } });
    expect([...(await run.result)]).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(progress).toEqual([1]);
    expect(terminated).toBe(true);
    // The next check starts from what the worker remembered.
    checkInBackground(db, {}, () => fake);
    expect(posted[1]!.remembered).toEqual([['a', 'digest']]);
  });

  it('reports a worker that failed as a check that could not run', async () => {
    const db = await sampleDb();
    let listener: (event: { data: FromHistoryWorker }) => void = () => undefined;
    const fake: HistoryWorkerLike = {
      postMessage: () => undefined,
      addEventListener: (type: 'message' | 'error', l: (event: never) => void) => {
        if (type === 'message') listener = l as typeof listener;
      },
      terminate: () => undefined,
    };
    const run = checkInBackground(db, {}, () => fake);
    listener({ data: { type: 'failed', message: 'the record is locked' } });
    await expect(run.result).rejects.toThrow('the record is locked');
  });

  it('checks here, in slices, where there is no worker', async () => {
    const db = await sampleDb();
    expect(typeof Worker).toBe('undefined');
    await trustInstallation(db, 'installation-a', writer());
    expect([...(await checkInBackground(db).result).values()]).toEqual([true, true, true]);
  });
});
