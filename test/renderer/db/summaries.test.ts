import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { AvvikDb, STORES_V6 } from '../../../renderer/src/db/database';
import { exportBackup, mergeHistory } from '../../../renderer/src/db/backup';
import { importBackup } from '../../../renderer/src/db/restore';
import { openDatabase } from '../../../renderer/src/db/open';
import { assessIncident, closeIncident, createIncident, listOpenSummaries, recordDecision, updateDetails, updateFacts } from '../../../renderer/src/db/repository';
import { summarizeIncident } from '../../../shared/incident/summary';
import type { Incident } from '../../../shared/incident/model';
import { digest, mailFacts, sampleRecord } from '../../shared/incident/fixtures';
import { counterIds, openFresh, uniqueName, writer } from './support';

// Each incident's summary is written with its row by the database itself (db/summaries.ts): every
// path that writes incidents keeps the summaries equal to what the incidents summarise to.

const intake = { title: 'Tapt minnepenn', awareAt: '2026-03-02T07:30:00.000Z', role: 'controller' as const };

const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** The summaries stored, and what the stored incidents summarise to: the two must be equal. */
async function summariesAndIncidents(db: AvvikDb) {
  const [summaries, incidents] = await Promise.all([db.incidentSummaries.toArray(), db.incidents.toArray()]);
  return { stored: byId(summaries), expected: byId(incidents.map(summarizeIncident)) };
}

describe('incident summaries', () => {
  it('follow every change of an incident, in an encrypted profile, and list only the open ones', async () => {
    const db = await openFresh('summaries');
    const ctx = writer();
    const kept = await createIncident(db, intake, ctx);
    const closed = await createIncident(db, { ...intake, title: 'Feilsendt e-post', awareAt: '2026-03-01T07:30:00.000Z' }, ctx);
    ctx.tick();
    await updateDetails(db, kept.id, { title: 'Tapt minnepenn med lønnslister' }, ctx);
    await updateFacts(db, kept.id, mailFacts, ctx);
    await assessIncident(db, kept.id, ctx);
    await recordDecision(db, closed.id, { notifyAuthority: false, notifySubjects: false, notifyController: false, subjectException: null, rationale: 'Ingen personopplysninger.', dpoConsulted: true }, ctx);
    await closeIncident(db, closed.id, 'Ingen personopplysninger.', ctx);

    const { stored, expected } = await summariesAndIncidents(db);
    expect(stored).toEqual(expected);
    expect(stored).toHaveLength(2);
    const open = await listOpenSummaries(db);
    expect(open.map((s) => [s.id, s.title, s.risk])).toEqual([[kept.id, 'Tapt minnepenn med lønnslister', (await db.incidents.get(kept.id))!.risk]]);
    expect(open[0]!.assessment).toEqual({ at: (await db.incidents.get(kept.id))!.assessment!.at, stale: false });
  });

  it('are written by a restore into an empty record, as the incidents it rebuilds', async () => {
    const source = new AvvikDb(uniqueName('summaries-source'));
    const merged = await mergeHistory(source, await (await sampleRecord()).signedTables());
    if (!merged.ok) throw new Error(merged.error.code);
    const target = await openFresh('summaries-restore');
    const text = (await exportBackup(source, { now: new Date('2026-06-01T08:00:00Z') })).chunks.join('');
    expect((await importBackup(target, text)).ok).toBe(true);

    const { stored, expected } = await summariesAndIncidents(target);
    expect(stored).toHaveLength(3);
    expect(stored).toEqual(expected);
    // The sample's first incident is closed: two are open.
    expect(await listOpenSummaries(target)).toHaveLength(2);
  });

  it('go with an incident written in a transaction that fails, and with one deleted', async () => {
    const db = await openFresh('summaries-undone', 'inst-a', { clear: true });
    const incident = await createIncident(db, intake, writer());
    const changed: Incident = { ...incident, title: 'Endret, men aldri lagret' };
    await expect(
      db.transaction('rw', db.incidents, async () => {
        await db.incidents.put(changed);
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    expect((await db.incidentSummaries.get(incident.id))?.title).toBe('Tapt minnepenn');

    await db.incidents.delete(incident.id);
    expect(await db.incidentSummaries.count()).toBe(0);
  });

  it('are made for every incident when a version-6 record is upgraded, which changes nothing else', async () => {
    const name = uniqueName('v6');
    const record = await sampleRecord();
    const incidents = [...record.incidents.values()];
    const old = new Dexie(name);
    old.version(6).stores(STORES_V6);
    await old.open();
    await old.table('incidents').bulkAdd(incidents);
    await old.table('events').bulkAdd(record.events);
    old.close();

    const result = await openDatabase(name, { newId: counterIds('new'), now: () => new Date('2026-06-01T00:00:00Z'), digest });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
    const db = result.db;
    expect(db.verno).toBe(7);
    expect(JSON.parse(JSON.stringify(byId(await db.incidents.toArray())))).toEqual(JSON.parse(JSON.stringify(byId(incidents))));
    const { stored, expected } = await summariesAndIncidents(db);
    expect(stored).toHaveLength(3);
    expect(stored).toEqual(expected);
  });
});
