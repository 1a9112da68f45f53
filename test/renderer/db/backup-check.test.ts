import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AvvikDb } from '../../../renderer/src/db/database';
import { exportBackup } from '../../../renderer/src/db/backup';
import { applyBackup, importBackup, previewBackup, readBackupFile } from '../../../renderer/src/db/restore';
import { batchesOfCheckedFile, checkBackupFile, joinParts, sendInParts, type BackupWorkerLike } from '../../../renderer/src/db/backupCheck';
import { FileChangedError } from '../../../shared/incident/backup/batches';
import { importFailure } from '../../../shared/incident/backup/errors';
import { NotTextError, textOf } from '../../../renderer/src/db/backupText';
import { createIncident, updateDetails } from '../../../renderer/src/db/repository';
import { parseBackup, type BackupCheckStep } from '../../../shared/incident/backup/parse';
import type { FromBackupWorker, ToBackupWorker } from '../../../renderer/src/workers/backup.protocol';
import { webDigest } from '../../../renderer/src/db/crypto';
import { webVerify } from '../../../renderer/src/db/keys';
import { backupSigner } from '../../../renderer/src/db/backup';
import { exportBackupFile, type ExportStep } from '../../../renderer/src/db/backupExport';
import { decryptFile, encryptFile, openedWhole, plainFile } from '../../../renderer/src/db/fileEncryption';
import { openEncryptedFile } from '../../../renderer/src/db/openEncrypted';
import { contentOf, openFresh, snapshot, writer } from './support';

// A restore reads and checks the file in a worker, saying how far it has come, and the user can
// stop it. Here the worker's own code runs behind a stand-in for the browser's Worker.

const intake = { title: 'Tapt minnepenn', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };

async function backupBytes(db: AvvikDb): Promise<Uint8Array> {
  const file = await exportBackup(db, { now: new Date('2026-06-01T08:00:00Z') });
  return new TextEncoder().encode(file.chunks.join(''));
}

// The worker module listens on `self`; it is loaded once against this scope.
type Listener = (event: { data: ToBackupWorker }) => void;
const scope = { listeners: [] as Listener[], toPage: null as ((message: FromBackupWorker) => void) | null };

beforeAll(async () => {
  Object.assign(globalThis, {
    self: {
      postMessage: (message: FromBackupWorker) => scope.toPage?.(message),
      addEventListener: (_type: 'message', listener: Listener) => scope.listeners.push(listener),
    },
  });
  await import('../../../renderer/src/workers/backup.worker');
});

afterAll(() => {
  delete (globalThis as { self?: unknown }).self;
});

/** A Worker that runs backup.worker.ts in this thread and records what happens to it. */
function workerHere() {
  const record = { terminated: false, transfer: [] as Transferable[], messages: [] as FromBackupWorker['type'][] };
  const listeners: ((event: { data: FromBackupWorker }) => void)[] = [];
  const worker: BackupWorkerLike = {
    postMessage(message, transfer = []) {
      record.transfer = transfer;
      scope.toPage = (reply) => {
        if (record.terminated) return;
        record.messages.push(reply.type);
        listeners.forEach((listener) => listener({ data: reply }));
      };
      scope.listeners.forEach((listener) => listener({ data: message }));
    },
    addEventListener(type: 'message' | 'error', listener: (event: never) => void) {
      if (type === 'message') listeners.push(listener as (event: { data: FromBackupWorker }) => void);
    },
    removeEventListener(type: 'message' | 'error', listener: (event: never) => void) {
      const at = listeners.indexOf(listener as (event: { data: FromBackupWorker }) => void);
      if (type === 'message' && at >= 0) listeners.splice(at, 1);
    },
    terminate() {
      record.terminated = true;
    },
  };
  return { worker, record };
}

