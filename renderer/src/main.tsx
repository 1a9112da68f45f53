import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot, type Opening } from './app/Root';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root');

// The frame is painted first; the code that needs the record (the protection gate, the database,
// the screens) is a chunk of its own, fetched meanwhile. It settles the record's protection (an
// encrypted profile is unlocked, a new one asks how to protect it) and opens the record.
const opening: Promise<Opening> = import('./app/Opened').then(async ({ startUp, OpenedApp, Gate }) => ({
  start: await startUp(),
  OpenedApp,
  Gate,
}));

createRoot(rootElement).render(
  <StrictMode>
    <Boot opening={opening} />
  </StrictMode>,
);
