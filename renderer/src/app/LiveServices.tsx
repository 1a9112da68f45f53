import { useMemo, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_TIME_ZONE } from '../../../shared/deadline';
import { ownProfile } from '../../../shared/incident/settingsRow';
import { getSettings } from '../db/repository';
import { ServicesProvider, type AppServices } from '../services/context';

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
