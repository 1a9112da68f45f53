// First: begins the look at the database, the record's opening and the fetch of the screens' code (early.ts).
import { openedModule, recordOpening } from './early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot, type Opening } from './app/Root';
import './theme/designsystemet.css';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root');

// The frame is painted first; the code that needs the record (the protection gate, the database,
// the screens) is a chunk of its own, fetched meanwhile. It settles the record's protection (an
// encrypted profile is unlocked, a new one asks how to protect it) and opens the record.
// The fetch, the look at the database and the record's opening (with the read of the dashboard's
// rows) begin before the frame's code is evaluated (early.ts).
const opening: Promise<Opening> = openedModule.then(async ({ prepareWhileReading, OpenedApp, Gate }) => {
  prepareWhileReading();
  return { start: await recordOpening, OpenedApp, Gate };
});

createRoot(rootElement).render(
  <StrictMode>
    <Boot opening={opening} />
  </StrictMode>,
);
