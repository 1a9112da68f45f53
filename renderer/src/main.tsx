import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot, type Opening } from './app/Root';
import './theme/designsystemet.css';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root');

// The frame is painted first; the code that needs the record (the database, the screens) is a
// chunk of its own, fetched meanwhile, and opens the record when it has run.
const opening: Promise<Opening> = import('./app/Opened').then(async ({ openDatabase, OpenedApp }) => ({
  result: await openDatabase(),
  OpenedApp,
}));

createRoot(rootElement).render(
  <StrictMode>
    <Boot opening={opening} />
  </StrictMode>,
);
