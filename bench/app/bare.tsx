// The floor for a start: the smallest Vite + React page, built and served like the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>
      <h1>Avvik</h1>
      <p>A bare Vite + React page: the floor the app's start is measured against.</p>
    </main>
  </StrictMode>,
);