describe('checking a backup in the background', () => {
  let source: AvvikDb;
  beforeAll(async () => {
    // An encrypted profile: the worker reads it with the page's keys.
    source = await openFresh('check-source', 'inst-a');
    const ctx = writer();
    for (const title of ['Tapt minnepenn', 'Bærbar PC stjålet på tog', 'Innbrudd i e-postkonto']) {
      const { id } = await createIncident(source, { ...intake, title }, ctx);
      ctx.tick();
      await updateDetails(source, id, { description: `Beskrivelse av ${title}` }, ctx);
      ctx.tick();
    }
  });

  it('checks a file of format 2 in the worker as it reads it, and hands it over again in batches holding what the whole reading holds', async () => {
    const bytes = await backupBytes(source);
    const whole = await parseBackup(new TextDecoder().decode(bytes), webDigest, webVerify);
    if (!whole.ok || whole.value.content.kind !== 'history') throw new Error('expected a history');
    const { tables } = whole.value.content;
    const { worker, record } = workerHere();
    const seen: [BackupCheckStep, number, number][] = [];
    const result = await checkBackupFile(plainFile(bytes), { onProgress: (step, done, total) => seen.push([step, done, total]) }, () => worker);
    if (!result.ok || result.value.kind !== 'streamed') throw new Error('expected the file checked as it was read');
    const { backup, source: checkedSource } = result.value;
    expect(backup.counts).toMatchObject({ events: tables.events.length, subjects: tables.subjects.length, histories: new Set(tables.events.map((e) => e.incidentId)).size });
    expect(record.messages).toEqual([...record.messages.filter((type) => type === 'progress'), 'streamed']);
    expect([...new Set(seen.map(([step]) => step))]).toEqual(['check', 'signatures']);
    expect(seen.filter(([step]) => step === 'signatures').at(-1)?.[1]).toBe(seen.filter(([step]) => step === 'signatures').at(-1)?.[2]);
    // A small file: the worker that checked it keeps it, until let go.
    expect(result.value.held).toBe(worker);
    expect(record.terminated).toBe(false);

    // Read again from the file in another worker, a batch at a time: the same records, each history whole in one batch.
    const again = workerHere();
    const batches = [];
    for await (const batch of batchesOfCheckedFile(checkedSource, backup.units, () => again.worker)) batches.push(batch);
    const events = batches.flatMap((batch) => batch.tables.events);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(events)).toEqual(byId(tables.events));
    expect(byId(batches.flatMap((batch) => batch.tables.subjects))).toEqual(byId(tables.subjects));
    for (const batch of batches) {
      const ids = new Set(batch.tables.events.map((event) => event.incidentId));
      expect(batch.tables.heads.map((heads) => heads.id).sort()).toEqual([...ids].sort());
      expect(batch.tables.installations).toEqual(tables.installations);
    }
    // The worker's replays of the three incidents came with their histories.
    expect(batches.flatMap((batch) => batch.replayed.map((r) => r.incident.id)).sort()).toEqual(whole.value.content.replayed!.map((r) => r.incident.id).sort());
    expect(again.record.messages.at(-1)).toBe('batches-done');
    expect(again.record.terminated).toBe(true);
  });

  it('keeps a small file as checked in the worker that checked it, for the preview and the merge, until let go', async () => {
    const bytes = await backupBytes(source);
    const checker = workerHere();
    const result = await checkBackupFile(plainFile(bytes), {}, () => checker.worker);
    if (!result.ok || result.value.kind !== 'streamed') throw new Error('expected the file checked as it was read');
    const { backup, held } = result.value;
    expect(held).toBe(checker.worker);
    expect(checker.record.terminated).toBe(false);
    // Taken from the worker's memory: a source that is not the file at all is never read.
    const nothing = { file: new Blob(['not the file']), key: null };
    const fromMemory = [];
    for await (const batch of batchesOfCheckedFile(nothing, backup.units, null, held)) fromMemory.push(batch);
    const again = [];
    for await (const batch of batchesOfCheckedFile(plainFile(bytes), backup.units, () => workerHere().worker)) again.push(batch);
    expect(fromMemory).toEqual(again);
    expect(checker.record.terminated).toBe(false);
    // Through the restore: letting go of the read file ends the worker.
    const target = await openFresh('held-target', 'inst-b', { clear: true });
    const keeper = workerHere();
    const read = await readBackupFile(target, plainFile(bytes), {}, { createWorker: () => keeper.worker });
    if (!read.ok) throw new Error(read.error.code);
    expect((await previewBackup(target, read.value)).ok).toBe(true);
    expect((await applyBackup(target, read.value)).ok).toBe(true);
    expect(keeper.record.terminated).toBe(false);
    read.value.release();
    expect(keeper.record.terminated).toBe(true);
    expect(await target.events.count()).toBe(backup.counts.events);
  });

  it('refuses a file read again that is not the file it checked, before handing over any of what differs', async () => {
    const bytes = await backupBytes(source);
    const result = await checkBackupFile(plainFile(bytes), {}, () => workerHere().worker);
    if (!result.ok || result.value.kind !== 'streamed') throw new Error('expected the file checked as it was read');
    const { units } = result.value.backup;
    const text = new TextDecoder().decode(bytes);
    const other = new Blob([text.replace('Beskrivelse av Tapt minnepenn', 'Beskrivelse endret etterpå')]);
    expect(other.size).not.toBe(bytes.length);
    const handed: string[] = [];
    const reading = (async () => {
      for await (const batch of batchesOfCheckedFile({ file: other, key: null }, units, () => workerHere().worker)) handed.push(...batch.tables.events.map((e) => e.id));
    })();
    await expect(reading).rejects.toBeInstanceOf(FileChangedError);
    const changed = (JSON.parse(text).tables.events as { id: string }[]).find((e) => JSON.stringify(e).includes('Beskrivelse av Tapt minnepenn'))!;
    expect(changed).toBeDefined();
    expect(handed).not.toContain(changed.id);
  });

  it('reads a file not in the line layout whole in the worker, its records handed over in parts', async () => {
    const text = JSON.stringify(JSON.parse(new TextDecoder().decode(await backupBytes(source))), null, 2);
    const bytes = new TextEncoder().encode(text);
    const expected = await parseBackup(text, webDigest, webVerify);
    const { worker, record } = workerHere();
    const seen: [BackupCheckStep, number, number][] = [];
    const result = await checkBackupFile(plainFile(bytes), { onProgress: (step, done, total) => seen.push([step, done, total]) }, () => worker);

    expect(result).toEqual(expected.ok ? { ok: true, value: { kind: 'whole', parsed: expected.value } } : expected);
    expect(result.ok).toBe(true);
    // The records came to the page in messages of their own, before the answer.
    const filled = expected.ok ? Object.values(expected.value.content.tables).filter((records) => records.length > 0).length : 0;
    expect(filled).toBe(3);
    // Each filled table in one part here, and the check's replays of the three incidents in another.
    expect(expected.ok && expected.value.content.kind === 'history' && expected.value.content.replayed).toHaveLength(3);
    expect(record.messages.filter((type) => type === 'records')).toHaveLength(filled + 1);
    expect(record.messages.at(-1)).toBe('checked');
    expect([...new Set(seen.map(([step]) => step))]).toEqual(['manifest', 'records', 'chains', 'histories', 'signatures']);
    const events = expected.ok ? expected.value.content.tables.events.length : 0;
    expect(seen.filter(([step]) => step === 'signatures').at(-1)).toEqual(['signatures', events, events]);
    expect(seen.filter(([step]) => step === 'histories').at(-1)).toEqual(['histories', 3, 3]);
    expect(record.terminated).toBe(true);
  });

  it('hands the checked records to the page in parts, put back together in their order', async () => {
    const bytes = await backupBytes(source);
    const checked = await parseBackup(new TextDecoder().decode(bytes), webDigest, webVerify);
    const sent: [string, unknown[]][] = [];
    const answer = sendInParts(structuredClone(checked), (table, records) => sent.push([table, records]), 2);
    // The answer itself carries no record and no replay; every part holds at most two.
    expect(answer.ok && Object.values(answer.value.content.tables).every((records) => records.length === 0)).toBe(true);
    expect(answer.ok && answer.value.content.kind === 'history' && answer.value.content.replayed).toEqual([]);
    expect(sent.filter(([name]) => name === 'replayed').flatMap(([, records]) => records)).toHaveLength(3);
    expect(sent.every(([, records]) => records.length <= 2)).toBe(true);
    const events = checked.ok ? checked.value.content.tables.events.length : 0;
    expect(sent.filter(([table]) => table === 'events')).toHaveLength(Math.ceil(events / 2));
    const parts = new Map<string, unknown[][]>();
    for (const [table, records] of sent) parts.set(table, [...(parts.get(table) ?? []), records]);
    expect(joinParts(answer, parts)).toEqual(checked);
    // A refusal passes as it is.
    const refused = { ok: false as const, error: importFailure('malformed', 'x') };
    expect(sendInParts(refused, () => expect.unreachable())).toBe(refused);
  });

  it('stops the worker when the user cancels, and says nothing after', async () => {
    const bytes = await backupBytes(source);
    const { worker, record } = workerHere();
    const controller = new AbortController();
    const steps: BackupCheckStep[] = [];
    const checked = checkBackupFile(plainFile(
      bytes),
      {
        signal: controller.signal,
        onProgress: (step) => {
          steps.push(step);
          if (step === 'check') controller.abort();
        },
      },
      () => worker,
    );
    await expect(checked).rejects.toMatchObject({ name: 'AbortError' });
    expect(record.terminated).toBe(true);
    expect(steps).toEqual(['check']);
  });

  it('stops the check in this thread too, where no worker can run', async () => {
    const bytes = await backupBytes(source);
    const controller = new AbortController();
    const steps: BackupCheckStep[] = [];
    const checked = checkBackupFile(plainFile(
      bytes),
      {
        signal: controller.signal,
        onProgress: (step) => {
          steps.push(step);
          if (step === 'histories') controller.abort();
        },
      },
      null,
    );
    await expect(checked).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps).not.toContain('signatures');
  });

  it('tells a file that is not text from a bad backup, in the worker and here', async () => {
    const bytes = await backupBytes(source);
    bytes[200] = 0xff;
    await expect(checkBackupFile(plainFile(bytes.slice()), {}, () => workerHere().worker)).rejects.toBeInstanceOf(NotTextError);
    await expect(checkBackupFile(plainFile(bytes.slice()), {}, null)).rejects.toBeInstanceOf(NotTextError);
  });

  it('reads a very large file in pieces, with the same result, and finds a broken character between pieces', async () => {
    const bytes = await backupBytes(source);
    const whole = await parseBackup(new TextDecoder().decode(bytes), webDigest, webVerify);
    // Pieces of 7 bytes: many boundaries fall inside a two-byte letter (æ, ø, å in the titles).
    const pieces = textOf(bytes, 1024, 7);
    expect(typeof pieces).not.toBe('string');
    expect(await parseBackup(pieces, webDigest, webVerify)).toEqual(whole);

    const broken = bytes.slice();
    broken[broken.length - 40] = 0xc3; // the start of a two-byte letter, followed by plain ASCII
    await expect(parseBackup(textOf(broken, 1024, 7), webDigest, webVerify)).rejects.toBeInstanceOf(NotTextError);
  });

  it('restores a file checked as it was read, batch by batch, to the record a whole reading restores', async () => {
    const bytes = await backupBytes(source);
    const wholeTarget = await openFresh('batches-whole', 'inst-b', { clear: true });
    expect((await importBackup(wholeTarget, new TextDecoder().decode(bytes))).ok).toBe(true);
    const target = await openFresh('batches-target', 'inst-b', { clear: true });
    const read = await readBackupFile(target, plainFile(bytes), {}, { createWorker: () => workerHere().worker });
    if (!read.ok) throw new Error(read.error.code);
    const progress: number[] = [];
    const preview = await previewBackup(target, read.value, { onProgress: (done) => progress.push(done) });
    expect(preview.ok && preview.value.incidents.added).toBe(3);
    expect(progress.at(-1)).toBe(read.value.records);
    expect(await target.events.count()).toBe(0);
    const applied = await applyBackup(target, read.value);
    expect(applied.ok && applied.value.incidents.added).toBe(3);
    const rows = async (db: AvvikDb) => ({
      incidents: await db.incidents.orderBy('id').toArray(),
      events: await db.events.orderBy('id').toArray(),
      notifications: await db.notifications.orderBy('id').toArray(),
    });
    expect(await rows(target)).toEqual(await rows(wholeTarget));
  });

  it('reads a picked file to what the preview and the merge need', async () => {
    const target = await openFresh('check-target', 'inst-b', { clear: true });
    const read = await readBackupFile(target, plainFile(await backupBytes(source)), {});
    if (!read.ok) throw new Error(read.error.code);
    expect(read.value.signed).toBe(true);
    expect(new Set((await contentOf(read.value)).events.map((event) => event.incidentId)).size).toBe(3);
  });

  it('writes the backup in the worker from the same database, read only, and the file restores', async () => {
    await backupSigner(source, { now: new Date('2026-06-01T08:00:00Z') });
    const before = await snapshot(source);
    const { worker, record } = workerHere();
    const steps: ExportStep[] = [];
    const file = await exportBackupFile(source, { now: new Date('2026-06-01T08:00:00Z'), passphrase: null }, { onProgress: (step) => steps.push(step) }, () => worker);
    expect(await snapshot(source)).toEqual(before);
    expect(record.terminated).toBe(true);
    expect([...new Set(steps)]).toEqual(['reading', 'writing']);
    expect(file).toMatchObject({ suggestedName: expect.stringMatching(/^avvik-backup.*\.json$/), mimeType: 'application/json', incidents: 3 });

    const target = await openFresh('export-target', 'inst-c', { clear: true });
    const read = await readBackupFile(target, { file: file.file, key: null }, {});
    if (!read.ok) throw new Error(read.error.code);
    const { events } = await contentOf(read.value);
    expect(events).toHaveLength(file.events);
    expect(events.map((event) => event.id).sort()).toEqual((await source.events.toArray()).map((event) => event.id).sort());
  });

  it('encrypts the file in the worker when a passphrase is given', async () => {
    const { worker } = workerHere();
    const steps: ExportStep[] = [];
    const file = await exportBackupFile(source, { now: new Date('2026-06-01T08:00:00Z'), passphrase: 'en lang nok passfrase', workFactor: 4 }, { onProgress: (step) => steps.push(step) }, () => worker);
    expect(steps).toContain('encrypting');
    expect(file.suggestedName).toMatch(/\.json\.age$/);
    const opened = await decryptFile(new Uint8Array(await file.file.arrayBuffer()), 'en lang nok passfrase');
    if (!opened.ok) throw new Error(opened.error.code);
    // The same file as the plain export of the same moment (its parts were sealed while written).
    const plain = await exportBackupFile(source, { now: new Date('2026-06-01T08:00:00Z'), passphrase: null }, {}, () => workerHere().worker);
    expect(new TextDecoder().decode(opened.bytes)).toBe(new TextDecoder().decode(await plain.file.arrayBuffer()));
  });

  it('stops writing when the user asks', async () => {
    const { worker, record } = workerHere();
    const controller = new AbortController();
    const exported = exportBackupFile(
      source,
      { now: new Date('2026-06-01T08:00:00Z'), passphrase: null },
      { signal: controller.signal, onProgress: (step) => step === 'writing' && controller.abort() },
      () => worker,
    );
    await expect(exported).rejects.toMatchObject({ name: 'AbortError' });
    expect(record.terminated).toBe(true);
  });
});

