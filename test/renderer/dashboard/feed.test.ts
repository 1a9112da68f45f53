import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { AvvikDb } from '../../../renderer/src/db/database';
import { incidentTodo } from '../../../shared/incident/todo';
import { authorityNotice } from '../incident/support';
import { createIncident, recordNotification, saveSettings } from '../../../renderer/src/db/repository';
import { loadDashboardRows, readDashboardRowsAhead, subscribeDashboardRows, todoOf } from '../../../renderer/src/queries/useDashboardRows';

// The dashboard and the reminders read the open incidents through one live query: two listeners
// cost one read per write, and the query stops when the last listener leaves.

const NOW = new Date('2026-11-25T09:00:00Z');
let n = 0;

const ctx = () => ({ now: NOW, actor: 'Test', newId: () => `id-${++n}` });

/** A database already written to once, so its opening writes are not counted as answers. */
async function openedDb(): Promise<AvvikDb> {
  const db = new AvvikDb(`avvik-feed-${++n}`);
  await createIncident(db, { title: 'Hacket e-postkonto', awareAt: '2026-11-24T09:30:00.000Z', role: 'controller' }, ctx());
  return db;
}

function countingLoader() {
  const runs = { count: 0 };
  const load = (db: AvvikDb) => {
    runs.count++;
    return loadDashboardRows(db);
  };
  return { runs, load };
}

describe('one live query for the open incidents', () => {
  it('is shared by every listener, and read once per write', async () => {
    const db = await openedDb();
    const { runs, load } = countingLoader();
    const heard = { dashboard: 0, reminders: 0 };
    const stopDashboard = subscribeDashboardRows(db, () => heard.dashboard++, load);
    const stopReminders = subscribeDashboardRows(db, () => heard.reminders++, load);
    await waitFor(() => expect(heard).toEqual({ dashboard: 1, reminders: 1 }));
    expect(runs.count).toBe(1);

    await createIncident(db, { title: 'Feilsendt e-post', awareAt: '2026-11-24T09:30:00.000Z', role: 'controller' }, ctx());
    await waitFor(() => expect(heard.dashboard).toBeGreaterThan(1));
    expect(heard.reminders).toBe(heard.dashboard);
    expect(runs.count).toBe(heard.dashboard);
    stopDashboard();
    stopReminders();
  });

  it('stops when nobody listens, and starts afresh for the next listener', async () => {
    const db = await openedDb();
    const { runs, load } = countingLoader();
    let heard = 0;
    const stop = subscribeDashboardRows(db, () => heard++, load);
    await waitFor(() => expect(heard).toBe(1));
    stop();
    await createIncident(db, { title: 'Feilsendt e-post', awareAt: '2026-11-24T09:30:00.000Z', role: 'controller' }, ctx());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs.count).toBe(1);
    const again = subscribeDashboardRows(db, () => heard++, load);
    await waitFor(() => expect(heard).toBe(2));
    expect(runs.count).toBe(2);
    again();
  });
});

describe('the read begun when the record opens', () => {
  it('is the one the screens then listen to: they get its answer, with no second read', async () => {
    const db = await openedDb();
    const { runs, load } = countingLoader();
    readDashboardRowsAhead(db, load);
    let heard = 0;
    const stop = subscribeDashboardRows(db, () => heard++, load);
    await waitFor(() => expect(heard).toBe(1));
    expect(runs.count).toBe(1);
    // The starter has left, the screen still listens: a write is read and heard as before.
    await createIncident(db, { title: 'Feilsendt e-post', awareAt: '2026-11-24T09:30:00.000Z', role: 'controller' }, ctx());
    await waitFor(() => expect(heard).toBe(2));
    expect(runs.count).toBe(2);
    stop();
  });

  it('keeps its answer for a screen that comes to listen after it: no second read', async () => {
    const db = await openedDb();
    const { runs, load } = countingLoader();
    readDashboardRowsAhead(db, load);
    await waitFor(() => expect(runs.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    let heard = 0;
    const stop = subscribeDashboardRows(db, () => heard++, load);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs.count).toBe(1);
    // The starter has left, the screen listens: a write is read and heard as before.
    await createIncident(db, { title: 'Feilsendt e-post', awareAt: '2026-11-24T09:30:00.000Z', role: 'controller' }, ctx());
    await waitFor(() => expect(heard).toBe(1));
    expect(runs.count).toBe(2);
    stop();
    await createIncident(db, { title: 'Tapt minnepinne', awareAt: '2026-11-24T10:30:00.000Z', role: 'controller' }, ctx());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs.count).toBe(2);
  });

  it('stops a while after its answer when no screen came to listen', async () => {
    const db = await openedDb();
    const { runs, load } = countingLoader();
    readDashboardRowsAhead(db, load, 20);
    await waitFor(() => expect(runs.count).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await createIncident(db, { title: 'Feilsendt e-post', awareAt: '2026-11-24T09:30:00.000Z', role: 'controller' }, ctx());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs.count).toBe(1);
  });
});

describe('the rows', () => {
  it('come the least time left first, each with its duty, and its to-do list worked out when asked', async () => {
    const db = new AvvikDb(`avvik-feed-${++n}`);
    await saveSettings(db, { processorDeadlineHours: 12 }, { now: NOW, newId: () => `id-${++n}`, actor: '' });
    // Deadlines: the controller's 72 hours from 23 Nov 09:00 (26 Nov 09:00), the processor's 12 from
    // 25 Nov 05:00 (25 Nov 17:00), and one already met by a notice, which goes last.
    await createIncident(db, { title: 'Behandlingsansvarlig', awareAt: '2026-11-23T09:00:00.000Z', role: 'controller' }, ctx());
    await createIncident(db, { title: 'Databehandler', awareAt: '2026-11-25T05:00:00.000Z', role: 'processor' }, ctx());
    const notified = await createIncident(db, { title: 'Meldt', awareAt: '2026-11-22T09:00:00.000Z', role: 'controller' }, ctx());
    await recordNotification(
      db,
      notified.id,
      authorityNotice('2026-11-23T08:00:00.000Z'),
      ctx(),
    );
    const rows = await loadDashboardRows(db);
    expect(rows.map((row) => row.incident.title)).toEqual(['Databehandler', 'Behandlingsansvarlig', 'Meldt']);
    expect(rows.map((row) => [row.duty.kind, row.duty.due.toISOString(), row.duty.doneAt?.toISOString() ?? null])).toEqual([
      ['controller', '2026-11-25T17:00:00.000Z', null],
      ['authority', '2026-11-26T09:00:00.000Z', null],
      ['authority', '2026-11-25T09:00:00.000Z', '2026-11-23T08:00:00.000Z'],
    ]);
    for (const row of rows) {
      const stored = (await db.incidents.get(row.incident.id))!;
      const notices = await db.notifications.where('incidentId').equals(row.incident.id).toArray();
      expect(todoOf(row)).toEqual(incidentTodo(stored, notices, { processorDeadlineHours: 12 }));
      // Asked again (the row re-renders on every minute of its countdown): the same list, not a new one.
      expect(todoOf(row)).toBe(todoOf(row));
    }
    expect(todoOf(rows[2]!).map((item) => item.kind)).not.toContain('notify-authority');
    expect(todoOf(rows[0]!).map((item) => item.kind)).toContain('notify-controller');
  });
});
