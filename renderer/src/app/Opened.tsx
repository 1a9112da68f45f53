import { useEffect, useMemo } from 'react';
import type { AvvikDb } from '../db/database';
import { AppMain } from './App';
import { LiveServices } from './LiveServices';
import { syncControllerOf } from '../sync/controller';
import { formatInstant } from '../../../shared/deadline';
import { useUi } from '../state/ui';

// Everything that needs the record: the protection gate, the database, the services and the
// screens. main.tsx fetches this module after the frame is painted (Root.tsx), and settles the
// record's protection and opens it with it (app/startup.ts).

export { startUp } from './startup';
export { readDashboardRowsAhead } from '../queries/useDashboardRows';
export { Gate } from './Start';

/**
 * Work the dashboard's first rows need that can be done while the database reads them: the first
 * date formatter of a language costs some 10 ms (its locale's data), which then passes while the
 * page waits for the rows rather than after them.
 */
export function prepareWhileReading(): void {
  // A timer, not an idle callback: the page is rarely idle before the rows arrive.
  setTimeout(() => void formatInstant(new Date(0), useUi.getState().lang));
}

/** The screens on an open record, with the real clock and random ids. */
export function OpenedApp({ db }: { db: AvvikDb }) {
  const base = useMemo(() => ({ db, now: () => new Date(), newId: () => crypto.randomUUID() }), [db]);
  // Team sync, if a server is kept for this record (Settings); otherwise nothing starts.
  useEffect(() => {
    const sync = syncControllerOf(db);
    void sync.start();
    return () => void sync.stop();
  }, [db]);
  return (
    <LiveServices base={base}>
      <AppMain />
    </LiveServices>
  );
}
