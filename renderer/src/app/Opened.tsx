import { useEffect, useMemo } from 'react';
import type { AvvikDb } from '../db/database';
import { AppMain } from './App';
import { LiveServices } from './LiveServices';
import { formatInstant } from '../../../shared/deadline';
import { useUi } from '../state/ui';

// Everything that needs the record: the protection gate, the database, the services and the
// screens. main.tsx fetches this module after the frame is painted (Root.tsx), and settles the
// record's protection and opens it with it (app/startup.ts).

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

const SYNC_AFTER_MS = 1000;

/** The screens on an open record, with the real clock and random ids. */
export function OpenedApp({ db }: { db: AvvikDb }) {
  const base = useMemo(() => ({ db, now: () => new Date(), newId: () => crypto.randomUUID() }), [db]);
  // Team sync, if a server is kept for this record (Settings); otherwise nothing starts. Its code
  // (the sync settings' schema, the write path) is fetched a moment after the first screen, as the
  // other screens' code is (Screens.tsx): the dashboard's first rows do not wait for it.
  useEffect(() => {
    let stop: (() => void) | null = null;
    const timer = setTimeout(() => {
      void import('../sync/controller').then(({ syncControllerOf }) => {
        if (stop) return;
        const sync = syncControllerOf(db);
        void sync.start();
        stop = () => void sync.stop();
      });
    }, SYNC_AFTER_MS);
    return () => {
      clearTimeout(timer);
      stop?.();
      stop = () => {};
    };
  }, [db]);
  return (
    <LiveServices base={base}>
      <AppMain />
    </LiveServices>
  );
}
