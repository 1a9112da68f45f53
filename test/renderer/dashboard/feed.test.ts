import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { AvvikDb } from '../../../renderer/src/db/database';
import { createIncident } from '../../../renderer/src/db/repository';
import { loadDashboardRows, subscribeDashboardRows } from '../../../renderer/src/queries/useDashboardRows';

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
