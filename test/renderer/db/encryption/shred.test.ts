import { describe, expect, it } from 'vitest';
import { exportBackup } from '../../../../renderer/src/db/backup';
import { importBackup } from '../../../../renderer/src/db/restore';
import { decodeRow } from '../../../../renderer/src/db/encryption/rowCodec';
import { openPerson, readEnvelope, toHex } from '../../../../renderer/src/db/encryption/envelope';
import { openWithPassphrase } from '../../../../renderer/src/db/encryption/keyFile';
import { beginErasure } from '../../../../renderer/src/db/encryption/shred';
import { createIncident, erasePeople, eraseSubjects, importSubjects, incidentTimeline } from '../../../../renderer/src/db/repository';
import { writer } from '../support';
import { PASSPHRASE, openEncrypted, rawRows, reopen } from './support';

const people = [
  { name: 'Åse Kvernmo', address: 'Storgata 1, 9008 Tromsø', email: 'ase@example.no', language: 'nb' as const },
  { name: 'Per Hansen', address: 'Kirkegata 2, 0153 Oslo', email: null, language: 'en' as const },
];

/** Every epoch key any version of the key file ever held, opened with the passphrase, as someone with an old copy could. */
async function epochKeysIn(files: readonly Uint8Array[]): Promise<Map<string, Uint8Array>> {
  const keys = new Map<string, Uint8Array>();
  for (const file of files) {
    const opened = await openWithPassphrase(file, PASSPHRASE);
    if (opened.ok) for (const [id, key] of opened.keys.epochs) keys.set(id, key);
  }
  return keys;
}

/** The people whose stored rows can be opened with these epoch keys. */
function readable(rows: readonly Record<string, unknown>[], keys: Map<string, Uint8Array>): string[] {
  const names: string[] = [];
  for (const row of rows) {
    const envelope = readEnvelope(row.$sealed as Uint8Array);
    if (envelope?.kind !== 'person') continue;
    const key = keys.get(toHex(envelope.epochId));
    if (!key) continue;
    names.push((decodeRow(openPerson(key, 'subjects', String(row.id), envelope)) as { name: string }).name);
  }
  return names;
}

async function setUp(label: string) {
  const opened = await openEncrypted(label);
  const ctx = writer();
  const incident = await createIncident(opened.db, { title: 'Brev til feil adresse', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' }, ctx);
  ctx.tick();
  const [ase, per] = await importSubjects(opened.db, incident.id, people, ctx);
  ctx.tick();
  return { ...opened, incident, ase: ase!, per: per!, ctx };
}

describe('erasing a person destroys the key to their data (crypto-shredding)', () => {
  it('leaves the erased row unreadable with every key the profile now holds, the others readable', async () => {
    const { db, store, incident, ase, ctx } = await setUp('shred');
    const aseRow = (await rawRows(db.name, 'subjects')).find((row) => row.id === ase.id)!;
    const filesBefore = store.written.length;
    // Before: the profile's keys open Åse's stored row (the check below can see a person).
    expect(readable([aseRow], await epochKeysIn([store.written.at(-1)!]))).toEqual(['Åse Kvernmo']);

    await eraseSubjects(db, incident.id, [ase.id], ctx);

    expect((await db.subjects.toArray()).map((s) => s.name)).toEqual(['Per Hansen']);
    const [last] = (await incidentTimeline(db, incident.id)).slice(-1);
    expect(last).toMatchObject({ kind: 'subjects-erased', payload: { subjectIds: [ase.id] } });
    expect(JSON.stringify(last)).not.toContain('Åse');
    // The key file now on disk holds one epoch, a new one; the row as it was stored before cannot be opened with it.
    const now = await epochKeysIn([store.written.at(-1)!]);
    expect(now.size).toBe(1);
    expect(readable([aseRow], now)).toEqual([]);
    expect(readable(await rawRows(db.name, 'subjects'), now)).toEqual(['Per Hansen']);
    // The key files written during the erasure (two epochs, then one) are the last ones kept;
    // only a copy of the file from before the erasure could open the old row.
    expect(store.written.length).toBe(filesBefore + 2);
    expect(readable([aseRow], await epochKeysIn(store.written.slice(0, filesBefore)))).toEqual(['Åse Kvernmo']);
  });

  it('erases all people of an incident as one erasure, with one event and no personal data in it', async () => {
    const { db, store, incident, ase, per, ctx } = await setUp('all');
    const [after] = await erasePeople(db, [{ incidentId: incident.id, subjectIds: [ase.id, per.id] }], ctx);
    expect(after?.id).toBe(incident.id);
    expect(await db.subjects.count()).toBe(0);
    const erased = (await incidentTimeline(db, incident.id)).filter((e) => e.kind === 'subjects-erased');
    expect(erased).toHaveLength(1);
    expect((await epochKeysIn([store.written.at(-1)!])).size).toBe(1);
  });

  it('finishes an erasure cut short at the next unlock', async () => {
    const { db, name, store } = await setUp('crash');
    await beginErasure(db); // the app stops here: the key file holds two epochs
    expect((await epochKeysIn([store.written.at(-1)!])).size).toBe(2);
    db.close();
    const again = await reopen(name, store);
    expect((await epochKeysIn([store.written.at(-1)!])).size).toBe(1);
    expect((await again.subjects.toArray()).map((s) => s.name).sort()).toEqual(['Per Hansen', 'Åse Kvernmo']);
  });

  it('a backup taken before the erasure never brings the person back', async () => {
    const { db, incident, ase, ctx } = await setUp('restore');
    const older = (await exportBackup(db, { now: new Date('2026-03-03T00:00:00Z') })).chunks.join('');
    await eraseSubjects(db, incident.id, [ase.id], ctx);
    const restored = await importBackup(db, older);
    expect(restored.ok).toBe(true);
    expect((await db.subjects.toArray()).map((s) => s.name)).toEqual(['Per Hansen']);
    expect(restored.ok && restored.value.subjects.skipped).toBe(1);
  });

  it('a restore whose history erased people erases them here too, as an erasure', async () => {
    const source = await setUp('source');
    const copy = (await exportBackup(source.db, { now: new Date('2026-03-03T00:00:00Z') })).chunks.join('');
    const target = await openEncrypted('target', { installation: 'inst-b' });
    expect((await importBackup(target.db, copy)).ok).toBe(true);
    expect(await target.db.subjects.count()).toBe(2);
    await eraseSubjects(source.db, source.incident.id, [source.ase.id], source.ctx);
    const epochBefore = target.db.cipher.keys!.currentEpoch;
    const result = await importBackup(target.db, (await exportBackup(source.db, { now: new Date('2026-03-04T00:00:00Z') })).chunks.join(''));
    expect(result.ok).toBe(true);
    expect((await target.db.subjects.toArray()).map((s) => s.name)).toEqual(['Per Hansen']);
    expect(target.db.cipher.keys!.currentEpoch).not.toBe(epochBefore);
    expect(target.db.cipher.keys!.epochs.size).toBe(1);
  });
});
