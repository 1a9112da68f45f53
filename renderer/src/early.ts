import { DEFAULT_DB_NAME, inspectDatabase } from './db/encryption/inspect';

// What the start begins before anything else of the page is evaluated (main.tsx imports this
// first): the look at the database (a browser's first opening of its IndexedDB takes tens of
// milliseconds), the record's opening with the read of the dashboard's rows (app/openRecord, a
// small chunk), and the fetch of the screens' code (app/Opened and the chunks it needs, the longest
// fetch of the start), so the record is read while React, the frame and the screens are evaluated.

export const inspection = inspectDatabase(DEFAULT_DB_NAME);
inspection.catch(() => undefined); // startUp hears of a failure, and opens the usual way

export const recordOpening = import('./app/openRecord').then(({ openRecord }) => openRecord(DEFAULT_DB_NAME, inspection));

export const openedModule = import('./app/Opened');
