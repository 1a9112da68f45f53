import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ServicesProvider, type AppServices } from './app/context';
import { AvvikDb } from './db/database';
import { DEFAULT_TIME_ZONE } from '../../shared/deadline';
import './styles.css';

const services: AppServices = {
  db: new AvvikDb(),
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  timeZone: DEFAULT_TIME_ZONE,
  actor: '',
};

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root');
createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <App />
    </ServicesProvider>
  </StrictMode>,
);