describe('opening an encrypted file in the background', () => {
  it('opens it in the worker with the right passphrase, says so of a wrong one, and reads it decrypted as often as asked', async () => {
    const plain = '{"format":"avvik-backup","people":["Åse Kvernmo"]}\n'.repeat(3000);
    // A low scrypt work factor keeps the test fast; the file says which one it was made with.
    const file = new Blob([(await encryptFile(new TextEncoder().encode(plain), 'et langt nok passord', 10)) as Uint8Array<ArrayBuffer>]);

    const wrong = workerHere();
    expect(await openEncryptedFile(file, 'feil passord her', () => wrong.worker)).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    // (An export stopped by an earlier test goes on in this thread, where a real worker would have been
    // ended, and may still say how far it is.)
    const own = (messages: string[]) => messages.filter((type) => type !== 'export-progress');
    expect(own(wrong.record.messages)).toEqual(['opened']);
    expect(wrong.record.terminated).toBe(true);

    const right = workerHere();
    const opened = await openEncryptedFile(file, 'et langt nok passord', () => right.worker);
    if (!opened.ok) throw new Error(opened.error.code);
    expect(own(right.record.messages)).toEqual(['opened']);
    // The key, not the text: the file stays as it is, and is decrypted each time it is read.
    expect(opened.opened.file).toBe(file);
    expect(opened.opened.key).toHaveLength(16);
    for (let reading = 0; reading < 2; reading++) expect(new TextDecoder().decode(await openedWhole(opened.opened))).toBe(plain);
    // A damaged file is refused as such when its header does not hold.
    const damaged = new Uint8Array(await file.arrayBuffer());
    damaged[40] = damaged[40]! ^ 1;
    expect(await openEncryptedFile(new Blob([damaged]), 'et langt nok passord', () => workerHere().worker)).toMatchObject({ ok: false });
  });

  it('restores an encrypted backup, decrypting it as each reading goes, to what the plain file restores', async () => {
    const source = await openFresh('encrypted-source', 'inst-a');
    const ctx = writer();
    for (const title of ['Tapt minnepenn', 'Bærbar PC stjålet på tog']) {
      await createIncident(source, { ...intake, title }, ctx);
      ctx.tick();
    }
    const bytes = await backupBytes(source);
    const sealed = new Blob([(await encryptFile(bytes, 'et langt nok passord', 10)) as Uint8Array<ArrayBuffer>]);
    const opened = await openEncryptedFile(sealed, 'et langt nok passord', () => workerHere().worker);
    if (!opened.ok) throw new Error(opened.error.code);
    const target = await openFresh('encrypted-target', 'inst-d', { clear: true });
    const read = await readBackupFile(target, opened.opened, {}, { createWorker: () => workerHere().worker });
    if (!read.ok) throw new Error(read.error.code);
    expect((await applyBackup(target, read.value)).ok).toBe(true);
    expect((await target.events.toArray()).map((e) => e.id).sort()).toEqual((await source.events.toArray()).map((e) => e.id).sort());
  });
});
