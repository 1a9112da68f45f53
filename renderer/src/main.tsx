import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot, type Opening } from './app/Root';
import { DEFAULT_DB_NAME, inspectDatabase } from './db/encryption/inspect';
import './theme/designsystemet.css';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root');

// The frame is painted first; the code that needs the record (the protection gate, the database,
// the screens) is a chunk of its own, fetched meanwhile. It settles the record's protection (an
// encrypted profile is unlocked, a new one asks how to protect it) and opens the record.
// The database is looked at meanwhile: a browser's first opening of its IndexedDB takes tens of
// milliseconds, which then pass while the chunk is fetched rather than after it.
const inspection = inspectDatabase(DEFAULT_DB_NAME);
inspection.catch(() => undefined); // startUp hears of a failure, and opens the usual way
const opening: Promise<Opening> = import('./app/Opened').then(async ({ startUp, readDashboardRowsAhead, OpenedApp, Gate }) => {
  const start = await startUp(DEFAULT_DB_NAME, inspection);
  if (start.kind === 'ready') readDashboardRowsAhead(start.db);
  return { start, OpenedApp, Gate };
});

createRoot(rootElement).render(
  <StrictMode>
    <Boot opening={opening} />
  </StrictMode>,
);
