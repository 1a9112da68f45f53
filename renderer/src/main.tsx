import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LiveServices, OpenFailure } from './app/Root';
import { openDatabase } from './db/open';
import { requestPersistentStorage } from './storage';
import { useUi } from './state/ui';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root');
const root = createRoot(rootElement);

// A database written by a newer Avvik, or one that cannot be upgraded, is not opened: the user is
// told what to do and nothing is changed.
const opened = await openDatabase();
if (!opened.ok) {
  const lang = useUi.getState().lang;
  root.render(<OpenFailure text={opened.error.text[lang]} detail={opened.error.detail} />);
} else {
  // Ask the browser to keep the record (Settings shows whether it did).
  void requestPersistentStorage();
  const base = { db: opened.db, now: () => new Date(), newId: () => crypto.randomUUID() };
  root.render(
    <StrictMode>
      <LiveServices base={base}>
        <App />
      </LiveServices>
    </StrictMode>,
  );
}
