import { DEFAULT_DB_NAME, inspectDatabase } from './db/encryption/inspect';
import { canReadAhead, readDashboardInputs, type DashboardInputs } from './db/readAhead';

// What the start begins before anything else of the page is evaluated (main.tsx imports this
// first): the look at the database (a browser's first opening of its IndexedDB takes tens of
// milliseconds) and, in the same connection, the read of the dashboard's rows of a record kept in
// clear (db/readAhead.ts); the record's opening (app/openRecord, a small chunk); and the fetch of
// the screens' code (app/Opened and the chunks it needs, the longest fetch of the start). So the
// rows are read while React, the frame and the screens are evaluated.

let dashboardRead: Promise<DashboardInputs> | null = null;

export const inspection = inspectDatabase(DEFAULT_DB_NAME, indexedDB, (idb, found) => {
  if (found.protection?.mode === 'none' && canReadAhead(idb)) dashboardRead = readDashboardInputs(idb);
});
inspection.catch(() => undefined); // startUp hears of a failure, and opens the usual way

/** The dashboard's rows as read with the first look; null when they were not (then the live query reads them). */
export const dashboardInputs: Promise<DashboardInputs | null> = inspection.then(
  () => dashboardRead,
  () => null,
);

export const recordOpening = import('./app/openRecord').then(({ openRecord }) => openRecord(DEFAULT_DB_NAME, inspection, dashboardInputs));

export const openedModule = import('./app/Opened');
