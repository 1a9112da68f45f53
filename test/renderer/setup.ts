// One setup for every renderer test: an in-memory IndexedDB, jest-dom matchers, a clean DOM and
// UI state between tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
  history.replaceState(null, '', '#/');
});
