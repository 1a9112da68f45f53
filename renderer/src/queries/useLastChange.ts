import { useLiveQuery } from 'dexie-react-hooks';
import { lastChange } from '../db/repository';
import { useServices } from '../services/context';

/** Who made the incident's latest change, from which installation, and when; live (team sync brings changes). */
export function useLastChange(incidentId: string) {
  const { db } = useServices();
  return useLiveQuery(() => lastChange(db, incidentId), [db, incidentId]);
}
