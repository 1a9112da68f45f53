import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Boot } from './app/Root';
import { openDatabase } from './db/open';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root');

// The frame renders at once; the record opens meanwhile and the screens follow when it stands.
createRoot(rootElement).render(
  <StrictMode>
    <Boot opening={openDatabase()} />
  </StrictMode>,
);
