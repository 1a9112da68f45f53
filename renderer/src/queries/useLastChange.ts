import { useLiveQuery } from 'dexie-react-hooks';
import { lastChanges, type LastChange } from '../db/repository';
import { useServices } from '../services/context';

const NONE: ReadonlyMap<string, LastChange> = new Map();

/**
 * Who made each incident's latest change, from which installation, and when; live (team sync brings
 * changes). One query for the rows a screen shows, not one per row.
 */
export function useLastChanges(incidentIds: readonly string[]): ReadonlyMap<string, LastChange> {
  const { db } = useServices();
  // The ids' content is what the query depends on, not the array (made anew each render).
  const key = incidentIds.join('\n');
  return useLiveQuery(() => lastChanges(db, incidentIds), [db, key]) ?? NONE;
}
