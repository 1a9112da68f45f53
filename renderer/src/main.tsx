// First: begins the look at the database and the fetch of the record's code (early.ts).
import { inspection, openedModule } from './early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot, type Opening } from './app/Root';
import { DEFAULT_DB_NAME } from './db/encryption/inspect';
import './theme/designsystemet.css';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root');

// The frame is painted first; the code that needs the record (the protection gate, the database,
// the screens) is a chunk of its own, fetched meanwhile. It settles the record's protection (an
// encrypted profile is unlocked, a new one asks how to protect it) and opens the record.
// Both the fetch and a first look at the database begin before the frame's code is evaluated (early.ts).
const opening: Promise<Opening> = openedModule.then(async ({ startUp, readDashboardRowsAhead, prepareWhileReading, OpenedApp, Gate }) => {
  const start = await startUp(DEFAULT_DB_NAME, inspection);
  if (start.kind === 'ready') {
    readDashboardRowsAhead(start.db);
    prepareWhileReading();
  }
  return { start, OpenedApp, Gate };
});

createRoot(rootElement).render(
  <StrictMode>
    <Boot opening={opening} />
  </StrictMode>,
);
