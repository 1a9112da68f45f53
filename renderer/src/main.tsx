import { createRoot } from 'react-dom/client';
import { Start, startUp } from './app/Start';
import './styles.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('Missing #root');
const root = createRoot(rootElement);

// The record opens only once its protection is settled (app/startup.ts): an encrypted profile is
// unlocked first, a new one asks how to protect it. A database written by a newer Avvik, or one
// that cannot be upgraded, is not opened: the user is told what to do and nothing is changed.
root.render(<Start initial={await startUp()} />);
