import { useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TIME_ZONE } from '../../../shared/deadline';
import type { AvvikDb } from '../db/database';
import { ownProfile } from '../../../shared/incident/settings';
import { getSettings } from '../db/repository';
import { AppMain } from './App';
import { ServicesProvider, type AppServices } from '../services/context';

// Everything that needs the record: the database, the services and the screens. main.tsx fetches
// this module after the frame is painted (Root.tsx), and opens the record with it.

export { openDatabase } from '../db/open';

/**
 * Provides the services with the user's name and time zone taken live from settings, so an edit in
 * Settings shows at once in every countdown and in the actor of the next event.
 */
export function LiveServices({ base, children }: { base: Omit<AppServices, 'actor' | 'timeZone'>; children: ReactNode }) {
  const settings = useLiveQuery(() => getSettings(base.db), [base.db]);
  const actor = settings ? ownProfile(settings).name : '';
  const services = useMemo<AppServices>(
    () => ({ ...base, actor, timeZone: settings?.timeZone ?? DEFAULT_TIME_ZONE }),
    [base, actor, settings?.timeZone],
  );
  return <ServicesProvider services={services}>{children}</ServicesProvider>;
}

/** The screens on an open record, with the real clock and random ids. */
export function OpenedApp({ db }: { db: AvvikDb }) {
  const base = useMemo(() => ({ db, now: () => new Date(), newId: () => crypto.randomUUID() }), [db]);
  return (
    <LiveServices base={base}>
      <AppMain />
    </LiveServices>
  );
}
