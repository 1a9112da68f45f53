import type { Inspection } from '../db/encryption/inspect';
import { readDashboardRowsAhead } from '../queries/useDashboardRows';
import { startUp, type StartState } from './startup';

// The record's opening, a chunk of its own that early.ts fetches beside the screens' code (app/Opened):
// it holds the database and the dashboard's read, not the screens, so it arrives and runs first,
// and the record opens and its open incidents are read while the screens' code is still fetched
// and evaluated.

/**
 * Settles the record's protection and opens it (startup.ts); once it is open, asks for the
 * dashboard's rows at once (useDashboardRows.ts), so they are read before any screen listens.
 */
export async function openRecord(name: string, inspection: Promise<Inspection>): Promise<StartState> {
  const start = await startUp(name, inspection);
  if (start.kind === 'ready') readDashboardRowsAhead(start.db);
  return start;
}
