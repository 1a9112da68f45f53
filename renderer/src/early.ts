import { DEFAULT_DB_NAME, inspectDatabase } from './db/encryption/inspect';

// What the start begins before anything else of the page is evaluated (main.tsx imports this
// first): the look at the database (a browser's first opening of its IndexedDB takes tens of
// milliseconds) and the fetch of the record's code (app/Opened and the chunks it needs, the
// longest fetch of the start), so both run while React and the frame are still being evaluated.

export const inspection = inspectDatabase(DEFAULT_DB_NAME);
inspection.catch(() => undefined); // startUp hears of a failure, and opens the usual way

export const openedModule = import('./app/Opened');
