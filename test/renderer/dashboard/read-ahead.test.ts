import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { AvvikDb } from '../../../renderer/src/db/database';
import { inspectDatabase } from '../../../renderer/src/db/encryption/inspect';
import { canReadAhead, readDashboardInputs, type DashboardInputs } from '../../../renderer/src/db/readAhead';
import { createIncident, recordNotification, saveSettings } from '../../../renderer/src/db/repository';
import { loadDashboardRows, readDashboardRowsAhead, rowsOf, subscribeDashboardRows } from '../../../renderer/src/queries/useDashboardRows';
import { authorityNotice } from '../incident/support';

// The dashboard's first rows are read with the start's first look at the database, in plain
// IndexedDB (db/readAhead.ts), and stand in until the live query has read them through the
// repository: they must be the very rows the repository gives.

const NOW = new Date('2026-11-25T09:00:00Z');
let n = 0;
const ctx = () => ({ now: NOW, actor: 'Test', newId: () => `ahead-${++n}` });

/** A record kept in clear: open incidents as a controller and a processor, one notified, and notices of closed ones. */
async function record(closedWithNotices: number): Promise<AvvikDb> {
  const db = new AvvikDb(`avvik-ahead-${++n}`);
  await saveSettings(db, { processorDeadlineHours: 12 }, ctx());
  await db.vault.put({ id: 'protection', mode: 'none', decidedAt: NOW.toISOString(), vaultId: null, check: null });
  await createIncident(db, { title: 'Behandlingsansvarlig', awareAt: '2026-11-23T09:00:00.000Z', role: 'controller' }, ctx());
  await createIncident(db, { title: 'Databehandler', awareAt: '2026-11-25T05:00:00.000Z', role: 'processor' }, ctx());
  const notified = await createIncident(db, { title: 'Meldt', awareAt: '2026-11-22T09:00:00.000Z', role: 'controller' }, ctx());
  await recordNotification(db, notified.id, authorityNotice('2026-11-23T08:00:00.000Z'), ctx());
  // Closed incidents' notices, as many as asked: what matters here is how many the table holds beside
  // the open incidents (the rows are copies of a recorded one, under incidents that are not open).
  const [notice] = await db.notifications.where('incidentId').equals(notified.id).toArray();
  await db.notifications.bulkAdd(Array.from({ length: closedWithNotices }, (_, i) => ({ ...notice!, id: `closed-notice-${i}`, incidentId: `closed-${i}` })));
  return db;
}

/** What the start reads ahead, the way early.ts does: in the connection of the first look. */
async function readAhead(name: string): Promise<DashboardInputs | null> {
  let read: Promise<DashboardInputs> | null = null;
  const found = await inspectDatabase(name, indexedDB, (idb, look) => {
    if (look.protection?.mode === 'none' && canReadAhead(idb)) read = readDashboardInputs(idb);
  });
  expect(found.protection?.mode).toBe('none');
  return read;
}

const shape = (rows: ReturnType<typeof rowsOf>) =>
  rows.map((row) => ({ incident: { ...row.incident }, duty: row.duty, notices: row.notices.map((notice) => ({ ...notice })), options: row.options }));

describe('the rows read ahead', () => {
  it.each([
    ['few notices: all read at once', 0],
    ['many closed incidents’ notices: read per open incident', 20],
  ])('are the rows the repository reads (%s)', async (_label, closed) => {
    const db = await record(closed);
    const expected = await loadDashboardRows(db);
    db.close();
    const inputs = await readAhead(db.name);
    expect(inputs).not.toBeNull();
    const rows = rowsOf(inputs!);
    expect(rows.map((row) => row.incident.title)).toEqual(['Databehandler', 'Behandlingsansvarlig', 'Meldt']);
    expect(shape(rows)).toEqual(shape(expected));
  });

  it('are not read from a protected record, nor from one older than the summaries', async () => {
    const db = await record(0);
    await db.vault.put({ id: 'protection', mode: 'passphrase', decidedAt: NOW.toISOString(), vaultId: 'v', check: null });
    db.close();
    let read = false;
    await inspectDatabase(db.name, indexedDB, (idb, look) => {
      read = look.protection?.mode === 'none' && canReadAhead(idb);
    });
    expect(read).toBe(false);
    const old = indexedDB.open(`avvik-ahead-old-${++n}`, 60);
    old.onupgradeneeded = () => ['settings', 'notifications', 'vault'].forEach((store) => old.result.createObjectStore(store));
    const idb = await new Promise<IDBDatabase>((resolve) => (old.onsuccess = () => resolve(old.result)));
    expect(canReadAhead(idb)).toBe(false);
    idb.close();
  });

  it('are shown first, and read again through the live query only after they stood a moment', async () => {
    const db = await record(0);
    const runs = { count: 0 };
    const load = (opened: AvvikDb) => {
      runs.count++;
      return loadDashboardRows(opened);
    };
    const inputs = await readAhead(db.name);
    readDashboardRowsAhead(db, Promise.resolve(inputs), load);
    const heard: { live: boolean; titles: string[] }[] = [];
    const stop = subscribeDashboardRows(db, () => heard.push({ live: runs.count > 0, titles: [] }), load);
    await waitFor(() => expect(heard.length).toBeGreaterThanOrEqual(1));
    // The first answer is the rows read ahead, before the repository was asked.
    expect(heard[0]!.live).toBe(false);
    expect(runs.count).toBe(0);
    await waitFor(() => expect(runs.count).toBe(1), { timeout: 3000 });
    await waitFor(() => expect(heard.length).toBe(2));
    // Live from then on: a write is read and heard.
    await createIncident(db, { title: 'Ny', awareAt: '2026-11-24T09:30:00.000Z', role: 'controller' }, ctx());
    await waitFor(() => expect(heard.length).toBe(3));
    expect(runs.count).toBe(2);
    stop();
  });
});
