import { describe, expect, it } from 'vitest';
import { AvvikDb } from '../../../renderer/src/db/database';
import { mergeHistory } from '../../../renderer/src/db/backup';
import { loadRegister, trustInstallation, verifyAllTimelines } from '../../../renderer/src/db/repository';
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
    expect([...(await verifyAllTimelines(db)).values()]).toEqual([false, false, false]);
    await trustInstallation(db, 'installation-a', writer());
    const first = await db.events.orderBy('at').first();
    await db.events.put({ ...first!, actor: 'Forfalsket' });
    const verified = await verifyAllTimelines(db);
    const rows = await loadRegister(db, {}, verified);
    expect(rows.find((r) => r.incidentId === first!.incidentId)?.historyVerified).toBe(false);
    expect(rows.filter((r) => r.historyVerified === true)).toHaveLength(2);
    expect(registerCsv(rows, 'nb', 'Europe/Oslo')).toContain('"Historikk verifisert"');
  });
});
